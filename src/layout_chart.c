/* layout_chart.c: draws a chart node as vector paths through the device: a
 * bar, line or stacked bar chart with its title, value axis and gridlines,
 * category labels, target and floor lines, and legend. A chart has a fixed
 * height and is never split across pages. */
#include "layout_chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "layout_int.h"
#include "util.h"

#define TITLE_SIZE  10.0	/* pt */
#define TITLE_LEAD  13.0	/* pt */
#define SMALL       8.0		/* pt: ticks, labels, legend; the least that reads well printed */
#define SMALL_LEAD  10.0	/* pt */
#define PLOT_H      200.0	/* pt */
#define HEADROOM    12.0	/* pt above the plot, for a value over the tallest bar */
#define LABEL_GAP   4.0		/* pt between the plot and the category labels */
#define LEGEND_GAP  10.0	/* pt */
#define LEGEND_ROW  13.0	/* pt */
#define BOTTOM_PAD  4.0		/* pt under the legend */
#define AXIS_TITLE  12.0	/* pt taken by the rotated axis title */
#define TICK_GAP    4.0		/* pt between a tick label and the plot */
#define LINE_CLEAR  1.5		/* pt between a value label and a target line */
#define MARK_SPAN   0.8		/* of a slot: a category's own target mark */
#define RIGHT_PAD   2.0		/* pt right of the plot */
#define BAR_MAX     48.0	/* pt: the widest bar */
#define STACK_MAX   60.0	/* pt: the widest stack */
#define ROTATED_MAX 72.0	/* pt: the longest category label set at 45 degrees */
#define LABEL_LINES 3		/* lines a category label may take */
#define TITLE_LINES 3		/* about the most a title may take */
#define LEGEND_ROWS 4		/* of entries; the rest are counted on one more */
#define SWATCH      9.0		/* pt: a legend's square */
#define SWATCH_LINE 20.0	/* pt: a legend's line */
#define SIN45       0.70710678118654752

/* Okabe and Ito's palette, told apart with every common colour vision
 * deficiency: blue, orange, bluish green, reddish purple, sky blue,
 * vermilion, yellow. */
static const struct rgb palette[] = {
	{ 0.000, 0.447, 0.698 }, { 0.902, 0.624, 0.000 }, { 0.000, 0.620, 0.451 },
	{ 0.800, 0.475, 0.655 }, { 0.337, 0.706, 0.914 }, { 0.835, 0.369, 0.000 },
	{ 0.941, 0.894, 0.259 },
};
#define NPALETTE (sizeof palette / sizeof palette[0])

/* Series s's colour: its shade's when it has one (a status is the colour
 * the tables give it), else the palette's next. */
static struct rgb
series_colour(const struct chart *c, size_t s)
{
	return c->series[s].shade != SHADE_NONE ? layout_shades[c->series[s].shade] :
	    palette[s % NPALETTE];
}

static const struct rgb ink = { 0.13, 0.13, 0.13 };
static const struct rgb soft = { 0.38, 0.38, 0.38 };
static const struct rgb gridline = { 0.85, 0.85, 0.85 };
static const struct rgb white = { 1, 1, 1 };

/* Reference lines in near-black, told apart by their dashes, not colour:
 * the target dashed, the floor dotted. */
static const struct dev_stroke target_line = { 1.25, { 0.1, 0.1, 0.1 }, 6, 3 };
static const struct dev_stroke floor_line = { 1.25, { 0.1, 0.1, 0.1 }, 1, 2 };
static const struct dev_stroke zero_line = { 0.8, { 0.2, 0.2, 0.2 }, 0, 0 };
static const struct dev_stroke frame_line = { 0.5, { 0.6, 0.6, 0.6 }, 0, 0 };
static const struct dev_stroke marker_edge = { 0.75, { 1, 1, 1 }, 0, 0 };
static const struct dev_stroke segment_edge = { 0.6, { 1, 1, 1 }, 0, 0 };

static const char *const axis_names[] = {
	"Per cent", "Days", "Number", "Ratio", "Pounds (£)", "Score",
};

enum catmode { CATS_LINE, CATS_WRAPPED, CATS_ROTATED };
enum swatch { SW_BOX, SW_LINE, SW_TARGET, SW_FLOOR, SW_NONE };

/* A text as drawn: missing glyphs replaced, perhaps shortened. */
struct label {
	char  *s;
	double w;	/* pt */
};

struct legend {
	enum swatch  sw;
	size_t       series;
	struct label text;
	double       x, y;	/* the swatch's left and the row's top, from the chart's */
};

