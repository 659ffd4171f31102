/* End-to-end test of the KPIs in the quarterly update (demo paper 4,
 * 2024/25 Q2): each rating and direction worked out by hand from
 * data/demo.sql and the rules of docs/measures.md, then found on the row
 * of the measure in the PDF (pdftotext -bbox). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *pdf;

static void
setup(void)
{
	struct run r;

	fixture_setup();
	pdf = fixture_path("q.pdf", 0);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
}

TestSuite(kpis, .init = setup, .fini = fixture_teardown);

static int
by_x(const void *a, const void *b)
{
	const struct word *u = a, *v = b;

	return (u->x0 > v->x0) - (u->x0 < v->x0);
}

/* The words on the first line of the table row whose first word is code
 * (the line that holds a rating, not a chart's title). */
static char *
row_of(const char *code)
{
	int pages = pdf_pages(pdf), p;
	char *found = NULL;

	for (p = 1; p <= pages && found == NULL; p++) {
		size_t n, i, k;
		struct word *w = pdf_words(pdf, p, &n);

		/* left to right, whatever order pdftotext found them in */
		qsort(w, n, sizeof *w, by_x);
		for (i = 0; i < n && found == NULL; i++) {
			struct buf b = {0};
			int reaches = 0;

			if (strcmp(w[i].text, code) != 0 || w[i].x0 > 70)
				continue;
			for (k = 0; k < n; k++)
				if (fabs(w[k].y0 - w[i].y0) < 1) {
					buf_addf(&b, "%s ", w[k].text);
					reaches |= strcmp(w[k].text, "Green") == 0 ||
					    strcmp(w[k].text, "Amber") == 0 || strcmp(w[k].text, "Red") == 0 ||
					    strcmp(w[k].text, "Not") == 0;
				}
			if (reaches)
				found = buf_take(&b);
			buf_free(&b);
		}
		free(w);
	}
	return found;
}

struct expect {
	const char *code;
	const char *figures;	/* floor, target, Q1, Q2 as printed, each with its unit */
	const char *rating;
	const char *direction;	/* NULL: not checked here */
};

/* Hand calculations at 2024/25 Q2 (values from data/demo.sql):
 * SR2 time to hire, lower is better: 44.6 days against target 45.0 (floor
 *     60.0) meets it: Green. Previous quarter 46.2, now 44.6: down, and
 *     down is better: Improving.
 * OC1 training days per FTE, higher: 3.1 >= target 3.0: Green. Same
 *     quarter last year 2.5: up: Improving.
 * OC4 managers saying staff have the skills, higher: 64.2% < floor 65.0%:
 *     Red. Previous quarter 65.3%: down: Worsening.
 * EJ4 higher: 35.4% >= target 35.0%: Green. Previous 36.2%: Worsening.
 * CR2 sickness days, lower, target 8.0 with 1% tolerance (green to 8.08),
 *     floor 9.5: 9.3 misses the target, meets the floor: Amber. Same
 *     quarter last year 9.1: up, and up is worse: Worsening.
 * SR1 higher: 62.3% between floor 55.0% and target 65.0%: Amber.
 * SR3 higher: 1.6% < floor 1.8%: Red.
 * EJ2 higher: 47.9% < floor 50.0%: Red.
 * OC3 higher: 83.1% >= target 80.0%: Green.
 * SR4 and EJ3 have no target: Not rated. EJ3 by year: 23.8% to 21.5%:
 *     Worsening. */
static const struct expect expected[] = {
	{ "SR2", "60.0 days 45.0 days 46.2 days 44.6 days", "Green", "Improving" },
	{ "OC1", "2.0 days 3.0 days 2.9 days 3.1 days", "Green", "Improving" },
	{ "OC4", "65.0% 75.0% 65.3% 64.2%", "Red", "Worsening" },
	{ "EJ4", "25.0% 35.0% 36.2% 35.4%", "Green", "Worsening" },
	{ "CR2", "9.5 days 8.0 days 9.0 days 9.3 days", "Amber", "Worsening" },
	{ "SR1", "55.0% 65.0% 61.1% 62.3%", "Amber", NULL },
	{ "SR3", "1.8% 2.3% 1.7% 1.6%", "Red", NULL },
	{ "EJ2", "50.0% 60.0% 48.5% 47.9%", "Red", NULL },
	{ "OC3", "70.0% 80.0% 82.8% 83.1%", "Green", NULL },
	{ "SR4", "n/a n/a 8.5% 8.7%", "Not", NULL },
	{ "EJ3", "n/a n/a 21.5% 21.5%", "Not", "Worsening" },
};

Test(kpis, ratings_and_directions_match_the_hand_calculations)
{
	size_t i;

	for (i = 0; i < sizeof expected / sizeof expected[0]; i++) {
		char *row = row_of(expected[i].code);

		cr_assert_not_null(row, "no row for %s", expected[i].code);
		cr_assert_geq(find(row, expected[i].figures), 0, "%s figures: %s", expected[i].code, row);
		cr_assert_geq(find(row, expected[i].rating), 0, "%s rating: %s", expected[i].code, row);
		if (expected[i].direction != NULL)
			cr_assert_geq(find(row, expected[i].direction), 0, "%s direction: %s",
			    expected[i].code, row);
		free(row);
	}
}

Test(kpis, the_commentary_counts_them)
{
	char *text = pdf_text(pdf);

	/* Counted by the rules: 7 green, 4 amber, 3 red, 2 not rated, as the
	 * officers' narrative of paper 4 in data/demo.sql also says. */
	cr_assert_geq(find(text, "Of 16 KPIs, 7 are green, 4 amber, 3 red and 2 not"), 0, "%s", text);
	cr_assert_geq(find(text, "Smart Resourcing"), 0);
	cr_assert_geq(find(text, "Rating: green, target met"), 0, "the key under each table");
	free(text);
}

Test(kpis, the_quarterly_update_draws_its_charts)
{
	struct run r;
	char *text = pdf_text(pdf);

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "--dump-tree", NULL),
	    0);
	/* One bar chart a theme, the sickness line chart, the stacked bar. */
	cr_assert_eq(count_in(r.out, "\n    chart bar ") + count_in(r.out, "\n      chart bar "), 4,
	    "%s", r.out);
	cr_assert_eq(count_in(r.out, " chart line "), 1);
	cr_assert_eq(count_in(r.out, " chart stacked "), 1);
	run_free(&r);
	cr_assert_geq(find(text, "SR1 % of employees who would recommend KCC as a great place to work: "
	    "the last eight quarters"), 0, "%s", text);
	cr_assert_geq(find(text, "Sub-actions by status and priority"), 0);
	free(text);
}

Test(kpis, directions_are_drawn_arrows_as_well_as_words)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "--trace", NULL), 0);
	/* SR2 improving: a dark green triangle pointing up beside "Improving". */
	cr_assert_geq(find(r.out, "path closed fill 0.00,0.45,0.25"), 0, "an up arrow drawn");
	cr_assert_geq(find(r.out, "path closed fill 0.70,0.10,0.10"), 0, "a down arrow drawn");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "--dump-tree", NULL),
	    0);
	cr_assert_eq(count_in(r.out, "cell arrow=up\n            text \"Improving\""), 10, "%s",
	    "ten improving KPIs, each with its arrow and its word");
	run_free(&r);
}
