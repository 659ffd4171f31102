/* chart.h: a chart's data as the document tree carries it (a DOC_CHART
 * node owns one), and its text alternative. Plain C values: included by
 * doc.c, the template stage that builds charts, layout_chart.c and tests. */
#ifndef DOCKET_CHART_H
#define DOCKET_CHART_H

#include <stddef.h>

#include "doc.h"
#include "measures.h"

enum chart_kind {
	CHART_BAR,	/* a bar for each series side by side in each category */
	CHART_LINE,	/* a line for each series through the categories */
	CHART_STACKED	/* one bar a category, the series stacked in it */
};

struct chart_series {
	char          *name;	/* in the legend; of a stacked chart, a segment ("Complete") */
	struct mvalue *values;	/* one a category; a missing one is a gap, never 0 */
	enum doc_shade shade;	/* drawn in a table's shade of that name (a status's
				 * colour), or SHADE_NONE: the palette's next */
};

struct chart {
	enum chart_kind      kind;
	char                *title;
	enum unit            unit;	/* of every value, target and floor */
	char                *axis;	/* the value axis' title, or NULL: the unit's name */
	char               **cats;	/* category labels, e.g. "Q1 2024/25", "Priority 1" */
	size_t               ncats;
	struct chart_series *series;
	size_t               nseries;
	struct mvalue        target;	/* a dashed line across the chart, or MV_NA */
	struct mvalue        floor_std;	/* a dotted line, the floor standard, or MV_NA */
	struct mvalue       *marks;	/* one a category: its own target, a short dashed
				 * mark across its slot (MV_NA: none); or NULL */
	char                *alt;	/* the template's own text alternative, or NULL */
};

/* A chart with the categories cats[0..ncats) (copied; NULL ones are
 * empty) and no series. Set target, floor_std, axis and alt directly
 * (strings from xstrdup). Caller frees with chart_free, or gives it to a
 * DOC_CHART node, which then owns it. */
struct chart *chart_new(enum chart_kind kind, const char *title, enum unit unit,
    const char *const *cats, size_t ncats);
/* Adds a series with values[0..ncats) (copied; NULL: all missing). */
void chart_add_series(struct chart *c, const char *name, const struct mvalue *values);
/* Gives each category its own target, marks[0..ncats) (copied), where one
 * line cannot show them: measures of different targets side by side. */
void chart_set_marks(struct chart *c, const struct mvalue *marks);
/* The i-th category's own target, or MV_NA. */
struct mvalue chart_mark(const struct chart *c, size_t i);
void chart_free(struct chart *c);
/* Whether any value of any series is there to be shown. */
int  chart_has_values(const struct chart *c);

/* "bar", "line", "stacked": the template's words, as an enum: 0, or -1
 * when s is not one of them. */
int chart_kind_parse(const char *s, enum chart_kind *out);
const char *chart_kind_word(enum chart_kind k);

/* The chart in words, for a reader who cannot see it: c->alt when the
 * template gave one, otherwise every value written out, e.g.
 *   "Bar chart: % of employees who would recommend KCC, 2024/25. Q1 71.0%,
 *   Q2 72.5%, Q3 n/a, Q4 74.1%. Target 75%; floor 65%."
 * with each category's own target after its values ("LE1 71.0% (target
 * 75%)") when the chart has marks.
 * Caller frees. */
char *chart_alt(const struct chart *c);

#endif