/* A chart set out: everything but where it stands on the page. */
struct plan {
	const struct chart    *c;
	const struct doc_node *n;
	struct lines_ctx      *lc;
	const struct dev      *dev;
	double                 x, y;	/* the chart's top left on the page, when drawn */
	double                 w;	/* pt */
	struct tbox            title;
	double                 top;	/* of the plot, from the chart's top */
	int                    empty;	/* no value to show: a frame saying "No data" */
	struct axis            axis;
	struct label          *ticks;	/* axis.nticks of them */
	struct label           axis_title;
	double                 px, pr;	/* the plot's left and right, from the chart's left */
	double                 slot;	/* pt a category */
	struct label          *cats;
	enum catmode           catmode;
	int                    catlines;
	size_t                 every;	/* a category label every this many */
	double                 cath;	/* pt */
	struct legend         *legend;
	size_t                 nlegend;
	double                 h;	/* the whole chart, pt */
};

static double
width(const struct plan *p, enum dev_font f, double size, const char *s, size_t n)
{
	return lines_width(p->lc, f, size, s, n);
}

static void
label_set(struct plan *p, struct label *l, enum dev_font f, const char *s)
{
	l->s = lines_drawable(p->lc, f, s, p->n);
	l->w = width(p, f, SMALL, l->s, strlen(l->s));
}

/* Cuts l, set in f at size pt, to at most max pt, ending it with an
 * ellipsis: the longest such start of it, found by bisection, since a
 * label from the data may be long. */
static void
shorten(struct plan *p, struct label *l, enum dev_font f, double size, double max)
{
	size_t len = strlen(l->s), lo = 0, hi = len, mid, cut;
	char *t;

	if (l->w <= max)
		return;
	/* Invariant: a cut at lo fits (nothing fits but the ellipsis alone)
	 * and one at hi does not. */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		while (mid > lo && ((unsigned char)l->s[mid] & 0xC0) == 0x80)
			mid--;
		if (mid == lo) {
			for (mid = lo + 1; mid < hi && ((unsigned char)l->s[mid] & 0xC0) == 0x80; mid++)
				;
			if (mid == hi)
				break;
		}
		for (cut = mid; cut > 0 && l->s[cut - 1] == ' '; cut--)
			;
		t = xasprintf("%.*s\xE2\x80\xA6", (int)cut, l->s);
		if (width(p, f, size, t, strlen(t)) <= max)
			lo = mid;
		else
			hi = mid;
		free(t);
	}
	for (cut = lo; cut > 0 && l->s[cut - 1] == ' '; cut--)
		;
	t = xasprintf("%.*s\xE2\x80\xA6", (int)cut, l->s);
	free(l->s);
	l->s = t;
	l->w = width(p, f, size, t, strlen(t));
}

/* s broken at spaces into at most nmax lines no wider than max pt,
 * joined by newlines, the last shortened when the text needs more; NULL
 * when a word is wider than max. Caller frees. */
static char *
wrap(struct plan *p, const char *s, double max, int nmax, int *nlines)
{
	struct buf b = {0};
	struct label rest;
	const char *a = s, *e, *w, *we;
	int n = 0;

	for (;; n++) {
		while (*a == ' ')
			a++;
		if (*a == '\0')
			break;
		if (n > 0)
			buf_addc(&b, '\n');
		if (n == nmax - 1) {
			rest.s = xstrdup(a);
			rest.w = width(p, FONT_REGULAR, SMALL, a, strlen(a));
			shorten(p, &rest, FONT_REGULAR, SMALL, max);
			buf_add(&b, rest.s);
			free(rest.s);
			n++;
			break;
		}
		for (e = a; *e != '\0' && *e != ' '; e++)
			;
		if (width(p, FONT_REGULAR, SMALL, a, (size_t)(e - a)) > max) {
			buf_free(&b);
			return NULL;
		}
		for (;;) {
			for (w = e; *w == ' '; w++)
				;
			for (we = w; *we != '\0' && *we != ' '; we++)
				;
			if (we == w || width(p, FONT_REGULAR, SMALL, a, (size_t)(we - a)) > max)
				break;
			e = we;
		}
		buf_addn(&b, a, (size_t)(e - a));
		a = e;
	}
	*nlines = n;
	return buf_take(&b);
}

/* Counts are whole: an axis that would step by less than 1 steps by 1,
 * with 4 ticks at least. */
static struct axis
whole(struct axis a)
{
	long lo = (long)floor(a.min), hi = (long)ceil(a.max);

	if (a.step >= 1)
		return a;
	if (hi - lo < 3)
		hi = lo + 3;
	a.first = lo;
	a.nticks = (int)(hi - lo + 1);
	a.mant = 1;
	a.exp10 = 0;
	a.step = 1;
	a.min = (double)lo;
	a.max = (double)hi;
	return a;
}

