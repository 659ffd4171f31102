/* rate.h: the rating stage, between loading and the template: from a
 * paper's measures and their quarterly values, the datasets a template
 * shows, with ratings and directions computed by the rules of measures.h.
 * Included by render.c and the tests; no SQL, XML or PDF. */
#ifndef DOCKET_RATE_H
#define DOCKET_RATE_H

#include "data.h"

/* Adds to pd, for the paper's period (financial year and quarter):
 *   kpi_themes  seq, name, kpis, summary, key; each row's child "kpis":
 *               code, name, unit, unit_name (the name, with "(days)" where
 *               the figures are days), floor, target, q1..q4 (figures
 *               without the word "days"), value (with it), rating,
 *               rating_key (green/amber/red/not-rated), direction,
 *               direction_key (improving/worsening/level/none), method,
 *               headline (1 for a theme's first KPI), floor_raw,
 *               target_raw, v1..v12 (the twelve quarters' values as plain
 *               numbers, empty when missing, v12 the paper's quarter; each
 *               carries its number, ds_num, exactly) and l1..l12 their
 *               labels ("Q2 2024/25"), for charts
 *   kpi_summary one row: period, kpis, green, amber, red, not_rated,
 *               improving, sentence
 * Returns 0, or -1 with the diagnostic emitted for a measure the rules
 * cannot read. */
int rate_paper(struct paperdata *pd);

#endif
