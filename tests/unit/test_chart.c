/* Unit tests of charts: their data in the document tree (chart.c, doc.c),
 * the text alternative, and how layout_chart.c draws them through the
 * trace device. Golden traces of each kind of chart are in
 * tests/golden/chart/NAME.trace; after a deliberate change to how charts
 * are drawn, remake them with `UPDATE_GOLDEN=1 make test` and read the
 * diff before committing it. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "dev_pdf.h"
#include "dev_trace.h"
#include "diag.h"
#include "doc.h"
#include "helpers.h"
#include "layout.h"
#include "layout_chart.h"
#include "util.h"

#define LEFT  56.7		/* the text column, pt */
#define RIGHT (PAGE_W - 56.7)
#define TOP   100.0		/* where the tests draw a chart */

static const char *const quarters[] = { "Q1", "Q2", "Q3", "Q4" };

/* Kent's engagement KPI: % who would recommend KCC, Q3 not yet reported. */
static struct chart *
recommend(void)
{
	struct mvalue v[] = { MV(71), MV(72.5), MV_NA, MV(74.1) };
	struct chart *c = chart_new(CHART_BAR, "% of employees who would recommend KCC, 2024/25",
	    UNIT_PERCENT, quarters, 4);

	chart_add_series(c, "2024/25", v);
	c->target = MV(75);
	c->floor_std = MV(65);
	return c;
}