static int
on_tick(struct mvalue v, struct axis a)
{
	return mv_present(v) && fabs(v.v - a.min) < a.step * 1e-6;
}

/* The value axis: over every value, or every stack's top and bottom,
 * and the target and floor; bars stand on zero. */
static struct axis
value_axis(const struct chart *c)
{
	struct mvalue *v = xcalloc(c->ncats * (c->nseries + 3) + 2, sizeof *v);
	size_t n = 0, s, i;
	struct axis a;

	for (i = 0; i < c->ncats; i++) {
		double up = 0, down = 0;

		v[n++] = chart_mark(c, i);
		for (s = 0; s < c->nseries; s++) {
			struct mvalue x = c->series[s].values[i];

			if (!mv_present(x))
				continue;
			if (c->kind != CHART_STACKED)
				v[n++] = x;
			else if (x.v >= 0)
				up += x.v;
			else
				down += x.v;
		}
		if (c->kind == CHART_STACKED) {
			v[n++] = MV(up);
			v[n++] = MV(down);
		}
	}
	v[n++] = c->target;
	v[n++] = c->floor_std;
	a = axis_ticks(v, n, c->kind != CHART_LINE);
	free(v);
	if (c->unit == UNIT_COUNT)
		a = whole(a);
	/* A target or floor on the axis' end would hide in it: a step more. */
	if (c->kind == CHART_LINE && (on_tick(c->target, a) || on_tick(c->floor_std, a))) {
		a.first--;
		a.nticks++;
		a.min -= a.step;
	}
	return a;
}

/* How the category labels fit under their slots: on one line, or
 * wrapped at spaces (the last line shortened), or else turned 45 degrees,
 * shortened, and thinned out when the slots are too narrow even for that. */
static void
place_categories(struct plan *p)
{
	size_t n = p->c->ncats, i;
	char **wrapped = xcalloc(n + 1, sizeof *wrapped);
	double widest = 0, room = p->slot - 4;
	int lines;

	p->catmode = CATS_LINE;
	p->catlines = 1;
	p->every = 1;
	p->cath = n > 0 ? SMALL_LEAD : 0;
	for (i = 0; i < n; i++)
		widest = fmax(widest, p->cats[i].w);
	if (widest <= room)
		goto out;
	p->catmode = CATS_WRAPPED;
	for (i = 0; i < n && p->catmode == CATS_WRAPPED; i++) {
		wrapped[i] = wrap(p, p->cats[i].s, room, LABEL_LINES, &lines);
		if (wrapped[i] == NULL)
			p->catmode = CATS_ROTATED;
		else if (lines > p->catlines)
			p->catlines = lines;
	}
	if (p->catmode == CATS_WRAPPED) {
		for (i = 0; i < n; i++) {
			free(p->cats[i].s);
			p->cats[i].s = wrapped[i];
			wrapped[i] = NULL;
		}
		p->cath = p->catlines * SMALL_LEAD;
		goto out;
	}
	/* A turned label ends under its slot's middle and must not reach
	 * left of the chart. */
	widest = 0;
	for (i = 0; i < n; i++) {
		double left = p->px + p->slot * ((double)i + 0.5);

		shorten(p, &p->cats[i], FONT_REGULAR, SMALL, fmin(ROTATED_MAX, left / SIN45 - SMALL));
		widest = fmax(widest, p->cats[i].w);
	}
	while (p->slot * (double)p->every * SIN45 < SMALL * 1.2)
		p->every++;
	p->cath = widest * SIN45 + SMALL;
out:
	for (i = 0; i < n; i++)
		free(wrapped[i]);
	free(wrapped);
}

static void
add_legend(struct plan *p, enum swatch sw, size_t series, const char *text)
{
	struct legend *l;

	p->legend = xrealloc(p->legend, (p->nlegend + 1) * sizeof *p->legend);
	l = &p->legend[p->nlegend++];
	l->sw = sw;
	l->series = series;
	label_set(p, &l->text, FONT_REGULAR, text);
}

/* "Target 75%" */
static void
add_reference(struct plan *p, enum swatch sw, const char *word, struct mvalue v)
{
	char *f = measure_format_places(v, p->c->unit, -1), *t = xasprintf("%s %s", word, f);

	add_legend(p, sw, 0, t);
	free(t);
	free(f);
}

/* The room a swatch takes before its text. */
static double
swatch_width(enum swatch sw)
{
	return sw == SW_NONE ? 0 : (sw == SW_BOX ? SWATCH : SWATCH_LINE) + 4;
}

/* The legend: each series, then the target and floor, in rows from the
 * plot's left; returns its height. */
