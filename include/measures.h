/* measures.h: the KPI rules: RAG rating, direction of travel, figures as a
 * paper prints them, the summary sentence and chart axes. Pure computation
 * on plain C values; any module may include it; no SQL, XML or PDF. */
#ifndef DOCKET_MEASURES_H
#define DOCKET_MEASURES_H

#include <stddef.h>

enum polarity { POL_HIGHER, POL_LOWER };
enum rag { RAG_NOT_RATED, RAG_RED, RAG_AMBER, RAG_GREEN };
enum dot_method { DOT_PREVIOUS, DOT_YEAR_AGO, DOT_TREND };
enum dot { DOT_NONE, DOT_IMPROVING, DOT_WORSENING, DOT_NO_CHANGE };
enum unit { UNIT_PERCENT, UNIT_DAYS, UNIT_COUNT, UNIT_RATIO, UNIT_POUNDS, UNIT_SCORE };

/* A figure that may be missing: a missing one is "n/a", never 0. A value
 * that is not finite counts as missing. */
struct mvalue {
	double v;	/* in the measure's unit */
	int    present;
};

#define MV_NA ((struct mvalue){ 0.0, 0 })
#define MV(x) ((struct mvalue){ (x), 1 })

/* Whether v is there to be shown: present and finite. */
int mv_present(struct mvalue v);

/* The schema's words ("higher", "lower"; "previous", "year_ago", "trend";
 * "%", "days", "count", "ratio", "£", "score") as enums: 0, or -1 when
 * the word is not one of them. */
int polarity_parse(const char *s, enum polarity *out);
int dot_method_parse(const char *s, enum dot_method *out);
int unit_parse(const char *s, enum unit *out);
/* The schema's word for u: "%", "days", ... */
const char *unit_word(enum unit u);

/* Kent's rule, polarity-aware: GREEN when the target is met, otherwise RED
 * when the floor standard is not met, otherwise AMBER; NOT_RATED without a
 * target or a value. Met means at or above for POL_HIGHER, at or below for
 * POL_LOWER: a value exactly at the target (or floor) meets it. Without a
 * floor a missed target is AMBER. tolerance_pct (0 to 100, optional) also
 * makes GREEN a value within that percentage of the target's magnitude
 * (target 8.0, 1%: up to 8.08 when lower is better), unless the floor is not
 * met: nothing short of the minimum acceptable is green. */
enum rag rag_rate(struct mvalue value, struct mvalue floor_std, struct mvalue target,
    enum polarity pol, struct mvalue tolerance_pct);
/* "Green", "Amber", "Red", "Not rated". */
const char *rag_text(enum rag r);

/* Quarters the trend looks back over, the current one included. */
#define DOT_TREND_QUARTERS 12
/* Fewest present values a trend is drawn through. */
#define DOT_TREND_MIN_POINTS 3
/* Default trend threshold: this percentage of the mean magnitude of the
 * fitted values, per quarter (about 1% of the level a year). */
#define DOT_TREND_DEFAULT_PCT 0.25

/* The direction of travel of series[cur] (quarterly values, oldest first).
 * DOT_PREVIOUS compares it with series[cur - 1], DOT_YEAR_AGO with
 * series[cur - 4]; equal values are DOT_NO_CHANGE. DOT_TREND fits a
 * least-squares line through the present values of the DOT_TREND_QUARTERS
 * quarters ending at cur and reports DOT_NO_CHANGE unless the slope's size
 * exceeds threshold (unit per quarter; DOT_TREND only; when missing, the
 * default above). Polarity decides whether a rise is improving. DOT_NONE
 * when the current value, the one compared with, or enough trend points
 * are missing, or cur is not below n. */
enum dot dot_direction(const struct mvalue *series, size_t n, size_t cur,
    enum dot_method method, enum polarity pol, struct mvalue threshold);
/* "Improving", "Worsening", "No clear change", "Not enough data". */
const char *dot_text(enum dot d);

/* A figure as the measures table prints it, thousands separated:
 *   UNIT_PERCENT "72.5%"   UNIT_DAYS "8.2 days"   UNIT_COUNT "1,234"
 *   UNIT_POUNDS "£1,200" or "£1,200.50" (pence only when not whole)
 *   UNIT_RATIO "0.45" (the quotient, two decimals)   UNIT_SCORE "7.1"
 * and "n/a" when missing. Caller frees. */
char *measure_format(struct mvalue v, enum unit u);
/* The same with exactly `decimals` decimals, as a chart labels its axis
 * ("60%", "8.5 days", "1 day", "£1,200", "£2.50": pounds have none or
 * two); decimals < 0 uses as few as show the figure to two decimals
 * (75 "75%", 8.25 "8.25 days"). "n/a" when missing. Caller frees. */
char *measure_format_places(struct mvalue v, enum unit u, int decimals);

/* KPIs counted by rating (indexed by enum rag) and how many are improving. */
struct rag_counts {
	unsigned by_rag[4];
	unsigned improving;
};
/* Counts one KPI. */
void rag_tally(struct rag_counts *c, enum rag r, enum dot d);
/* The commentary's sentence, e.g. "Of 16 KPIs, 9 are green, 4 amber and
 * 3 red; 7 are improving."; NULL when improving exceeds the number of
 * KPIs. Caller frees. */
char *measure_summary(const struct rag_counts *c);

/* A chart axis: ticks at min, min + step, ... max; step is 1, 2 or 5
 * times a power of ten. */
struct axis {
	double min;
	double max;
	double step;
	int    nticks;
	long   first;	/* min is first * step; for axis_tick */
	int    mant;	/* step is mant * 10^exp10 */
	int    exp10;
};
/* The axis covering the present values of vals (the series and any target
 * or floor lines) with 4 to 6 ticks and the finest such step; it may reach
 * a step beyond the data to have 4. from_zero makes it include 0, as a bar
 * chart must. Nothing present, or only zeros: 0 to 5 by 1. One value, or
 * all equal: the decade either side of it (72.5: 60 to 85 by 5). */
struct axis axis_ticks(const struct mvalue *vals, size_t n, int from_zero);
/* Tick i (0 to nticks - 1), computed so that decimal ticks come out as
 * the nearest double to the decimal (0.3, not 0.30000000000000004). */
double axis_tick(const struct axis *a, int i);
/* The decimals every tick label of a needs: 0 for a step of 1 or more,
 * 1 for 0.5, 2 for 0.02. */
int axis_decimals(const struct axis *a);

#endif