Test(chart, the_text_alternative_says_every_value)
{
	struct chart *c = recommend();
	char *alt = chart_alt(c);

	cr_assert_str_eq(alt, "Bar chart: % of employees who would recommend KCC, 2024/25. "
	    "Q1 71.0%, Q2 72.5%, Q3 n/a, Q4 74.1%. Target 75%; floor 65%.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_names_each_series_of_several)
{
	static const char *const years[] = { "2022/23", "2023/24" };
	struct mvalue now[] = { MV(9.1), MV(8.4) }, before[] = { MV(9.6), MV_NA };
	struct chart *c = chart_new(CHART_LINE, "Sickness absence per FTE", UNIT_DAYS, years, 2);
	char *alt;

	chart_add_series(c, "Kent", now);
	chart_add_series(c, "South East", before);
	c->target = MV(8);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Line chart: Sickness absence per FTE. Kent: 2022/23 9.1 days, "
	    "2023/24 8.4 days; South East: 2022/23 9.6 days, 2023/24 n/a. Target 8 days.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_of_a_stacked_chart_gives_each_total)
{
	static const char *const prios[] = { "Priority 1", "Priority 2" };
	struct mvalue done[] = { MV(4), MV(2) }, late[] = { MV(1), MV_NA };
	struct chart *c = chart_new(CHART_STACKED, "Actions by status", UNIT_COUNT, prios, 2);
	char *alt;

	chart_add_series(c, "Complete", done);
	chart_add_series(c, "Delayed", late);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Stacked bar chart: Actions by status. Priority 1: Complete 4, "
	    "Delayed 1; total 5. Priority 2: Complete 2, Delayed n/a; total 2.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_says_when_there_is_no_data)
{
	struct chart *c = chart_new(CHART_BAR, "Agency spend?", UNIT_POUNDS, quarters, 4);
	char *alt;

	chart_add_series(c, "2024/25", NULL);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Bar chart: Agency spend? No data.");
	free(alt);
	c->alt = xstrdup("Agency spend has not been reported this year.");
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Agency spend has not been reported this year.", "the template's own");
	free(alt);
	chart_free(c);
}

Test(chart, kinds_are_the_template_words)
{
	enum chart_kind k = CHART_BAR;

	cr_assert_eq(chart_kind_parse("stacked", &k), 0);
	cr_assert_eq(k, CHART_STACKED);
	cr_assert_eq(chart_kind_parse("pie", &k), -1, "no pie charts");
	cr_assert_str_eq(chart_kind_word(CHART_LINE), "line");
}

/* A chart stands where a table may: in the document, a section or an
 * appendix, never inside a paragraph or a table cell. */
Test(chart, a_chart_stands_where_a_table_may)
{
	static const enum doc_type ok[] = { DOC_DOCUMENT, DOC_SECTION, DOC_APPENDIX };
	static const enum doc_type no[] = { DOC_PARA, DOC_CELL, DOC_LIST, DOC_FIELD };
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		struct doc_node *p = doc_node_new(ok[i], NULL), *c = doc_node_new(DOC_CHART, NULL);

		cr_assert_eq(doc_append(p, c), 0, "in a %s", doc_type_name(ok[i]));
		doc_node_free(p);
	}
	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		struct doc_node *p = doc_node_new(no[i], NULL), *c = doc_node_new(DOC_CHART, NULL);

		cr_assert_eq(doc_append(p, c), -1, "not in a %s", doc_type_name(no[i]));
		doc_node_free(c);
		doc_node_free(p);
	}
}

Test(chart, the_tree_dump_shows_the_data)
{
	struct doc *d = xcalloc(1, sizeof *d);
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);

	d->root = doc_node_new(DOC_DOCUMENT, NULL);
	n->as.chart = recommend();
	cr_assert_eq(doc_append(d->root, n), 0);
	doc_dump(d, f);
	fclose(f);
	cr_assert_str_eq(out, "draft: no\n"
	    "document\n"
	    "  chart bar unit=% target=75 floor=65 \"% of employees who would recommend KCC, 2024/25\"\n"
	    "    categories \"Q1\" \"Q2\" \"Q3\" \"Q4\"\n"
	    "    series \"2024/25\" 71 72.5 n/a 74.1\n"
	    "    alt \"Bar chart: % of employees who would recommend KCC, 2024/25. Q1 71.0%, "
	    "Q2 72.5%, Q3 n/a, Q4 74.1%. Target 75%; floor 65%.\"\n");
	free(out);
	doc_free(d);
}

/* ---- Drawing ------------------------------------------------------------ */

static const char *const twelve[] = {
	"Q1 2022/23", "Q2 2022/23", "Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24",
	"Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
};

/* One measure over twelve quarters against its target, one quarter
 * missing. */
static struct chart *
sickness(void)
{
	struct mvalue v[] = { MV(9.6), MV(9.4), MV(9.5), MV(9.2), MV(9.0), MV_NA, MV(8.8),
	    MV(8.9), MV(8.6), MV(8.7), MV(8.4), MV(8.3) };
	struct chart *c = chart_new(CHART_LINE, "Average working days lost to sickness per FTE",
	    UNIT_DAYS, twelve, 12);

	chart_add_series(c, "Kent County Council", v);
	c->target = MV(8.5);
	c->floor_std = MV(9.5);
	return c;
}

static struct chart *
actions(void)
{
	static const char *const prios[] = { "Priority 1: Attraction", "Priority 2: Retention",
	    "Priority 3: Reward", "Priority 4: Development" };
	struct chart *c = chart_new(CHART_STACKED, "People Strategy actions by status", UNIT_COUNT,
	    prios, 4);

	c->axis = xstrdup("Actions");
	chart_add_series(c, "Complete", (struct mvalue[]){ MV(4), MV(2), MV(1), MV(3) });
	chart_add_series(c, "On track", (struct mvalue[]){ MV(3), MV(5), MV(2), MV(1) });
	chart_add_series(c, "Delayed", (struct mvalue[]){ MV(1), MV(0), MV(2), MV_NA });
	chart_add_series(c, "Not started", (struct mvalue[]){ MV(0), MV(1), MV(1), MV(2) });
	return c;
}

/* Two years side by side, gains and losses, one missing. */
static struct chart *
spend(void)
{
	struct chart *c = chart_new(CHART_BAR, "Change in agency spend on the year before",
	    UNIT_POUNDS, quarters, 4);

	chart_add_series(c, "2023/24", (struct mvalue[]){ MV(-12000), MV(4500), MV(-800), MV_NA });
	chart_add_series(c, "2024/25", (struct mvalue[]){ MV(-3200), MV(1200), MV(2500),
	    MV(-6000) });
	return c;
}

static struct chart *
nothing(void)
{
	struct chart *c = chart_new(CHART_BAR, "Agency spend", UNIT_POUNDS, quarters, 4);

	chart_add_series(c, "2024/25", NULL);
	c->target = MV(50000);
	return c;
}

/* Days lost against a target of 8.0, the least of its values: the line
 * would lie on the axis' foot. */
static struct chart *
absence(void)
{
	struct chart *c = chart_new(CHART_LINE, "Average days lost to staff sickness", UNIT_DAYS,
	    quarters, 4);

	chart_add_series(c, "CR2", (struct mvalue[]){ MV(8.9), MV(9.1), MV(9.6), MV(9.3) });
	c->target = MV(8.0);
	c->floor_std = MV(9.5);
	return c;
}

/* Measures side by side, each with its own target: a mark for each. */
static struct chart *
measures(void)
{
	static const char *const codes[] = { "LE1", "LE2", "LE3", "LE4" };
	struct chart *c = chart_new(CHART_BAR, "Learning measures, 2024/25 Q2", UNIT_PERCENT,
	    codes, 4);

	chart_add_series(c, "Q2", (struct mvalue[]){ MV(71), MV(38), MV(52), MV(90) });
	chart_set_marks(c, (struct mvalue[]){ MV(72), MV(35), MV_NA, MV(95) });
	return c;
}

/* Twelve narrow bars, one value too wide for its bar: no bar is labelled. */
static struct chart *
crowded_values(void)
{
	struct mvalue v[12];
	struct chart *c;

	for (int i = 0; i < 12; i++)
		v[i] = MV(10 + i);
	v[5] = MV(1234567.5);
	c = chart_new(CHART_BAR, "Cases", UNIT_COUNT, twelve, 12);
	chart_add_series(c, "2024/25", v);
	chart_add_series(c, "2023/24", v);
	chart_add_series(c, "2022/23", v);
	return c;
}

static struct chart *
bars(enum unit u, const struct mvalue *v, size_t n)
{
	static const char *const cats[] = { "A", "B", "C", "D", "E", "F" };
	struct chart *c = chart_new(CHART_BAR, "Test", u, cats, n);

	chart_add_series(c, "Series", v);
	return c;
}

/* Draws c (which it frees) at TOP in the text column through the trace
 * device; returns the trace. */
static char *
draw(struct chart *c)
{
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	char *text = NULL;
	size_t len;
	struct trace tr = { .out = open_memstream(&text, &len) };
	struct dev dev = dev_trace(&tr);
	struct lines_ctx lc = { &dev, NULL };

	n->as.chart = c;
	layout_chart_draw(&lc, n, LEFT, TOP, RIGHT - LEFT);
	fclose(tr.out);
	trace_free(&tr);
	lines_free(&lc);
	doc_node_free(n);
	return text;
}

/* Compares a trace with tests/golden/chart/NAME.trace (golden_check). */
static void
golden(const char *name, const char *actual)
{
	char *path = xasprintf("tests/golden/chart/%s.trace", name), why[400];

	if (golden_check(actual, path, why, sizeof why) != 0)
		cr_expect_fail("%s", why);
	free(path);
}

/* Each kind of chart, and the cases a reader would notice first. */
Test(chart, golden_traces)
{
	static const struct {
		const char *name;
		struct chart *(*make)(void);
	} cases[] = {
		{ "bar", recommend },
		{ "line", sickness },
		{ "stacked", actions },
		{ "bar-negative", spend },
		{ "no-data", nothing },
		{ "line-target-at-foot", absence },
		{ "bar-labels-none", crowded_values },
		{ "bar-marks", measures },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = draw(cases[i].make());

		golden(cases[i].name, t);
		free(t);
	}
}

/* ---- Reading a trace ---------------------------------------------------- */

struct rect {
	double x, y, w, h;
	char   colour[24];
};

/* The foot of the plot: its lowest gridline. */
static double
plot_foot(const char *t)
{
	double foot = -1, x1, y1, x2, y2;

	for (const char *l = t; l != NULL && *l != '\0'; l = strchr(l, '\n'), l = l ? l + 1 : l)
		if (sscanf(l, "line %lf %lf %lf %lf", &x1, &y1, &x2, &y2) == 4 && y1 > foot)
			foot = y1;
	return foot;
}

/* The bars of colour (e.g. "0.00,0.45,0.70", Okabe-Ito blue): filled
 * rectangles in the plot, so not the legend's, in drawing order. */
static size_t
bars_of(const char *t, const char *colour, struct rect *out, size_t max)
{
	double foot = plot_foot(t);
	size_t n = 0;

	for (const char *l = t; l != NULL && *l != '\0' && n < max; l = strchr(l, '\n'), l = l ? l + 1 : l) {
		struct rect r;

		if (sscanf(l, "fill %lf %lf %lf %lf %23s", &r.x, &r.y, &r.w, &r.h, r.colour) == 5 &&
		    strcmp(r.colour, colour) == 0 && r.y + r.h <= foot + 0.01)
			out[n++] = r;
	}
	return n;
}

/* The y of the first open two-point path whose style (the text between
 * "path open " and ':') is style; NAN when there is none. */
static double
hline_y(const char *t, const char *style)
{
	char *needle = xasprintf("path open %s:", style);
	const char *l = strstr(t, needle);
	double x1, y1, x2, y2;

	free(needle);
	if (l == NULL || sscanf(strchr(l, ':') + 1, " %lf,%lf %lf,%lf", &x1, &y1, &x2, &y2) != 4)
		return NAN;
	cr_assert_float_eq(y1, y2, 1e-9, "a horizontal line");
	return y1;
}

#define BLUE   "0.00,0.45,0.70"
#define TARGET "stroke 1.2 0.10,0.10,0.10 dash 6.0,3.0"
#define FLOOR  "stroke 1.2 0.10,0.10,0.10 dash 1.0,2.0"
#define ZERO   "stroke 0.8 0.20,0.20,0.20"

/* The baseline y and left x of the first text s, or -1. */
static double
text_y(const char *t, const char *s, double *x)
{
	char *needle = xasprintf(" \"%s\"\n", s);
	const char *e = strstr(t, needle), *l;
	double size, y = -1, tx;
	char face;

	free(needle);
	if (e == NULL)
		return -1;
	for (l = e; l > t && l[-1] != '\n'; l--)
		;
	if (sscanf(l, "text %c %lf %lf %lf", &face, &size, &tx, &y) == 4 && x != NULL)
		*x = tx;
	return y;
}

/* ---- What a reader sees ------------------------------------------------- */

Test(chart, a_bar_is_as_tall_as_its_value_on_the_axis)
{
	struct mvalue v[] = { MV(20), MV(40), MV(60), MV(80) };
	struct chart *c = bars(UNIT_PERCENT, v, 4);
	struct rect b[8];
	char *t;
	double zero, tick60, tick0;
	size_t n, i;

	c->target = MV(60);
	t = draw(c);
	n = bars_of(t, BLUE, b, 8);
	cr_assert_eq(n, 4, "a bar for each value:\n%s", t);
	zero = hline_y(t, ZERO);
	for (i = 0; i < n; i++) {
		cr_assert_float_eq(b[i].y + b[i].h, zero, 0.01, "bar %zu stands on the zero line", i);
		cr_assert_float_eq(b[i].h / v[i].v, b[0].h / v[0].v, 1e-6, "bar %zu in proportion", i);
	}
	/* The axis runs 0% to 80%: the 60% bar reaches the 60% gridline, and
	 * the target line of 60% runs along its top. */
	tick60 = text_y(t, "60%", NULL) - 8 * 0.35;
	tick0 = text_y(t, "0%", NULL) - 8 * 0.35;
	cr_assert_float_eq(tick0, zero, 0.01);
	cr_assert_float_eq(b[2].y, tick60, 0.01, "the 60%% bar ends at the 60%% gridline");
	cr_assert_float_eq(hline_y(t, TARGET), b[2].y, 0.01, "the target line is at 60%%");
	free(t);
}

Test(chart, the_target_and_floor_lines_are_at_their_values)
{
	struct rect b[8];
	char *t = draw(recommend());
	double zero = hline_y(t, ZERO), per = bars_of(t, BLUE, b, 8) ? b[0].h / 71 : 0;

	cr_assert_gt(per, 0);
	cr_assert_float_eq(zero - hline_y(t, TARGET), 75 * per, 0.01, "target 75%%");
	cr_assert_float_eq(zero - hline_y(t, FLOOR), 65 * per, 0.01, "floor 65%%");
	free(t);
}

/* The white grounds drawn under value labels: their tops and bottoms. */
static size_t
label_grounds(const char *t, double *top, double *bottom, size_t max)
{
	size_t n = 0;
	double x, y, w, h;
	char colour[24];

	for (const char *l = t; l != NULL && *l != '\0' && n < max;
	    l = strchr(l, '\n'), l = l ? l + 1 : l)
		if (sscanf(l, "fill %lf %lf %lf %lf %23s", &x, &y, &w, &h, colour) == 5 &&
		    strcmp(colour, "1.00,1.00,1.00") == 0) {
			top[n] = y;
			bottom[n++] = y + h;
		}
	return n;
}

Test(chart, value_labels_stand_clear_of_the_target_and_floor_lines)
{
	static struct mvalue v[] = { MV(74), MV(73.5), MV(64.5), MV(70) };
	struct chart *c = bars(UNIT_PERCENT, v, 4);
	double top[8], bottom[8], target, floor_y;
	size_t n, i;
	char *t;

	c->target = MV(75);
	c->floor_std = MV(65);
	t = draw(c);
	target = hline_y(t, TARGET);
	floor_y = hline_y(t, FLOOR);
	n = label_grounds(t, top, bottom, 8);
	cr_assert_eq(n, 4, "every bar labelled:\n%s", t);
	for (i = 0; i < n; i++) {
		cr_expect(bottom[i] < target - 1 || top[i] > target + 1,
		    "label %zu (%.1f-%.1f) on the target at %.1f", i, top[i], bottom[i], target);
		cr_expect(bottom[i] < floor_y - 1 || top[i] > floor_y + 1,
		    "label %zu (%.1f-%.1f) on the floor at %.1f", i, top[i], bottom[i], floor_y);
	}
	free(t);
}

Test(chart, every_bar_shows_its_value_or_none_does)
{
	static struct mvalue v[] = { MV(5), MV(5), MV(3), MV(1) };
	double top[16], bottom[16];
	char *t = draw(bars(UNIT_DAYS, v, 4));

	cr_expect_eq(label_grounds(t, top, bottom, 16), 4, "equal values labelled alike:\n%s", t);
	free(t);
	t = draw(crowded_values());
	cr_expect_eq(label_grounds(t, top, bottom, 16), 0, "one too wide, none shown:\n%s", t);
	free(t);
}

Test(chart, each_category_s_own_target_is_a_mark_its_label_stands_clear_of)
{
	char *t = draw(measures());
	double top[8], bottom[8], x1, y1, x2, y2;
	size_t n = label_grounds(t, top, bottom, 8), marks = 0, li;
	const char *l;

	cr_assert_eq(n, 4, "%s", t);
	for (l = t; (l = strstr(l, "path open " TARGET ": ")) != NULL; l++) {
		cr_assert_eq(sscanf(l + strlen("path open " TARGET ": "), "%lf,%lf %lf,%lf", &x1, &y1,
		    &x2, &y2), 4);
		if (y1 > plot_foot(t))
			continue;	/* the legend's swatch */
		cr_expect_lt(x2 - x1, 120, "a mark across its slot, not the plot");
		li = marks < 2 ? marks : 3;	/* LE3 has none: the third mark is LE4's */
		cr_expect(bottom[li] < y1 - 1 || top[li] > y1 + 1, "label %zu on its mark", li);
		marks++;
	}
	cr_expect_eq(marks, 3, "%s", t);
	cr_expect(find(t, "Target for each") >= 0, "the legend says what the marks are:\n%s", t);
	free(t);
}

Test(chart, the_axis_starts_below_a_target_at_its_foot)
{
	char *t = draw(absence());
	double target = hline_y(t, TARGET), foot = plot_foot(t);

	cr_assert_gt(foot, 0);
	cr_expect_gt(foot - target, 5, "target at %.1f, the axis' foot at %.1f:\n%s", target, foot,
	    t);
	free(t);
}

Test(chart, a_missing_value_draws_no_bar_but_n_a)
{
	struct rect b[8];
	char *t = draw(recommend());
	double x, y;
	size_t n = bars_of(t, BLUE, b, 8);

	cr_assert_eq(n, 3, "Q1, Q2 and Q4 only, never a bar of 0:\n%s", t);
	cr_assert_eq(count_in(t, "\"n/a\""), 1);
	y = text_y(t, "n/a", &x);
	cr_assert(x > b[1].x + b[1].w && x + 3 * 4 < b[2].x, "n/a stands where Q3's bar would");
	cr_assert(y < hline_y(t, ZERO), "just over the zero line");
	free(t);
}

Test(chart, negative_values_go_below_the_zero_line)
{
	struct rect blue[8], orange[8];
	char *t = draw(spend());
	double zero = hline_y(t, ZERO), x;
	size_t nb = bars_of(t, BLUE, blue, 8), no = bars_of(t, "0.90,0.62,0.00", orange, 8);

	cr_assert_eq(nb, 3, "2023/24 has no Q4");
	cr_assert_eq(no, 4);
	cr_assert_float_eq(blue[0].y, zero, 0.01, "-£12,000 hangs from the zero line");
	cr_assert_gt(blue[0].h, 0);
	cr_assert_float_eq(blue[1].y + blue[1].h, zero, 0.01, "£4,500 stands on it");
	cr_assert_float_eq(blue[0].h / 12000, blue[1].h / 4500, 1e-6, "in proportion");
	cr_assert_float_eq(text_y(t, "£0", NULL) - 8 * 0.35, zero, 0.01, "the line is £0");
	cr_assert_gt(text_y(t, "-£12,000", &x), blue[0].y + blue[0].h, "its value under it");
	free(t);
}

Test(chart, equal_values_stand_on_a_sensible_axis)
{
	struct mvalue v[] = { MV(9.3), MV(9.3), MV(9.3), MV(9.3) };
	struct rect b[8];
	char *t = draw(bars(UNIT_PERCENT, v, 4));
	size_t i;

	cr_assert_eq(bars_of(t, BLUE, b, 8), 4);
	for (i = 1; i < 4; i++)
		cr_assert_float_eq(b[i].h, b[0].h, 1e-9);
	cr_assert_geq(text_y(t, "0%", NULL), 0, "from zero");
	cr_assert_geq(text_y(t, "10%", NULL), 0, "to 10%%:\n%s", t);
	cr_assert_gt(b[0].h, 150, "tall enough to read");
	cr_assert_eq(count_in(t, "\"9.3%\""), 4, "each labelled");
	free(t);
}

Test(chart, a_single_value_is_a_marker_on_its_own)
{
	struct chart *c = chart_new(CHART_LINE, "Gender pay gap", UNIT_RATIO, quarters, 4);
	char *t;

	chart_add_series(c, "Ratio", (struct mvalue[]){ MV_NA, MV(0.91), MV_NA, MV_NA });
	t = draw(c);
	cr_assert_eq(count_in(t, "path open stroke 2.0 " BLUE), 1, "no line but the legend's:\n%s", t);
	cr_assert_eq(count_in(t, "path closed fill " BLUE), 2, "a marker, and the legend's");
	cr_assert_eq(count_in(t, "\"n/a\""), 3);
	cr_assert_geq(text_y(t, "0.90", NULL), 0, "ticks either side of 0.91");
	cr_assert_geq(text_y(t, "0.95", NULL), 0);
	free(t);
}

Test(chart, a_chart_without_values_is_an_empty_frame_saying_no_data)
{
	char *t = draw(nothing());

	cr_assert_eq(plot_foot(t), -1, "no gridlines:\n%s", t);
	cr_assert_eq(count_in(t, "fill "), 1, "only the legend's swatch");
	cr_assert_eq(count_in(t, "\"No data\""), 1);
	cr_assert_eq(count_in(t, "path closed stroke"), 1, "a frame");
	cr_assert_lt(text_y(t, "£0", NULL), 0, "no axis");
	cr_assert_eq(count_in(t, "\"Q4 2024/25\"") + count_in(t, "\"Q4\""), 1, "the quarters named");
	free(t);
}

Test(chart, counts_are_whole_on_the_axis)
{
	static const char *const cats[] = { "Priority 1", "Priority 2" };
	struct chart *c = chart_new(CHART_STACKED, "Actions", UNIT_COUNT, cats, 2);
	char *t;

	chart_add_series(c, "Complete", (struct mvalue[]){ MV(1), MV(0) });
	chart_add_series(c, "Delayed", (struct mvalue[]){ MV(1), MV(1) });
	t = draw(c);
	cr_assert_geq(text_y(t, "3", NULL), 0, "0 to 3 by 1:\n%s", t);
	cr_assert_lt(text_y(t, "0.5", NULL), 0, "no half actions");
	free(t);
}

Test(chart, the_legend_names_each_series_and_line)
{
	char *t = draw(actions()), *u = draw(recommend());
	static const char *const names[] = { "Complete", "On track", "Delayed", "Not started" };
	size_t i;

	for (i = 0; i < 4; i++)
		cr_assert_geq(text_y(t, names[i], NULL), 0, "%s in the legend", names[i]);
	cr_assert_geq(text_y(u, "2024/25", NULL), 0);
	cr_assert_geq(text_y(u, "Target 75%", NULL), 0);
	cr_assert_geq(text_y(u, "Floor 65%", NULL), 0);
	free(t);
	free(u);
}

Test(chart, the_figure_carries_the_text_alternative)
{
	struct chart *c = sickness();
	char *alt = chart_alt(c), *t = draw(c);
	char *want = xasprintf("\"%s\"\n", alt);

	cr_assert_eq(strncmp(t, "begin Figure ", 13), 0, "the figure comes first:\n%s", t);
	cr_assert_geq(find(t, want), 0);
	cr_assert_geq(find(alt, "Q2 2023/24 n/a"), 0, "%s", alt);
	cr_assert_geq(find(alt, "Q4 2024/25 8.3 days"), 0);
	free(want);
	free(alt);
	free(t);
}

Test(chart, crowded_categories_stay_readable)
{
	static char lab[40][24];
	const char *l[40];
	struct mvalue v[40];
	struct chart *c;
	char *t;
	int i;

	t = draw(sickness());
	cr_assert_eq(count_in(t, "\"2023/24\""), 4, "quarters wrap under their slots:\n%s", t);
	cr_assert_eq(count_in(t, "\"Q1\""), 3);
	free(t);
	for (i = 0; i < 40; i++) {
		snprintf(lab[i], sizeof lab[i], "Week %d", i + 1);
		l[i] = lab[i];
		v[i] = MV(100 + i);
	}
	c = chart_new(CHART_LINE, "Applications", UNIT_COUNT, l, 40);
	chart_add_series(c, "Applications", v);
	t = draw(c);
	cr_assert_eq(count_in(t, "rotated R 8.0 "), 20 + 1, "every other week, turned (and the axis)");
	free(t);
}

/* Every drawing call of a chart stays inside its figure box and the text
 * column (trace metrics: 0.5 em a character, 0.55 em bold; ascent 0.9
 * em, descent 0.2 em; the trace rounds to 0.1 pt). */
static void
check_inside(const char *t)
{
	double fx, fy, fw, fh, x0 = LEFT - 0.05, x1 = RIGHT + 0.05, y0, y1;
	const char *l;

	cr_assert_eq(sscanf(t, "begin Figure #%*d %lf %lf %lf %lf", &fx, &fy, &fw, &fh), 4);
	cr_assert_float_eq(fx, LEFT, 0.05);
	cr_assert_float_eq(fx + fw, RIGHT, 0.1);
	y0 = fy - 0.05;
	y1 = fy + fh + 0.1;
	for (l = t; *l != '\0'; l = strchr(l, '\n') + 1) {
		double a, b, c, d, size, angle;
		char face, s[400], *line = xstrndup(l, strcspn(l, "\n"));
		size_t chars = 0;

		if (sscanf(line, "text %c %lf %lf %lf \"%399[^\"]\"", &face, &size, &a, &b, s) == 5) {
			for (const char *k = s; *k; k++)
				chars += ((unsigned char)*k & 0xC0) != 0x80;
			c = a + (double)chars * size * (face == 'B' ? 0.55 : 0.5);
			cr_assert(a >= x0 && c <= x1, "%s", line);
			cr_assert(b - 0.9 * size >= y0 && b + 0.2 * size <= y1, "%s", line);
		} else if (sscanf(line, "rotated %c %lf %lf %lf %lf \"%399[^\"]\"", &face, &size, &a,
		    &b, &angle, s) == 6) {
			double r = angle * M_PI / 180, len, ux, uy, px[4], py[4];

			for (const char *k = s; *k; k++)
				chars += ((unsigned char)*k & 0xC0) != 0x80;
			len = (double)chars * size * 0.5;
			ux = -sin(r);	/* the letters' up, y growing down */
			uy = -cos(r);
			px[0] = a + 0.9 * size * ux;
			py[0] = b + 0.9 * size * uy;
			px[1] = a - 0.2 * size * ux;
			py[1] = b - 0.2 * size * uy;
			px[2] = px[0] + len * cos(r);
			py[2] = py[0] - len * sin(r);
			px[3] = px[1] + len * cos(r);
			py[3] = py[1] - len * sin(r);
			for (int k = 0; k < 4; k++)
				cr_assert(px[k] >= x0 && px[k] <= x1 && py[k] >= y0 && py[k] <= y1,
				    "corner %d (%.1f, %.1f) of %s", k, px[k], py[k], line);
		} else if (sscanf(line, "fill %lf %lf %lf %lf", &a, &b, &c, &d) == 4) {
			cr_assert(a >= x0 && a + c <= x1 && b >= y0 && b + d <= y1, "%s", line);
		} else if (sscanf(line, "line %lf %lf %lf %lf", &a, &b, &c, &d) == 4) {
			cr_assert(fmin(a, c) >= x0 && fmax(a, c) <= x1, "%s", line);
			cr_assert(fmin(b, d) >= y0 && fmax(b, d) <= y1, "%s", line);
		} else if (strncmp(line, "path ", 5) == 0) {
			const char *p = strchr(line, ':') + 1;
			int used;

			while (sscanf(p, " %lf,%lf%n", &a, &b, &used) == 2) {
				cr_assert(a >= x0 && a <= x1 && b >= y0 && b <= y1, "(%.1f, %.1f) in %s",
				    a, b, line);
				p += used;
			}
		}
		free(line);
	}
}

Test(chart, nothing_is_drawn_outside_the_chart_or_the_text_column)
{
	static const char *const long_names[] = { "Adult Social Care and Health",
	    "Children, Young People and Education", "Growth, Environment and Transport",
	    "Kent Commercial Services (an extraordinarily long directorate name)",
	    "Supercalifragilisticexpialidocious", "Public Health" };
	struct mvalue v[] = { MV(12.1), MV(-9.8), MV(7.5), MV(100), MV(0), MV_NA };
	struct chart *cs[7], *c;
	char *t;
	size_t i;

	cs[0] = recommend();
	cs[1] = sickness();
	cs[2] = actions();
	cs[3] = spend();
	cs[4] = nothing();
	cs[5] = c = chart_new(CHART_BAR, "A title long enough to need two lines: the vacancy "
	    "rate of every directorate of the council, as at the end of March 2025", UNIT_PERCENT,
	    long_names, 6);
	chart_add_series(c, "March 2025, a series with a long name for the legend to hold", v);
	chart_add_series(c, "March 2024", v);
	c->target = MV(100);
	c->floor_std = MV(-9.8);
	cs[6] = c = chart_new(CHART_STACKED, "", UNIT_POUNDS, long_names, 6);
	chart_add_series(c, "Pay", v);
	chart_add_series(c, "Agency", (struct mvalue[]){ MV(1e6), MV(-2e6), MV(3e5), MV(0), MV(1),
	    MV(2) });
	for (i = 0; i < 7; i++) {
		t = draw(cs[i]);
		check_inside(t);
		free(t);
	}
}

/* A template's mistakes: a title of a thousand characters, thirty series,
 * two hundred categories, a figure of 10^15: still one chart that fits a
 * page and stays in its box. */
Test(chart, a_chart_of_absurd_data_still_fits_its_page)
{
	static char names[200][80];
	const char *cats[200];
	struct mvalue v[200];
	struct buf title = {0};
	struct chart *c;
	double fx, fy, fw, fh;
	char *t;
	int i;

	for (i = 0; i < 100; i++)
		buf_add(&title, "Very long title ");
	for (i = 0; i < 200; i++) {
		snprintf(names[i], sizeof names[i], "Directorate number %d of the council, in full", i);
		cats[i] = names[i];
		v[i] = MV(i == 7 ? 1e15 : i);
	}
	c = chart_new(CHART_BAR, title.s, UNIT_POUNDS, cats, 200);
	for (i = 0; i < 30; i++)
		chart_add_series(c, names[i], v);
	t = draw(c);
	check_inside(t);
	cr_assert_eq(sscanf(t, "begin Figure #%*d %lf %lf %lf %lf", &fx, &fy, &fw, &fh), 4);
	cr_assert_lt(fh, PAGE_H - 60 - 76, "%.1f pt: shorter than a page's body", fh);
	cr_assert_geq(find(t, "\"and "), 0, "the legend says what it leaves out");
	buf_free(&title);
	free(t);
}

/* ---- In a paper --------------------------------------------------------- */

static struct doc *
paper(int filler)
{
	struct doc *d = xcalloc(1, sizeof *d);
	int i;

	d->root = doc_node_new(DOC_DOCUMENT, NULL);
	for (i = 0; i < filler; i++) {
		struct doc_node *p = doc_node_new(DOC_PARA, NULL), *r = doc_node_new(DOC_TEXT, NULL);

		r->as.text.str = xstrdup("Filler line.");
		doc_append(p, r);
		doc_append(d->root, p);
	}
	return d;
}

Test(chart, a_chart_that_does_not_fit_moves_whole_to_the_next_page)
{
	struct doc *d = paper(30);
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	char *t;
	int pages;

	n->as.chart = recommend();
	doc_append(d->root, n);
	t = trace_layout(d, &pages);
	cr_assert_eq(pages, 2);
	cr_assert_gt(find(t, "begin Figure "), find(t, "page 2 "), "the chart starts page 2:\n%s", t);
	cr_assert_gt(find(t, "fill"), find(t, "page 2 "), "nothing of it on page 1");
	free(t);
	doc_free(d);
}

Test(chart, a_heading_stays_with_its_chart)
{
	struct doc *d = paper(30);
	struct doc_node *s = doc_node_new(DOC_SECTION, NULL), *n = doc_node_new(DOC_CHART, NULL);
	char *t;
	int pages;

	s->as.heading.title = xstrdup("Engagement");
	s->as.heading.level = 1;
	n->as.chart = recommend();
	doc_append(s, n);
	doc_append(d->root, s);
	t = trace_layout(d, &pages);
	cr_assert_gt(find(t, "\"Engagement\""), find(t, "page 2 "), "the heading moved too:\n%s", t);
	free(t);
	doc_free(d);
}

Test(chart, a_character_the_font_lacks_is_replaced_and_reported)
{
	struct doc *d = paper(0);
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	static const char *const cats[] = { "Happy \xF0\x9F\x99\x82", "Sad" };
	char *t, *msgs = NULL;
	size_t len;
	FILE *mem = open_memstream(&msgs, &len);
	int pages;

	n->as.chart = chart_new(CHART_BAR, "Mood", UNIT_PERCENT, cats, 2);
	chart_add_series(n->as.chart, "Now", (struct mvalue[]){ MV(50), MV(20) });
	n->pos = (struct srcpos){ "templates/x.xml", 7, 0, NULL };
	doc_append(d->root, n);
	diag_set_stream(mem);
	t = trace_layout(d, &pages);
	diag_set_stream(NULL);
	fclose(mem);
	cr_assert_geq(find(t, "\"Happy \xE2\x96\xA1\""), 0, "%s", t);
	cr_assert_geq(find(msgs, "templates/x.xml:7: warning: character not in Liberation Sans, drawn as a replacement mark: U+1F642"), 0, "%s", msgs);
	free(msgs);
	free(t);
	doc_free(d);
}

/* The PDF device draws the same calls with libharu, whose errors are
 * sticky: one refused call (a dash of 0, say) loses the whole paper. */
Test(chart, charts_make_a_sound_pdf)
{
	struct doc *d = paper(2);
	struct chart *(*make[])(void) = { recommend, sickness, actions, spend, nothing };
	struct dev_pdf *pdf = dev_pdf_new("fonts", NULL);
	struct dev dev = dev_pdf_device(pdf);
	char *data, *dir = tmpdir_new(), *path = xasprintf("%s/charts.pdf", dir);
	size_t len, i;
	struct run r;

	for (i = 0; i < sizeof make / sizeof make[0]; i++) {
		struct doc_node *n = doc_node_new(DOC_CHART, NULL);

		n->as.chart = make[i]();
		doc_append(d->root, n);
	}
	cr_assert_geq(layout_run(d, &dev), 3);
	cr_assert_eq(dev_pdf_finish(pdf, &data, &len), 0);
	cr_assert_eq(write_file_atomic(path, data, len, 1), 0);
	cr_assert_eq(run_sh(&r, "qpdf --check '%s'", path), 0, "%s%s", r.out, r.err);
	run_free(&r);
	free(data);
	dev_pdf_free(pdf);
	rm_rf(dir);
	free(dir);
	free(path);
	doc_free(d);
}
