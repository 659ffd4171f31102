/* layout_chart.h: charts drawn as vector paths, for the layout stage.
 * Included by layout.c and the tests. */
#ifndef DOCKET_LAYOUT_CHART_H
#define DOCKET_LAYOUT_CHART_H

#include "doc.h"
#include "layout_lines.h"

/* The height in pt of chart node n (DOC_CHART) set in a column w pt
 * wide: a chart is never split, so layout moves it whole to the next
 * page when it does not fit. */
double layout_chart_height(struct lines_ctx *lc, const struct doc_node *n, double w);
/* Draws chart node n in the column from x, w pt wide, with its top at y,
 * through lc's device, as one figure element whose text alternative
 * describes it in words; it stays inside that box. */
void   layout_chart_draw(struct lines_ctx *lc, const struct doc_node *n, double x, double y,
    double w);

#endif