static double
place_legend(struct plan *p)
{
	const struct chart *c = p->c;
	double x = p->px, y = 0, iw;
	size_t i;

	for (i = 0; i < c->nseries; i++)
		add_legend(p, c->kind == CHART_LINE ? SW_LINE : SW_BOX, i, c->series[i].name);
	if (mv_present(c->target))
		add_reference(p, SW_TARGET, "Target", c->target);
	else if (c->marks != NULL)
		add_legend(p, SW_TARGET, 0, "Target for each");
	if (mv_present(c->floor_std))
		add_reference(p, SW_FLOOR, "Floor", c->floor_std);
	for (i = 0; i < p->nlegend; i++) {
		struct legend *l = &p->legend[i];

		shorten(p, &l->text, FONT_REGULAR, SMALL, p->w - p->px - swatch_width(l->sw));
		iw = swatch_width(l->sw) + l->text.w;
		if (x > p->px && x + iw > p->w) {
			x = p->px;
			y += LEGEND_ROW;
		}
		if (y >= LEGEND_ROWS * LEGEND_ROW)
			break;
		l->x = x;
		l->y = y;
		x += iw + 14;
	}
	if (i < p->nlegend) {
		/* A chart of that many series is a template's mistake; the
		 * legend still says what it leaves out. */
		char *more = xasprintf("and %zu more", p->nlegend - i);
		size_t k;

		for (k = i; k < p->nlegend; k++)
			free(p->legend[k].text.s);
		p->nlegend = i;
		add_legend(p, SW_NONE, 0, more);
		p->legend[i].x = p->px;
		p->legend[i].y = y;
		free(more);
	}
	return p->nlegend > 0 ? y + LEGEND_ROW : 0;
}

static void
plan_free(struct plan *p)
{
	size_t i;

	box_free(&p->title);
	for (i = 0; p->ticks != NULL && i < (size_t)p->axis.nticks; i++)
		free(p->ticks[i].s);
	for (i = 0; p->cats != NULL && i < p->c->ncats; i++)
		free(p->cats[i].s);
	for (i = 0; i < p->nlegend; i++)
		free(p->legend[i].text.s);
	free(p->ticks);
	free(p->cats);
	free(p->legend);
	free(p->axis_title.s);
}

static void
plan(struct plan *p, struct lines_ctx *lc, const struct doc_node *n, double w)
{
	const struct chart *c = n->as.chart;
	struct doc_node para = {0}, run = {0};
	struct label title;
	double tickw = 0;
	size_t i;

	memset(p, 0, sizeof *p);
	p->c = c;
	p->n = n;
	p->lc = lc;
	p->dev = lc->dev;
	p->w = w;
	if (c->title[0] != '\0') {
		title.s = xstrdup(c->title);
		title.w = width(p, FONT_BOLD, TITLE_SIZE, title.s, strlen(title.s));
		shorten(p, &title, FONT_BOLD, TITLE_SIZE, TITLE_LINES * w * 0.8);
		run.type = DOC_TEXT;
		run.as.text.str = title.s;
		run.pos = n->pos;
		para.type = DOC_PARA;
		para.first = para.last = &run;
		lines_inline(lc, &p->title, &para, &(struct pstyle){ FONT_BOLD, TITLE_SIZE,
		    TITLE_LEAD, 0, w, NULL, 0, 0, ALIGN_LEFT, NULL });
		free(title.s);
	}
	p->top = box_height(&p->title) + HEADROOM;
	p->empty = !chart_has_values(c);
	if (!p->empty) {
		p->axis = value_axis(c);
		p->ticks = xcalloc((size_t)p->axis.nticks, sizeof *p->ticks);
		for (i = 0; i < (size_t)p->axis.nticks; i++) {
			p->ticks[i].s = measure_format_places(MV(axis_tick(&p->axis, (int)i)), c->unit,
			    axis_decimals(&p->axis));
			p->ticks[i].w = width(p, FONT_REGULAR, SMALL, p->ticks[i].s,
			    strlen(p->ticks[i].s));
			shorten(p, &p->ticks[i], FONT_REGULAR, SMALL, w / 4);
			tickw = fmax(tickw, p->ticks[i].w);
		}
		label_set(p, &p->axis_title, FONT_REGULAR, c->axis ? c->axis : axis_names[c->unit]);
		shorten(p, &p->axis_title, FONT_REGULAR, SMALL, PLOT_H);
	}
	p->px = AXIS_TITLE + tickw + TICK_GAP;
	p->pr = w - RIGHT_PAD;
	p->slot = c->ncats > 0 ? (p->pr - p->px) / (double)c->ncats : 0;
	p->cats = xcalloc(c->ncats + 1, sizeof *p->cats);
	for (i = 0; i < c->ncats; i++)
		label_set(p, &p->cats[i], FONT_REGULAR, c->cats[i]);
	place_categories(p);
	p->h = p->top + PLOT_H + LABEL_GAP + p->cath + LEGEND_GAP + place_legend(p) + BOTTOM_PAD;
}

