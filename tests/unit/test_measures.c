/* Unit tests of measures.c: the words and figures a reader of the paper
 * sees for each KPI rule: rating, direction of travel, number formats, the
 * summary sentence, and chart axes. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdlib.h>

#include "measures.h"

/* Brace forms of MV and MV_NA, for static tables. */
#define V(x) { (x), 1 }
#define NA   { 0.0, 0 }

/* ---- RAG rating ------------------------------------------------------ */

/* Criterion copies parameters to its workers, so they hold text, not
 * pointers. */
struct rate_case {
	char           what[64];
	enum polarity  pol;
	struct mvalue  value, floor_std, target, tol;
	char           expect[16];
};

ParameterizedTestParameters(measures, rag_rating)
{
	/* Higher is better: % engaged, floor 60, target 70.
	 * Lower is better: sickness days, floor 9.5, target 8.0. */
	static struct rate_case cases[] = {
		{ "higher: above target", POL_HIGHER, V(72.5), V(60), V(70), NA, "Green" },
		{ "higher: exactly at target", POL_HIGHER, V(70), V(60), V(70), NA, "Green" },
		{ "higher: a hair short of target", POL_HIGHER, V(69.9), V(60), V(70), NA, "Amber" },
		{ "higher: between floor and target", POL_HIGHER, V(65), V(60), V(70), NA, "Amber" },
		{ "higher: exactly at floor", POL_HIGHER, V(60), V(60), V(70), NA, "Amber" },
		{ "higher: below floor", POL_HIGHER, V(59.9), V(60), V(70), NA, "Red" },
		{ "higher: no target", POL_HIGHER, V(72.5), V(60), NA, NA, "Not rated" },
		{ "higher: missing value", POL_HIGHER, NA, V(60), V(70), NA, "Not rated" },
		{ "higher: not a number", POL_HIGHER, V(NAN), V(60), V(70), NA, "Not rated" },
		{ "higher: no floor, target missed", POL_HIGHER, V(50), NA, V(70), NA, "Amber" },
		{ "higher: no floor, target met", POL_HIGHER, V(70), NA, V(70), NA, "Green" },
		/* 10% of 70 is 7: green down to 63. */
		{ "higher: within tolerance", POL_HIGHER, V(64), V(60), V(70), V(10), "Green" },
		{ "higher: exactly at tolerance edge", POL_HIGHER, V(63), V(60), V(70), V(10), "Green" },
		{ "higher: outside tolerance", POL_HIGHER, V(62.9), V(60), V(70), V(10), "Amber" },
		{ "higher: tolerance never lifts below floor", POL_HIGHER, V(64), V(65), V(70), V(10), "Red" },
		{ "higher: zero tolerance is none", POL_HIGHER, V(69.9), V(60), V(70), V(0), "Amber" },
		{ "higher: negative target, tolerance of its size", POL_HIGHER, V(-10.5), V(-20), V(-10), V(10), "Green" },

		{ "lower: below target (better)", POL_LOWER, V(7.6), V(9.5), V(8.0), NA, "Green" },
		{ "lower: exactly at target", POL_LOWER, V(8.0), V(9.5), V(8.0), NA, "Green" },
		{ "lower: between target and floor", POL_LOWER, V(9.3), V(9.5), V(8.0), NA, "Amber" },
		{ "lower: exactly at floor", POL_LOWER, V(9.5), V(9.5), V(8.0), NA, "Amber" },
		{ "lower: above floor (worse)", POL_LOWER, V(9.6), V(9.5), V(8.0), NA, "Red" },
		{ "lower: no target", POL_LOWER, V(9.3), V(9.5), NA, NA, "Not rated" },
		{ "lower: missing value", POL_LOWER, NA, V(9.5), V(8.0), NA, "Not rated" },
		{ "lower: no floor, target missed", POL_LOWER, V(12), NA, V(8.0), NA, "Amber" },
		/* 1% of 8.0 is 0.08: green up to 8.08. */
		{ "lower: within tolerance", POL_LOWER, V(8.05), V(9.5), V(8.0), V(1), "Green" },
		{ "lower: exactly at tolerance edge", POL_LOWER, V(8.08), V(9.5), V(8.0), V(1), "Green" },
		{ "lower: outside tolerance", POL_LOWER, V(8.1), V(9.5), V(8.0), V(1), "Amber" },
		{ "lower: tolerance never lifts above floor", POL_LOWER, V(8.5), V(8.4), V(8.0), V(10), "Red" },
		{ "lower: target of zero, tolerance adds nothing", POL_LOWER, V(0.1), V(2), V(0), V(10), "Amber" },
	};

	return cr_make_param_array(struct rate_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct rate_case *c, measures, rag_rating)
{
	enum rag r = rag_rate(c->value, c->floor_std, c->target, c->pol, c->tol);

	cr_assert_str_eq(rag_text(r), c->expect, "%s", c->what);
}

/* ---- Direction of travel --------------------------------------------- */

struct dot_case {
	char             what[64];
	enum dot_method  method;
	enum polarity    pol;
	struct mvalue    s[16];	/* quarterly, oldest first */
	size_t           n, cur;
	struct mvalue    threshold;
	char             expect[24];
};

ParameterizedTestParameters(measures, direction_of_travel)
{
	static struct dot_case cases[] = {
		{ "previous: % up, higher is better", DOT_PREVIOUS, POL_HIGHER,
		  { V(61.1), V(62.3) }, 2, 1, NA, "Improving" },
		{ "previous: % down, higher is better", DOT_PREVIOUS, POL_HIGHER,
		  { V(65.3), V(64.2) }, 2, 1, NA, "Worsening" },
		{ "previous: sickness down, lower is better", DOT_PREVIOUS, POL_LOWER,
		  { V(9.3), V(9.0) }, 2, 1, NA, "Improving" },
		{ "previous: sickness up, lower is better", DOT_PREVIOUS, POL_LOWER,
		  { V(9.0), V(9.3) }, 2, 1, NA, "Worsening" },
		{ "previous: equal values", DOT_PREVIOUS, POL_HIGHER,
		  { V(21.5), V(21.5) }, 2, 1, NA, "No clear change" },
		{ "previous: only the quarter before counts", DOT_PREVIOUS, POL_HIGHER,
		  { V(50), V(70), V(60) }, 3, 2, NA, "Worsening" },
		{ "previous: quarter before missing", DOT_PREVIOUS, POL_HIGHER,
		  { V(59.0), NA, V(60.4) }, 3, 2, NA, "Not enough data" },
		{ "previous: current quarter missing", DOT_PREVIOUS, POL_HIGHER,
		  { V(80.3), NA }, 2, 1, NA, "Not enough data" },
		{ "previous: first quarter of the series", DOT_PREVIOUS, POL_HIGHER,
		  { V(80.3), V(81) }, 2, 0, NA, "Not enough data" },
		{ "previous: later quarters are ignored", DOT_PREVIOUS, POL_HIGHER,
		  { V(60), V(61), V(10) }, 3, 1, NA, "Improving" },
		{ "previous: current index past the series", DOT_PREVIOUS, POL_HIGHER,
		  { V(60), V(61) }, 2, 2, NA, "Not enough data" },

		/* Sickness 9.1 a year ago, 9.8 last quarter, 9.3 now: better
		 * than last quarter but worse than a year ago. */
		{ "year ago: worse than a year ago", DOT_YEAR_AGO, POL_LOWER,
		  { V(9.1), V(9.6), V(9.4), V(9.8), V(9.3) }, 5, 4, NA, "Worsening" },
		{ "year ago: better than a year ago", DOT_YEAR_AGO, POL_HIGHER,
		  { V(2.5), V(2.6), V(2.8), V(2.9), V(3.1) }, 5, 4, NA, "Improving" },
		{ "year ago: equal to a year ago", DOT_YEAR_AGO, POL_HIGHER,
		  { V(23.8), V(20), V(30), V(25), V(23.8) }, 5, 4, NA, "No clear change" },
		{ "year ago: same quarter last year missing", DOT_YEAR_AGO, POL_HIGHER,
		  { NA, V(2.6), V(2.8), V(2.9), V(3.1) }, 5, 4, NA, "Not enough data" },
		{ "year ago: less than a year of data", DOT_YEAR_AGO, POL_HIGHER,
		  { V(2.6), V(2.8), V(2.9), V(3.1) }, 4, 3, NA, "Not enough data" },

		{ "trend: rising, higher is better", DOT_TREND, POL_HIGHER,
		  { V(66.3), V(67.0), V(67.8), V(68.2), V(69.5), V(70.4) }, 6, 5, NA, "Improving" },
		{ "trend: rising, lower is better", DOT_TREND, POL_LOWER,
		  { V(8.0), V(8.4), V(8.9), V(9.3) }, 4, 3, NA, "Worsening" },
		{ "trend: falling, lower is better", DOT_TREND, POL_LOWER,
		  { V(52.4), V(50.1), V(49.5), V(47.8), V(46.2), V(44.6) }, 6, 5, NA, "Improving" },
		{ "trend: falling, higher is better", DOT_TREND, POL_HIGHER,
		  { V(54.0), V(52.6), V(51.2), V(49.8), V(48.5), V(47.9) }, 6, 5, NA, "Worsening" },
		/* Up over the series though the last quarter dipped (80.3 to
		 * 80.1): Kent judges the trend, not the last move. */
		{ "trend: last quarter's dip does not decide", DOT_TREND, POL_HIGHER,
		  { V(78.0), V(78.4), V(79.1), V(79.5), V(80.3), V(80.1) }, 6, 5, NA, "Improving" },
		/* 1.6 1.7 1.7 1.8 1.7 1.6: slope +0.003 a quarter, under the
		 * default 0.25% of the mean 1.68 (0.004). */
		{ "trend: flat under the default threshold", DOT_TREND, POL_HIGHER,
		  { V(1.6), V(1.7), V(1.7), V(1.8), V(1.7), V(1.6) }, 6, 5, NA, "No clear change" },
		{ "trend: the same series, threshold 0.001", DOT_TREND, POL_HIGHER,
		  { V(1.6), V(1.7), V(1.7), V(1.8), V(1.7), V(1.6) }, 6, 5, V(0.001), "Improving" },
		/* 70 71 72: slope 1 a quarter. */
		{ "trend: slope under a given threshold", DOT_TREND, POL_HIGHER,
		  { V(70), V(71), V(72) }, 3, 2, V(1.5), "No clear change" },
		{ "trend: slope over a given threshold", DOT_TREND, POL_HIGHER,
		  { V(70), V(71), V(72) }, 3, 2, V(0.5), "Improving" },
		{ "trend: all equal, even with threshold 0", DOT_TREND, POL_HIGHER,
		  { V(0.1), V(0.1), V(0.1), V(0.1) }, 4, 3, V(0), "No clear change" },
		{ "trend: all zero", DOT_TREND, POL_LOWER,
		  { V(0), V(0), V(0) }, 3, 2, NA, "No clear change" },
		/* 58.2 59.0 n/a 60.4 61.1 62.3: the gap keeps its place. */
		{ "trend: a missing quarter is skipped", DOT_TREND, POL_HIGHER,
		  { V(58.2), V(59.0), NA, V(60.4), V(61.1), V(62.3) }, 6, 5, NA, "Improving" },
		{ "trend: two points are not a trend", DOT_TREND, POL_HIGHER,
		  { NA, V(60), NA, V(70) }, 4, 3, NA, "Not enough data" },
		{ "trend: current quarter missing", DOT_TREND, POL_HIGHER,
		  { V(60), V(61), V(62), NA }, 4, 3, NA, "Not enough data" },
		{ "trend: quarters after the current one are ignored", DOT_TREND, POL_HIGHER,
		  { V(60), V(61), V(62), V(10), V(5) }, 5, 2, NA, "Improving" },
		/* A fall in the first four quarters, then twelve flat ones:
		 * only the last twelve are the trend. */
		{ "trend: looks back twelve quarters only", DOT_TREND, POL_HIGHER,
		  { V(90), V(85), V(80), V(75), V(50), V(50), V(50), V(50), V(50), V(50),
		    V(50), V(50), V(50), V(50), V(50), V(50) }, 16, 15, NA, "No clear change" },
	};

	return cr_make_param_array(struct dot_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct dot_case *c, measures, direction_of_travel)
{
	enum dot d = dot_direction(c->s, c->n, c->cur, c->method, c->pol, c->threshold);

	cr_assert_str_eq(dot_text(d), c->expect, "%s", c->what);
}

Test(measures, direction_without_a_series_is_not_enough_data)
{
	cr_assert_str_eq(dot_text(dot_direction(NULL, 0, 0, DOT_TREND, POL_HIGHER, MV_NA)),
	    "Not enough data");
}

Test(measures, schema_words_map_to_the_rules)
{
	enum polarity pol = POL_HIGHER;
	enum dot_method m = DOT_TREND;
	enum unit u = UNIT_PERCENT;

	cr_assert_eq(polarity_parse("lower", &pol), 0);
	cr_assert_eq(pol, POL_LOWER);
	cr_assert_eq(dot_method_parse("year_ago", &m), 0);
	cr_assert_eq(m, DOT_YEAR_AGO);
	cr_assert_eq(unit_parse("£", &u), 0);
	cr_assert_eq(u, UNIT_POUNDS);
	cr_assert_eq(unit_parse("days", &u), 0);
	cr_assert_eq(u, UNIT_DAYS);
	cr_assert_eq(polarity_parse("Higher", &pol), -1);
	cr_assert_eq(dot_method_parse(NULL, &m), -1);
	cr_assert_eq(unit_parse("pct", &u), -1);
	cr_assert_eq(u, UNIT_DAYS, "a failed parse leaves the value alone");
}

/* ---- Figures --------------------------------------------------------- */

struct fmt_case {
	enum unit      unit;
	struct mvalue  v;
	char           expect[24];
};

ParameterizedTestParameters(measures, figures)
{
	static struct fmt_case cases[] = {
		{ UNIT_PERCENT, V(72.5), "72.5%" },
		{ UNIT_PERCENT, V(70), "70.0%" },
		{ UNIT_PERCENT, V(74.94), "74.9%" },
		{ UNIT_PERCENT, V(100), "100.0%" },
		{ UNIT_PERCENT, V(-2.5), "-2.5%" },
		{ UNIT_PERCENT, V(-0.04), "0.0%" },
		{ UNIT_PERCENT, NA, "n/a" },
		{ UNIT_DAYS, V(8.2), "8.2 days" },
		{ UNIT_DAYS, V(45), "45.0 days" },
		{ UNIT_DAYS, NA, "n/a" },
		{ UNIT_COUNT, V(0), "0" },
		{ UNIT_COUNT, V(999), "999" },
		{ UNIT_COUNT, V(1234), "1,234" },
		{ UNIT_COUNT, V(221000), "221,000" },
		{ UNIT_COUNT, V(1234567), "1,234,567" },
		{ UNIT_COUNT, V(12.6), "13" },
		{ UNIT_COUNT, V(-1500), "-1,500" },
		{ UNIT_COUNT, NA, "n/a" },
		{ UNIT_POUNDS, V(1200), "£1,200" },
		{ UNIT_POUNDS, V(1200.5), "£1,200.50" },
		{ UNIT_POUNDS, V(0.99), "£0.99" },
		{ UNIT_POUNDS, V(1234567.891), "£1,234,567.89" },
		{ UNIT_POUNDS, V(1199.999), "£1,200" },
		{ UNIT_POUNDS, V(1400000), "£1,400,000" },
		{ UNIT_POUNDS, V(-1200), "-£1,200" },
		{ UNIT_POUNDS, NA, "n/a" },
		{ UNIT_RATIO, V(0.45), "0.45" },
		{ UNIT_RATIO, V(1.6), "1.60" },
		{ UNIT_RATIO, NA, "n/a" },
		{ UNIT_SCORE, V(7.1), "7.1" },
		{ UNIT_SCORE, V(7), "7.0" },
		{ UNIT_SCORE, V(INFINITY), "n/a" },
	};

	return cr_make_param_array(struct fmt_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct fmt_case *c, measures, figures)
{
	char *s = measure_format(c->v, c->unit);

	cr_assert_str_eq(s, c->expect);
	free(s);
}

/* Axis ticks and reference lines: the decimals asked for, no more. */
struct places_case {
	enum unit     unit;
	struct mvalue v;
	int           decimals;
	char          expect[24];
};

ParameterizedTestParameters(measures, figures_to_places)
{
	static struct places_case cases[] = {
		{ UNIT_PERCENT, V(60), 0, "60%" },
		{ UNIT_PERCENT, V(72.5), 1, "72.5%" },
		{ UNIT_PERCENT, V(75), -1, "75%" },
		{ UNIT_PERCENT, V(72.25), -1, "72.25%" },
		{ UNIT_PERCENT, V(-2), 0, "-2%" },
		{ UNIT_DAYS, V(8), 0, "8 days" },
		{ UNIT_DAYS, V(8.5), 1, "8.5 days" },
		{ UNIT_DAYS, V(9), 1, "9.0 days" },
		{ UNIT_DAYS, V(1), 0, "1 day" },
		{ UNIT_DAYS, V(0), 0, "0 days" },
		{ UNIT_POUNDS, V(1200), 0, "£1,200" },
		{ UNIT_POUNDS, V(1000000), 0, "£1,000,000" },
		{ UNIT_POUNDS, V(2.5), 1, "£2.50" },
		{ UNIT_POUNDS, V(1), 1, "£1.00" },
		{ UNIT_COUNT, V(1234), 0, "1,234" },
		{ UNIT_RATIO, V(0.4), 2, "0.40" },
		{ UNIT_SCORE, V(7), -1, "7" },
		{ UNIT_PERCENT, NA, 0, "n/a" },
	};

	return cr_make_param_array(struct places_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct places_case *c, measures, figures_to_places)
{
	char *s = measure_format_places(c->v, c->unit, c->decimals);

	cr_assert_str_eq(s, c->expect);
	free(s);
}

/* ---- The summary sentence -------------------------------------------- */

struct sum_case {
	unsigned green, amber, red, not_rated, improving;
	char     expect[100];
};

ParameterizedTestParameters(measures, summary_sentence)
{
	static struct sum_case cases[] = {
		{ 9, 4, 3, 0, 7, "Of 16 KPIs, 9 are green, 4 amber and 3 red; 7 are improving." },
		{ 7, 4, 3, 2, 10, "Of 16 KPIs, 7 are green, 4 amber, 3 red and 2 not rated; 10 are improving." },
		{ 1, 4, 3, 0, 1, "Of 8 KPIs, 1 is green, 4 amber and 3 red; 1 is improving." },
		{ 12, 4, 0, 0, 0, "Of 16 KPIs, 12 are green and 4 amber; none is improving." },
		{ 0, 1, 0, 1, 1, "Of 2 KPIs, 1 is amber and 1 not rated; 1 is improving." },
		{ 0, 0, 3, 2, 5, "Of 5 KPIs, 3 are red and 2 not rated; all are improving." },
		{ 14, 0, 0, 2, 3, "Of 16 KPIs, 14 are green and 2 not rated; 3 are improving." },
		{ 16, 0, 0, 0, 16, "All 16 KPIs are green; all are improving." },
		{ 0, 0, 4, 0, 2, "All 4 KPIs are red; 2 are improving." },
		{ 2, 0, 0, 0, 2, "Both KPIs are green; both are improving." },
		{ 1, 0, 1, 0, 0, "Of 2 KPIs, 1 is green and 1 red; neither is improving." },
		{ 0, 0, 0, 3, 1, "None of the 3 KPIs is rated; 1 is improving." },
		{ 0, 0, 0, 2, 0, "Neither KPI is rated; neither is improving." },
		{ 0, 0, 1, 0, 0, "The one KPI is red; it is not improving." },
		{ 0, 0, 0, 1, 1, "The one KPI is not rated; it is improving." },
		{ 0, 0, 0, 0, 0, "There are no KPIs to report." },
	};

	return cr_make_param_array(struct sum_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct sum_case *c, measures, summary_sentence)
{
	struct rag_counts k = { { 0 }, 0 };
	char *s;

	k.by_rag[RAG_GREEN] = c->green;
	k.by_rag[RAG_AMBER] = c->amber;
	k.by_rag[RAG_RED] = c->red;
	k.by_rag[RAG_NOT_RATED] = c->not_rated;
	k.improving = c->improving;
	s = measure_summary(&k);
	cr_assert_str_eq(s, c->expect);
	free(s);
}

Test(measures, summary_refuses_more_improving_than_kpis)
{
	struct rag_counts k = { { 0, 1, 1, 1 }, 4 };

	cr_assert_null(measure_summary(&k));
}

/* ---- The demo KPIs at 2024/25 Quarter 2 ------------------------------ */

/* From data/demo.sql: each KPI's rules and its values from 2023/24 Q1 to
 * 2024/25 Q2 (index 5 is the quarter reported). */
struct demo_kpi {
	const char      *code;
	enum polarity    pol;
	struct mvalue    floor_std, target, tol;
	enum dot_method  method;
	struct mvalue    s[6];
	const char      *rag, *dot;
};

Test(measures, demo_kpis_at_2024_25_quarter_2)
{
	static const struct demo_kpi kpis[] = {
		/* SR1 recommend KCC: 62.3%, floor 55, target 65 → amber.
		 * Trend 58.2 59.0 n/a 60.4 61.1 62.3: +0.78 a quarter, over
		 * 0.25% of the mean 60.2 (0.15) → improving. */
		{ "SR1", POL_HIGHER, V(55), V(65), NA, DOT_TREND,
		  { V(58.2), V(59.0), NA, V(60.4), V(61.1), V(62.3) }, "Amber", "Improving" },
		/* SR2 time to hire: 44.6 days, target 45 (lower is better),
		 * floor 60 → green (met without the 2% tolerance). Previous
		 * quarter 46.2, down → improving. */
		{ "SR2", POL_LOWER, V(60), V(45), V(2), DOT_PREVIOUS,
		  { V(52.4), V(50.1), V(49.5), V(47.8), V(46.2), V(44.6) }, "Green", "Improving" },
		/* SR3 apprenticeship levy: 1.6%, floor 1.8 → red. Trend 1.6 1.7
		 * 1.7 1.8 1.7 1.6: +0.003 a quarter, under 0.25% of 1.68
		 * (0.004) → no clear change. */
		{ "SR3", POL_HIGHER, V(1.8), V(2.3), NA, DOT_TREND,
		  { V(1.6), V(1.7), V(1.7), V(1.8), V(1.7), V(1.6) }, "Red", "No clear change" },
		/* SR4 representation: no floor, no target → not rated. Trend
		 * 8.1 to 8.7: +0.12 a quarter, over 0.02 → improving. */
		{ "SR4", POL_HIGHER, NA, NA, NA, DOT_TREND,
		  { V(8.1), V(8.2), V(8.2), V(8.4), V(8.5), V(8.7) }, "Not rated", "Improving" },
		/* OC1 training days: 3.1, target 3.0 → green. A year ago 2.5
		 * → improving. */
		{ "OC1", POL_HIGHER, V(2), V(3), NA, DOT_YEAR_AGO,
		  { V(2.4), V(2.5), V(2.6), V(2.8), V(2.9), V(3.1) }, "Green", "Improving" },
		/* OC2 learning access: 67.1%, floor 60, target 70 → amber.
		 * Trend +0.70 a quarter → improving. */
		{ "OC2", POL_HIGHER, V(60), V(70), NA, DOT_TREND,
		  { V(63.5), V(64.0), V(64.8), V(65.2), V(66.0), V(67.1) }, "Amber", "Improving" },
		/* OC3 manager rated positively: 83.1%, target 80 → green.
		 * Trend +0.34 a quarter, over 0.25% of 82.2 (0.21) → improving. */
		{ "OC3", POL_HIGHER, V(70), V(80), NA, DOT_TREND,
		  { V(81.2), V(81.9), V(82.4), V(82.0), V(82.8), V(83.1) }, "Green", "Improving" },
		/* OC4 staff skills: 64.2%, floor 65 → red. Previous 65.3,
		 * down → worsening. */
		{ "OC4", POL_HIGHER, V(65), V(75), NA, DOT_PREVIOUS,
		  { V(68.0), V(67.4), V(66.9), V(66.1), V(65.3), V(64.2) }, "Red", "Worsening" },
		/* EJ1 engagement: 74.9%, target 75, no tolerance → amber,
		 * "just short". Trend +0.54 a quarter → improving. */
		{ "EJ1", POL_HIGHER, V(65), V(75), NA, DOT_TREND,
		  { V(72.1), V(72.8), V(73.0), V(73.6), V(74.2), V(74.9) }, "Amber", "Improving" },
		/* EJ2 employee package: 47.9%, floor 50 → red. Trend -1.26 a
		 * quarter → worsening. */
		{ "EJ2", POL_HIGHER, V(50), V(60), NA, DOT_TREND,
		  { V(54.0), V(52.6), V(51.2), V(49.8), V(48.5), V(47.9) }, "Red", "Worsening" },
		/* EJ3 Higher TCP ratings: no target → not rated. A year ago
		 * 23.8, now 21.5, higher is better → worsening. */
		{ "EJ3", POL_HIGHER, NA, NA, NA, DOT_YEAR_AGO,
		  { V(23.8), V(23.8), V(23.8), V(23.8), V(21.5), V(21.5) }, "Not rated", "Worsening" },
		/* EJ4 internal promotions: 35.4%, target 35 → green. Previous
		 * 36.2, down → worsening. */
		{ "EJ4", POL_HIGHER, V(25), V(35), NA, DOT_PREVIOUS,
		  { V(31.2), V(33.5), V(29.8), V(34.1), V(36.2), V(35.4) }, "Green", "Worsening" },
		/* CR1 KCC cares about wellbeing: 70.4%, target 70 → green.
		 * Trend +0.81 a quarter → improving. */
		{ "CR1", POL_HIGHER, V(60), V(70), NA, DOT_TREND,
		  { V(66.3), V(67.0), V(67.8), V(68.2), V(69.5), V(70.4) }, "Green", "Improving" },
		/* CR2 sickness: 9.3 days, target 8.0 (lower is better), 1%
		 * tolerance reaches 8.08 only, floor 9.5 met → amber. A year
		 * ago 9.1, up → worsening. */
		{ "CR2", POL_LOWER, V(9.5), V(8.0), V(1), DOT_YEAR_AGO,
		  { V(8.9), V(9.1), V(9.6), V(9.4), V(9.0), V(9.3) }, "Amber", "Worsening" },
		/* CR3 work-life balance: 77.0%, target 75 → green. Trend
		 * +0.39 a quarter, over 0.19 → improving. */
		{ "CR3", POL_HIGHER, V(65), V(75), NA, DOT_TREND,
		  { V(74.8), V(75.6), V(76.1), V(75.9), V(76.5), V(77.0) }, "Green", "Improving" },
		/* CR4 manager supports wellbeing: 80.1%, target 80 → green.
		 * Trend +0.47 a quarter despite the last dip → improving. */
		{ "CR4", POL_HIGHER, V(70), V(80), NA, DOT_TREND,
		  { V(78.0), V(78.4), V(79.1), V(79.5), V(80.3), V(80.1) }, "Green", "Improving" },
	};
	struct rag_counts counts = { { 0 }, 0 };
	const struct demo_kpi *k;
	enum rag r;
	enum dot d;
	char *s;
	size_t i;

	for (i = 0; i < sizeof kpis / sizeof kpis[0]; i++) {
		k = &kpis[i];
		r = rag_rate(k->s[5], k->floor_std, k->target, k->pol, k->tol);
		d = dot_direction(k->s, 6, 5, k->method, k->pol, MV_NA);
		cr_expect_str_eq(rag_text(r), k->rag, "%s", k->code);
		cr_expect_str_eq(dot_text(d), k->dot, "%s", k->code);
		rag_tally(&counts, r, d);
	}
	/* Paper 4: "seven KPIs met or exceeded their target, four were
	 * between floor and target, and three were below floor". */
	s = measure_summary(&counts);
	cr_assert_str_eq(s, "Of 16 KPIs, 7 are green, 4 amber, 3 red and 2 not rated; "
	    "10 are improving.");
	free(s);
}

/* ---- Chart axes ------------------------------------------------------ */

struct axis_case {
	char           what[48];
	struct mvalue  v[8];
	size_t         n;
	int            from_zero;
	double         min, max, step;
	int            nticks;
};

ParameterizedTestParameters(measures, chart_axis)
{
	static struct axis_case cases[] = {
		{ "nothing to show", { NA }, 1, 0, 0, 5, 1, 6 },
		{ "no values at all", { NA }, 0, 0, 0, 5, 1, 6 },
		{ "only zeros", { V(0), V(0) }, 2, 0, 0, 5, 1, 6 },
		{ "one value: the decade around it", { V(72.5) }, 1, 0, 60, 85, 5, 6 },
		{ "all equal sickness days", { V(9.3), V(9.3), V(9.3) }, 3, 0, 8, 10.5, 0.5, 6 },
		{ "one negative value", { V(-3) }, 1, 0, -4, -2, 0.5, 5 },
		{ "across zero", { V(-3), V(5) }, 2, 0, -4, 6, 2, 6 },
		{ "all negative", { V(-12), V(-3) }, 2, 0, -12, -2, 2, 6 },
		{ "a ratio in hundredths", { V(0.38), V(0.42), V(0.46) }, 3, 0, 0.38, 0.46, 0.02, 5 },
		{ "website hits", { V(186416), V(210291), V(221000) }, 3, 0, 180000, 230000, 10000, 6 },
		{ "percent bars from zero", { V(72.5) }, 1, 1, 0, 80, 20, 5 },
		/* Series 8.9 to 9.6 with target 8.0 and floor 9.5 lines. */
		{ "sickness with target and floor", { V(8.9), V(9.6), V(9.3), V(8.0), V(9.5) }, 5, 0,
		  8, 10, 0.5, 5 },
		{ "missing values are skipped", { NA, V(20), NA, V(40) }, 4, 0, 20, 40, 5, 5 },
		/* SR1 58.2 to 62.3 with floor 55 and target 65: 54 to 66 by 2
		 * would have 7 ticks and leave both lines off the grid. */
		{ "floor and target on gridlines", { V(58.2), V(62.3), V(55), V(65) }, 4, 0,
		  50, 65, 5, 4 },
	};

	return cr_make_param_array(struct axis_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(struct axis_case *c, measures, chart_axis)
{
	struct axis a = axis_ticks(c->v, c->n, c->from_zero);

	cr_assert_eq(a.min, c->min, "%s: min %g", c->what, a.min);
	cr_assert_eq(a.max, c->max, "%s: max %g", c->what, a.max);
	cr_assert_eq(a.step, c->step, "%s: step %g", c->what, a.step);
	cr_assert_eq(a.nticks, c->nticks, "%s: %d ticks", c->what, a.nticks);
}

Test(measures, axis_ticks_are_the_decimals_a_reader_expects)
{
	static const double want[] = { 0.3, 0.4, 0.5, 0.6, 0.7 };
	struct mvalue v[] = { MV(0.3), MV(0.7) };
	struct axis a = axis_ticks(v, 2, 0);
	int i;

	cr_assert_eq(a.nticks, 5);
	/* 3 * 0.1 would be 0.30000000000000004, and a label or a
	 * gridline test would show it. */
	for (i = 0; i < a.nticks; i++)
		cr_assert_eq(axis_tick(&a, i), want[i], "tick %d is %.17g", i, axis_tick(&a, i));
}

/* Over ranges of every size and sign: the axis covers the data, has 4 to
 * 6 ticks, does not dip below zero for data that does not, and steps by
 * 1, 2 or 5 times a power of ten. */
Test(measures, axis_covers_any_data_with_a_few_ticks)
{
	static const double base[] = { -250000, -7.3, -0.004, 0, 0.38, 1, 8.2, 55, 99.5, 186416 };
	static const double span[] = { 0.001, 0.07, 1, 3.3, 10, 47, 1000, 123456 };
	struct mvalue v[2];
	struct axis a;
	double step, m;
	size_t i, j;

	for (i = 0; i < sizeof base / sizeof base[0]; i++) {
		for (j = 0; j < sizeof span / sizeof span[0]; j++) {
			v[0] = MV(base[i]);
			v[1] = MV(base[i] + span[j]);
			a = axis_ticks(v, 2, 0);
			cr_assert(a.min <= v[0].v && a.max >= v[1].v,
			    "%g..%g: axis %g..%g", v[0].v, v[1].v, a.min, a.max);
			cr_assert(a.nticks >= 4 && a.nticks <= 6,
			    "%g..%g: %d ticks", v[0].v, v[1].v, a.nticks);
			cr_assert(v[0].v < 0 || a.min >= 0,
			    "%g..%g: axis from %g", v[0].v, v[1].v, a.min);
			step = a.step;
			m = step / pow(10, floor(log10(step)));
			cr_assert(fabs(m - 1) < 1e-9 || fabs(m - 2) < 1e-9 || fabs(m - 5) < 1e-9,
			    "%g..%g: step %g", v[0].v, v[1].v, step);
			cr_assert(fabs(axis_tick(&a, a.nticks - 1) - a.max) <= 1e-9 * fabs(a.max));
			cr_assert(fabs((a.max - a.min) - step * (a.nticks - 1)) <= 1e-6 * step);
		}
	}
}

/* The labels of an axis share their decimals: 8.0, 8.5, 9.0 days; 60%,
 * 65%, 70%. */
Test(measures, axis_labels_share_their_decimals)
{
	struct mvalue half[] = { MV(8.2), MV(9.6) }, five[] = { MV(58.2), MV(69) };
	struct axis a = axis_ticks(half, 2, 0), b = axis_ticks(five, 2, 0);
	char *s;

	cr_assert_eq(a.step, 0.5);
	cr_assert_eq(axis_decimals(&a), 1);
	s = measure_format_places(MV(axis_tick(&a, 0)), UNIT_DAYS, axis_decimals(&a));
	cr_assert_str_eq(s, "8.0 days");
	free(s);
	cr_assert_eq(b.step, 5);
	cr_assert_eq(axis_decimals(&b), 0);
	s = measure_format_places(MV(axis_tick(&b, 1)), UNIT_PERCENT, axis_decimals(&b));
	cr_assert_str_eq(s, "60%");
	free(s);
}
