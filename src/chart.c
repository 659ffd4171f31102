/* chart.c: building and freeing a chart's data, and writing its text
 * alternative. */
#include "chart.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *const kind_words[] = { "bar", "line", "stacked" };
static const char *const kind_names[] = { "Bar chart", "Line chart", "Stacked bar chart" };

struct chart *
chart_new(enum chart_kind kind, const char *title, enum unit unit, const char *const *cats,
    size_t ncats)
{
	struct chart *c = xcalloc(1, sizeof *c);
	size_t i;

	c->kind = kind;
	c->title = xstrdup(title != NULL ? title : "");
	c->unit = unit;
	c->ncats = ncats;
	c->cats = xcalloc(ncats + 1, sizeof *c->cats);
	for (i = 0; i < ncats; i++)
		c->cats[i] = xstrdup(cats != NULL && cats[i] != NULL ? cats[i] : "");
	c->target = MV_NA;
	c->floor_std = MV_NA;
	return c;
}

void
chart_add_series(struct chart *c, const char *name, const struct mvalue *values)
{
	struct chart_series *s;
	size_t i;

	c->series = xrealloc(c->series, (c->nseries + 1) * sizeof *c->series);
	s = &c->series[c->nseries++];
	s->name = xstrdup(name != NULL ? name : "");
	s->shade = SHADE_NONE;
	s->values = xcalloc(c->ncats + 1, sizeof *s->values);
	for (i = 0; i < c->ncats; i++)
		s->values[i] = values != NULL ? values[i] : MV_NA;
}

void
chart_free(struct chart *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->ncats; i++)
		free(c->cats[i]);
	for (i = 0; i < c->nseries; i++) {
		free(c->series[i].name);
		free(c->series[i].values);
	}
	free(c->cats);
	free(c->series);
	free(c->marks);
	free(c->title);
	free(c->axis);
	free(c->alt);
	free(c);
}

int
chart_kind_parse(const char *s, enum chart_kind *out)
{
	size_t i;

	for (i = 0; s != NULL && i < sizeof kind_words / sizeof kind_words[0]; i++) {
		if (strcmp(s, kind_words[i]) == 0) {
			*out = (enum chart_kind)i;
			return 0;
		}
	}
	return -1;
}

const char *
chart_kind_word(enum chart_kind k)
{
	return kind_words[k];
}

static void
add_value(struct buf *b, struct mvalue v, enum unit u)
{
	char *s = measure_format(v, u);

	buf_add(b, s);
	free(s);
}

/* Ends a sentence, unless the text already ends one. */
static void
add_stop(struct buf *b)
{
	if (b->len == 0 || strchr(".?!", b->s[b->len - 1]) == NULL)
		buf_addc(b, '.');
}

void
chart_set_marks(struct chart *c, const struct mvalue *marks)
{
	free(c->marks);
	c->marks = xcalloc(c->ncats ? c->ncats : 1, sizeof *c->marks);
	memcpy(c->marks, marks, c->ncats * sizeof *c->marks);
}

struct mvalue
chart_mark(const struct chart *c, size_t i)
{
	return c->marks != NULL && i < c->ncats ? c->marks[i] : MV_NA;
}

int
chart_has_values(const struct chart *c)
{
	size_t s, i;

	for (s = 0; s < c->nseries; s++)
		for (i = 0; i < c->ncats; i++)
			if (mv_present(c->series[s].values[i]))
				return 1;
	return 0;
}

/* "Q1 71.0%, Q2 n/a" for one series. */
static void
add_series(struct buf *b, const struct chart *c, const struct chart_series *s)
{
	size_t i;

	for (i = 0; i < c->ncats; i++) {
		buf_addf(b, "%s%s%s", i ? ", " : "", c->cats[i], c->cats[i][0] ? " " : "");
		add_value(b, s->values[i], c->unit);
		if (mv_present(chart_mark(c, i)) && s == &c->series[c->nseries - 1]) {
			char *t = measure_format_places(chart_mark(c, i), c->unit, -1);

			buf_addf(b, " (target %s)", t);
			free(t);
		}
	}
}

/* "Priority 1: Complete 4, On track n/a; total 4." for each category. */
static void
add_stacks(struct buf *b, const struct chart *c)
{
	size_t i, s;

	for (i = 0; i < c->ncats; i++) {
		double total = 0;
		int n = 0;

		buf_addf(b, " %s:", c->cats[i]);
		for (s = 0; s < c->nseries; s++) {
			struct mvalue v = c->series[s].values[i];

			buf_addf(b, "%s %s ", s ? "," : "", c->series[s].name);
			add_value(b, v, c->unit);
			if (mv_present(v)) {
				total += v.v;
				n++;
			}
		}
		if (c->nseries > 1 && n > 0) {
			buf_add(b, "; total ");
			add_value(b, MV(total), c->unit);
		}
		add_stop(b);
	}
}

char *
chart_alt(const struct chart *c)
{
	struct buf b = {0};
	char *t = NULL, *f = NULL;
	size_t s;

	if (c->alt != NULL)
		return xstrdup(c->alt);
	buf_add(&b, kind_names[c->kind]);
	if (c->title[0] != '\0')
		buf_addf(&b, ": %s", c->title);
	add_stop(&b);
	if (!chart_has_values(c))
		buf_add(&b, " No data.");
	else if (c->kind == CHART_STACKED)
		add_stacks(&b, c);
	else {
		for (s = 0; s < c->nseries; s++) {
			buf_add(&b, s ? "; " : " ");
			if (c->nseries > 1)
				buf_addf(&b, "%s: ", c->series[s].name);
			add_series(&b, c, &c->series[s]);
		}
		add_stop(&b);
	}
	if (mv_present(c->target))
		t = measure_format_places(c->target, c->unit, -1);
	if (mv_present(c->floor_std))
		f = measure_format_places(c->floor_std, c->unit, -1);
	if (t != NULL && f != NULL)
		buf_addf(&b, " Target %s; floor %s.", t, f);
	else if (t != NULL || f != NULL)
		buf_addf(&b, " %s %s.", t ? "Target" : "Floor", t ? t : f);
	free(t);
	free(f);
	return buf_take(&b);
}