/* ---- Drawing ------------------------------------------------------------ */

static double
value_y(const struct plan *p, double v)
{
	const struct axis *a = &p->axis;

	return p->y + p->top + PLOT_H - (v - a->min) / (a->max - a->min) * PLOT_H;
}

/* The middle of category i, pt from the page's left. */
static double
cat_x(const struct plan *p, size_t i)
{
	return p->x + p->px + p->slot * ((double)i + 0.5);
}

static void
text_at(const struct plan *p, double size, struct rgb colour, double x, double base,
    const char *s)
{
	p->dev->ops->text(p->dev->ctx, FONT_REGULAR, size, colour, x, base, s, strlen(s), -1);
}

static void
text_centred(const struct plan *p, double size, struct rgb colour, double x, double base,
    const char *s)
{
	text_at(p, size, colour, x - width(p, FONT_REGULAR, size, s, strlen(s)) / 2, base, s);
}

static void
hline(const struct plan *p, double y, const struct dev_stroke *st)
{
	struct dev_point pts[2] = { { p->x + p->px, y }, { p->x + p->pr, y } };

	p->dev->ops->path(p->dev->ctx, pts, 2, 0, NULL, st);
}

static void
rect_path(const struct plan *p, double x, double y, double w, double h, const struct rgb *fill,
    const struct dev_stroke *st)
{
	struct dev_point pts[4] = { { x, y }, { x + w, y }, { x + w, y + h }, { x, y + h } };

	p->dev->ops->path(p->dev->ctx, pts, 4, 1, fill, st);
}

/* Black or white, whichever reads better on bg (WCAG contrast). */
static struct rgb
text_on(struct rgb bg)
{
	double c[3] = { bg.r, bg.g, bg.b }, lum = 0;
	static const double k[3] = { 0.2126, 0.7152, 0.0722 };
	int i;

	for (i = 0; i < 3; i++)
		lum += k[i] * (c[i] <= 0.04045 ? c[i] / 12.92 : pow((c[i] + 0.055) / 1.055, 2.4));
	return 1.05 / (lum + 0.05) > (lum + 0.05) / 0.05 ? white : black;
}

/* A series' point marker, its shape cycling with the series so that
 * lines are told apart without colour. */
static void
marker(const struct plan *p, size_t series, double x, double y)
{
	struct dev_point pts[12];
	struct rgb fill = series_colour(p->c, series);
	size_t n, i;

	switch (series % 4) {
	case 0:	/* circle */
		for (n = 12, i = 0; i < n; i++)
			pts[i] = (struct dev_point){ x + 3.2 * cos((double)i * M_PI / 6),
			    y + 3.2 * sin((double)i * M_PI / 6) };
		break;
	case 1:	/* square */
		n = 4;
		pts[0] = (struct dev_point){ x - 2.8, y - 2.8 };
		pts[1] = (struct dev_point){ x + 2.8, y - 2.8 };
		pts[2] = (struct dev_point){ x + 2.8, y + 2.8 };
		pts[3] = (struct dev_point){ x - 2.8, y + 2.8 };
		break;
	case 2:	/* diamond */
		n = 4;
		pts[0] = (struct dev_point){ x, y - 3.8 };
		pts[1] = (struct dev_point){ x + 3.8, y };
		pts[2] = (struct dev_point){ x, y + 3.8 };
		pts[3] = (struct dev_point){ x - 3.8, y };
		break;
	default:	/* triangle */
		n = 3;
		pts[0] = (struct dev_point){ x, y - 3.8 };
		pts[1] = (struct dev_point){ x + 3.6, y + 2.6 };
		pts[2] = (struct dev_point){ x - 3.6, y + 2.6 };
		break;
	}
	p->dev->ops->path(p->dev->ctx, pts, n, 1, &fill, &marker_edge);
}

static void
draw_axis(const struct plan *p)
{
	const struct dev *d = p->dev;
	double y, mid = p->y + p->top + PLOT_H / 2;
	int i;

	for (i = 0; i < p->axis.nticks; i++) {
		y = value_y(p, axis_tick(&p->axis, i));
		d->ops->line(d->ctx, p->x + p->px, y, p->x + p->pr, y, 0.5, gridline);
		text_at(p, SMALL, ink, p->x + p->px - TICK_GAP - p->ticks[i].w, y + SMALL * 0.35,
		    p->ticks[i].s);
	}
	/* Turned a quarter anticlockwise, the title's letters stand to the
	 * left of its baseline. */
	d->ops->text_rotated(d->ctx, FONT_REGULAR, SMALL, soft, p->x + SMALL,
	    mid + p->axis_title.w / 2, 90, p->axis_title.s);
}

