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

/* Hand calculations at 2024/25 Q2 (Cambridgeshire's KPIs, values from
 * data/demo.sql):
 * AR1 voluntary turnover, lower is better: 13.2% between target 12.0% and
 *     floor 14.0%: Amber. Trend 15.1 ... 13.2, falling: Improving.
 * AR2 time to hire, lower: 44.0 days meets target 45.0: Green. Previous
 *     quarter 46.0: down, and down is better: Improving.
 * RR2 would recommend, higher: 47.2% < floor 50.0%: Red. Falling: Worsening.
 * LD1 apprenticeship starts, higher: 1.4% < floor 1.5%: Red. Worsening.
 * LD2 annual conversations, higher: 89.0% between 80.0% and 95.0%: Amber.
 *     Previous 86.0%: up: Improving.
 * WS1 sickness days, lower: 9.2 between target 8.5 and floor 10.0: Amber.
 *     Same quarter last year 9.6: down: Improving.
 * WS2 higher: 75.4% >= target 75.0%: Green.
 * RR1 59.6% and IE1 69.0%: between floor and target: Amber.
 * IE2 has no target: Not rated; rising: Improving. */
static const struct expect expected[] = {
	{ "AR1", "14.0% 12.0% 13.6% 13.2%", "Amber", "Improving" },
	{ "AR2", "55.0 days 45.0 days 46.0 days 44.0 days", "Green", "Improving" },
	{ "RR2", "50.0% 60.0% 47.7% 47.2%", "Red", "Worsening" },
	{ "LD1", "1.5% 2.3% 1.5% 1.4%", "Red", "Worsening" },
	{ "LD2", "80.0% 95.0% 86.0% 89.0%", "Amber", "Improving" },
	{ "WS1", "10.0 days 8.5 days 9.4 days 9.2 days", "Amber", "Improving" },
	{ "WS2", "65.0% 75.0% 74.6% 75.4%", "Green", NULL },
	{ "RR1", "55.0% 65.0% 59.0% 59.6%", "Amber", NULL },
	{ "IE1", "60.0% 75.0% 66.0% 69.0%", "Amber", NULL },
	{ "IE2", "n/a n/a 10.4% 10.6%", "Not", "Improving" },
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

	/* Counted by the rules: 2 green, 5 amber, 2 red, 1 not rated, as the
	 * officers' narrative of paper 4 in data/demo.sql also says. */
	cr_assert_geq(find(text, "Of 10 KPIs, 2 are green, 5 amber, 2 red and 1 not"), 0, "%s", text);
	cr_assert_geq(find(text, "Attraction and retention"), 0);
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
	cr_assert_eq(count_in(r.out, "\n    chart bar ") + count_in(r.out, "\n      chart bar "), 5,
	    "%s", r.out);
	cr_assert_eq(count_in(r.out, " chart line "), 1);
	cr_assert_eq(count_in(r.out, " chart stacked "), 1);
	run_free(&r);
	cr_assert_geq(find(text, "AR1 Voluntary turnover, rolling 12 months: the last eight quarters"),
	    0, "%s", text);
	cr_assert_geq(find(text, "Sub-actions by status and priority"), 0);
	free(text);
}

Test(kpis, directions_are_drawn_arrows_as_well_as_words)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "--trace", NULL), 0);
	/* AR2 improving: a dark green triangle pointing up beside "Improving". */
	cr_assert_geq(find(r.out, "path closed fill 0.00,0.45,0.25"), 0, "an up arrow drawn");
	cr_assert_geq(find(r.out, "path closed fill 0.70,0.10,0.10"), 0, "a down arrow drawn");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "--dump-tree", NULL),
	    0);
	cr_assert_eq(count_in(r.out, "cell arrow=up\n            text \"Improving\""), 8, "%s",
	    "eight improving KPIs, each with its arrow and its word");
	run_free(&r);
}
