/* End-to-end test of typesetting under stress (tests/data/stress.sql): a
 * 300-row action plan with cells of about 2,000 characters, a 60-character
 * word with no break opportunity, accented names and characters the font
 * lacks. Checked with the layout check of layoutcheck.c (pdftotext -bbox)
 * and the header rows found by position. */
#include <criterion/criterion.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *pdf;
static struct run rendered;

static void
setup(void)
{
	struct run r;

	fixture_setup();
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' < tests/data/stress.sql", e2e.db), 0, "%s", r.err);
	run_free(&r);
	pdf = fixture_path("stress.pdf", 0);
	run_docket(&rendered, "render", "--db", e2e.db, "--paper", "100", "-o", pdf, NULL);
	cr_assert_eq(rendered.status, 0, "%s", rendered.err);
}

static void
teardown(void)
{
	run_free(&rendered);
	fixture_teardown();
}

TestSuite(stress, .init = setup, .fini = teardown, .timeout = 60);

Test(stress, layoutcheck_finds_nothing_wrong)
{
	char why[400];

	cr_assert_eq(layout_check_pdf(pdf, why, sizeof why), 0, "layoutcheck: %s", why);
	cr_assert(find(why, "layout ok: ") == 0, "%s", why);
}

Test(stress, every_continued_page_starts_with_the_header_row)
{
	static const char *const head[] = {
		"Ref", "Action", "Accountable", "Start", "End", "Status", "Progress",
	};
	char why[200] = "";
	int n = header_repeats(pdf, "Appendix 1:", head, 7, why, sizeof why);

	cr_assert_geq(n, 0, "%s", why);
	cr_assert_gt(n, 30, "the plan runs over many pages (%d)", n);
}

Test(stress, every_row_of_the_plan_is_printed_once)
{
	int pages = pdf_pages(pdf), p;
	static char seen[11][30];
	regex_t ref;
	int rows = 0;

	cr_assert_eq(regcomp(&ref, "^([0-9]+)(\\.([0-9]+))?$", REG_EXTENDED), 0);
	for (p = 2; p <= pages; p++) {
		size_t n, i;
		struct word *w = pdf_words(pdf, p, &n);

		for (i = 0; i < n; i++) {
			regmatch_t m[4];
			int a, b;

			/* the Ref column is the leftmost */
			if (w[i].x0 > 70 || regexec(&ref, w[i].text, 4, m, 0) != 0)
				continue;
			a = atoi(w[i].text);
			b = m[3].rm_so >= 0 ? atoi(w[i].text + m[3].rm_so) : 0;
			if (a < 1 || a > 10 || b > 29)
				continue;
			cr_assert_eq(seen[a][b], 0, "row %s printed twice", w[i].text);
			seen[a][b] = 1;
			rows++;
		}
		free(w);
	}
	regfree(&ref);
	cr_assert_eq(rows, 300, "rows printed: %d", rows);
}

Test(stress, characters_the_font_lacks_are_reported_once_each)
{
	static const char *const cps[] = { "U+2713", "U+1F642", "U+4E2D", "U+6587" };
	size_t i;

	for (i = 0; i < 4; i++) {
		char needle[64];
		long at;

		snprintf(needle, sizeof needle, "replacement mark: %s ", cps[i]);
		at = find(rendered.err, needle);
		cr_assert_geq(at, 0, "%s not reported: %s", cps[i], rendered.err);
		cr_assert_lt(find(rendered.err + at + 1, needle), 0, "%s reported twice", cps[i]);
	}
	cr_assert_geq(find(rendered.err, "fragments/action-plan-table.xml:14:"), 0,
	    "says the template line (the action-plan table's fragment): %s", rendered.err);
	cr_assert_geq(find(rendered.err, "actions row 10113: warning"), 0, "and the data row: %s",
	    rendered.err);
}

Test(stress, accented_names_and_the_long_word_survive)
{
	char *text = pdf_text(pdf);
	struct run raw;

	/* In the narrow officer column the name breaks at its own hyphen,
	 * which pdftotext's reading order would join away: read it raw. */
	cr_assert_eq(run_sh(&raw, "pdftotext -raw '%s' -", pdf), 0);
	cr_assert_geq(find(raw.out, "Brontë-"), 0);
	cr_assert_geq(find(raw.out, "Ångström"), 0);
	run_free(&raw);
	cr_assert_geq(find(text, "Zoë"), 0);
	cr_assert_geq(find(text, "Siân"), 0);
	cr_assert_geq(find(text, "Llŷr"), 0);
	cr_assert_geq(find(text, "KCC2025HR"), 0, "the 60-character word is printed");
	free(text);
}

Test(stress, two_renders_are_byte_identical)
{
	char *again = xasprintf("%s/again.pdf", e2e.dir);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "100", "-o", again, NULL),
	    0);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", pdf, again), 0, "%s", r.out);
	run_free(&r);
	free(again);
}