/* "n/a" for a missing value at x, just off the zero line (or the foot
 * of a line chart), on the side where the plot has room. */
static void
draw_na(const struct plan *p, double x)
{
	double base, zero;

	if (p->c->kind == CHART_LINE) {
		base = p->y + p->top + PLOT_H - 3;
	} else {
		zero = value_y(p, 0);
		base = p->axis.max > 0 ? zero - 3 : zero + SMALL + 2;
	}
	text_centred(p, SMALL, soft, x, base, "n/a");
}

/* A value label's baseline moved clear of the target and floor lines:
 * above a line it would sit on (below it, for a label under its bar),
 * never struck through. */
static double
clear_of_lines(const struct plan *p, size_t cat, double base, int up)
{
	const struct mvalue refs[3] = { p->c->target, p->c->floor_std, chart_mark(p->c, cat) };
	int pass, i;

	for (pass = 0; pass < 3; pass++)
		for (i = 0; i < 3; i++) {
			double ly;

			if (!mv_present(refs[i]))
				continue;
			ly = value_y(p, refs[i].v);
			if (base - SMALL * 0.8 > ly + LINE_CLEAR || base + SMALL * 0.25 < ly - LINE_CLEAR)
				continue;
			base = up ? ly - LINE_CLEAR - SMALL * 0.25 : ly + LINE_CLEAR + SMALL * 0.8;
		}
	return base;
}

/* A value label of category cat centred at x outside the bars, on a
 * white ground so that a gridline under it does not cross its figures;
 * never on the target or floor line, or the category's target mark. */
static void
outside_label(const struct plan *p, size_t cat, double x, double base, const char *s)
{
	double w = width(p, FONT_REGULAR, SMALL, s, strlen(s));

	base = clear_of_lines(p, cat, base, base <= value_y(p, 0));

	p->dev->ops->fill_rect(p->dev->ctx, x - w / 2 - 1, base - SMALL * 0.8, w + 2, SMALL,
	    white);
	text_at(p, SMALL, ink, x - w / 2, base, s);
}

/* A bar's value over it, or under it when negative, inside the bar when
 * under it would leave the plot. y1 is the bar's end. */
static void
bar_value(const struct plan *p, size_t cat, struct mvalue v, double x, double y1, struct rgb fill)
{
	char *s = measure_format(v, p->c->unit);
	double bottom = p->y + p->top + PLOT_H;

	if (v.v >= 0)
		outside_label(p, cat, x, y1 - 3, s);
	else if (y1 + SMALL + 3 <= bottom)
		outside_label(p, cat, x, y1 + SMALL + 1, s);
	else
		text_centred(p, SMALL, text_on(fill), x, y1 - 3, s);
	free(s);
}

/* One rule a reader can see: every bar (every stack) shows its value,
 * or, when one value would not fit its room, none does. */
static int
values_fit(const struct plan *p, double room)
{
	const struct chart *c = p->c;
	size_t i, s;
	int fit = 1;

	for (i = 0; i < c->ncats && fit; i++) {
		double up = 0;

		for (s = 0; s < c->nseries && fit; s++) {
			struct mvalue v = c->series[s].values[i];
			char *t;

			if (!mv_present(v))
				continue;
			up += v.v > 0 ? v.v : 0;
			if (c->kind == CHART_STACKED)
				continue;
			t = measure_format(v, c->unit);
			fit = width(p, FONT_REGULAR, SMALL, t, strlen(t)) <= room;
			free(t);
		}
		if (c->kind == CHART_STACKED) {
			char *t = measure_format(MV(up), c->unit);

			fit = width(p, FONT_REGULAR, SMALL, t, strlen(t)) <= room;
			free(t);
		}
	}
	return fit;
}

/* The bars, or with labels set their values, drawn over the lines. */
static void
draw_bars(const struct plan *p, int labels)
{
	const struct chart *c = p->c;
	double group = fmin(p->slot * 0.7, BAR_MAX * (double)c->nseries);
	double bw = group / (double)c->nseries, gap = c->nseries > 1 ? fmin(2, bw * 0.1) : 0;
	double zero = value_y(p, 0), x, y;
	size_t i, s;

	if (labels && !values_fit(p, c->nseries > 1 ? bw : p->slot - 4))
		labels = 0;
	for (i = 0; i < c->ncats; i++) {
		for (s = 0; s < c->nseries; s++) {
			struct mvalue v = c->series[s].values[i];

			x = cat_x(p, i) - group / 2 + bw * (double)s;
			if (!mv_present(v)) {
				if (labels)
					draw_na(p, x + bw / 2);
				continue;
			}
			y = value_y(p, v.v);
			if (labels)
				bar_value(p, i, v, x + bw / 2, y, series_colour(p->c, s));
			else if (fabs(y - zero) > 0.05)
				p->dev->ops->fill_rect(p->dev->ctx, x + gap / 2, fmin(y, zero), bw - gap,
				    fabs(y - zero), series_colour(p->c, s));
		}
	}
}

