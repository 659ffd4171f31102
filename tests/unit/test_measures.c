/* Unit tests of measures.c: the words a reader of the paper sees for each
 * KPI rule: rating and direction of travel. */
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