/* The stacks, or with labels set each segment's value inside it and
 * the total over the stack. Positive values stack up from zero and
 * negative ones down. */
static void
draw_stacks(const struct plan *p, int labels)
{
	const struct chart *c = p->c;
	double bw = fmin(p->slot * 0.6, STACK_MAX);
	size_t i, s;
	char *t;
	int totals = labels && values_fit(p, p->slot - 4);

	for (i = 0; i < c->ncats; i++) {
		double up = 0, down = 0, x = cat_x(p, i) - bw / 2;
		int shown = 0, negative = 0;

		for (s = 0; s < c->nseries; s++) {
			struct mvalue v = c->series[s].values[i];
			struct rgb fill = series_colour(p->c, s);
			double from, to, y0, y1;

			if (!mv_present(v))
				continue;
			shown++;
			if (v.v == 0)
				continue;
			negative |= v.v < 0;
			from = v.v > 0 ? up : down;
			to = from + v.v;
			*(v.v > 0 ? &up : &down) = to;
			y0 = value_y(p, fmax(from, to));
			y1 = value_y(p, fmin(from, to));
			if (!labels) {
				rect_path(p, x, y0, bw, y1 - y0, &fill, &segment_edge);
				continue;
			}
			t = measure_format(v, c->unit);
			if (y1 - y0 >= SMALL + 3 && width(p, FONT_REGULAR, SMALL, t, strlen(t)) <= bw - 4)
				text_centred(p, SMALL, text_on(fill), x + bw / 2,
				    (y0 + y1) / 2 + SMALL * 0.35, t);
			free(t);
		}
		if (!labels)
			continue;
		if (shown == 0) {
			draw_na(p, cat_x(p, i));
		} else if (!negative) {
			if (!totals)
				continue;
			t = measure_format(MV(up), c->unit);
			outside_label(p, i, cat_x(p, i), value_y(p, up) - 3, t);
			free(t);
		}
	}
}

/* Each series as a line through its values, broken where one is missing,
 * with a marker at every value so that a value alone still shows. */
static void
draw_lines(const struct plan *p)
{
	const struct chart *c = p->c;
	struct dev_point *pts = xcalloc(c->ncats + 1, sizeof *pts);
	size_t i, s, n;
	int *missing = xcalloc(c->ncats + 1, sizeof *missing);

	for (s = 0; s < c->nseries; s++) {
		struct dev_stroke st = { 2, series_colour(p->c, s), 0, 0 };

		for (i = 0, n = 0; i <= c->ncats; i++) {
			if (i < c->ncats && mv_present(c->series[s].values[i])) {
				pts[n++] = (struct dev_point){ cat_x(p, i),
				    value_y(p, c->series[s].values[i].v) };
				continue;
			}
			if (i < c->ncats)
				missing[i]++;
			if (n >= 2)
				p->dev->ops->path(p->dev->ctx, pts, n, 0, NULL, &st);
			n = 0;
		}
		for (i = 0; i < c->ncats; i++)
			if (mv_present(c->series[s].values[i]))
				marker(p, s, cat_x(p, i), value_y(p, c->series[s].values[i].v));
	}
	for (i = 0; i < c->ncats; i++)
		if (missing[i] > 0)
			draw_na(p, cat_x(p, i));
	free(missing);
	free(pts);
}

static void
draw_categories(const struct plan *p)
{
	const struct dev *d = p->dev;
	double top = p->y + p->top + PLOT_H + LABEL_GAP, x, w, base;
	const char *a, *e;
	size_t i;

	for (i = 0; i < p->c->ncats; i += p->every) {
		const struct label *l = &p->cats[i];

		x = cat_x(p, i);
		if (p->catmode == CATS_ROTATED) {
			/* The label's end, at its baseline, sits under the slot's
			 * middle; its letters rise to the left of it. */
			d->ops->text_rotated(d->ctx, FONT_REGULAR, SMALL, ink,
			    x + SMALL * 0.35 - l->w * SIN45, top + SMALL * 0.75 + l->w * SIN45, 45, l->s);
			continue;
		}
		for (a = l->s, base = top + SMALL * 0.9; *a != '\0'; base += SMALL_LEAD) {
			e = a + strcspn(a, "\n");
			w = width(p, FONT_REGULAR, SMALL, a, (size_t)(e - a));
			d->ops->text(d->ctx, FONT_REGULAR, SMALL, ink, x - w / 2, base, a, (size_t)(e - a),
			    w);
			a = *e != '\0' ? e + 1 : e;
		}
	}
}

static void
draw_legend(const struct plan *p)
{
	const struct dev *d = p->dev;
	double top = p->y + p->top + PLOT_H + LABEL_GAP + p->cath + LEGEND_GAP;
	size_t i;

	for (i = 0; i < p->nlegend; i++) {
		const struct legend *l = &p->legend[i];
		double x = p->x + l->x, mid = top + l->y + LEGEND_ROW / 2;
		struct dev_point seg[2] = { { x, mid }, { x + SWATCH_LINE, mid } };
		struct dev_stroke st = { 2, series_colour(p->c, l->series), 0, 0 };

		switch (l->sw) {
		case SW_BOX:
			d->ops->fill_rect(d->ctx, x, mid - SWATCH / 2, SWATCH, SWATCH,
			    series_colour(p->c, l->series));
			break;
		case SW_LINE:
			d->ops->path(d->ctx, seg, 2, 0, NULL, &st);
			marker(p, l->series, x + SWATCH_LINE / 2, mid);
			break;
		case SW_TARGET:
			d->ops->path(d->ctx, seg, 2, 0, NULL, &target_line);
			break;
		case SW_FLOOR:
			d->ops->path(d->ctx, seg, 2, 0, NULL, &floor_line);
			break;
		case SW_NONE:
			break;
		}
		text_at(p, SMALL, ink, x + swatch_width(l->sw), mid + SMALL * 0.35, l->text.s);
	}
}

/* Each category's own target: a dashed mark across its slot. */
static void
draw_marks(const struct plan *p)
{
	size_t i;

	for (i = 0; i < p->c->ncats; i++) {
		struct mvalue m = chart_mark(p->c, i);
		double y, half = p->slot * MARK_SPAN / 2;

		if (!mv_present(m))
			continue;
		y = value_y(p, m.v);
		p->dev->ops->path(p->dev->ctx, (struct dev_point[2]){ { cat_x(p, i) - half, y },
		    { cat_x(p, i) + half, y } }, 2, 0, NULL, &target_line);
	}
}

static void
draw(struct plan *p)
{
	const struct chart *c = p->c;
	double pt = p->y + p->top;

	box_draw(p->dev, &p->title, 0, p->title.nl, p->x, p->y);
	if (p->empty) {
		rect_path(p, p->x + p->px, pt, p->pr - p->px, PLOT_H, NULL, &frame_line);
		text_centred(p, TITLE_SIZE, soft, p->x + (p->px + p->pr) / 2,
		    pt + PLOT_H / 2 + TITLE_SIZE * 0.35, "No data");
	} else {
		draw_axis(p);
		if (c->kind == CHART_BAR)
			draw_bars(p, 0);
		else if (c->kind == CHART_STACKED)
			draw_stacks(p, 0);
		else
			draw_lines(p);
		if (p->axis.min <= 0 && p->axis.max >= 0)
			hline(p, value_y(p, 0), &zero_line);
		if (mv_present(c->target))
			hline(p, value_y(p, c->target.v), &target_line);
		if (mv_present(c->floor_std))
			hline(p, value_y(p, c->floor_std.v), &floor_line);
		draw_marks(p);
		if (c->kind == CHART_BAR)
			draw_bars(p, 1);
		else if (c->kind == CHART_STACKED)
			draw_stacks(p, 1);
	}
	draw_categories(p);
	draw_legend(p);
}

double
layout_chart_height(struct lines_ctx *lc, const struct doc_node *n, double w)
{
	struct plan p;
	double h;

	if (n->as.chart == NULL)
		return 0;
	plan(&p, lc, n, w);
	h = p.h;
	plan_free(&p);
	return h;
}

void
layout_chart_draw(struct lines_ctx *lc, const struct doc_node *n, double x, double y, double w)
{
	struct plan p;
	char *alt;

	if (n->as.chart == NULL)
		return;
	plan(&p, lc, n, w);
	p.x = x;
	p.y = y;
	alt = chart_alt(n->as.chart);
	lc->dev->ops->begin(lc->dev->ctx, ROLE_FIGURE, &(struct dev_attrs){ .key = n, .alt = alt,
	    .x = x, .y = y, .w = w, .h = p.h });
	draw(&p);
	lc->dev->ops->end(lc->dev->ctx, ROLE_FIGURE);
	free(alt);
	plan_free(&p);
}
