/* End-to-end test of the README's "Start your own council": the commands
 * of docs/start/steps.sh, which the README shows line for line, run on the
 * files beside it (data/'s blank CSV files filled in and the narrative in
 * Markdown, no SQL), and the paper they
 * render read back with pdftotext. */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(start, .init = fixture_setup, .fini = fixture_teardown);

Test(start, the_readme_shows_the_steps_the_test_runs)
{
	static const char *const kinds[] = {
		"committees", "strategies", "themes", "plans", "priorities", "officers", "meetings",
		"measures", "values", "actions", "papers",
	};
	size_t len, i;
	char *steps = read_file("docs/start/steps.sh", &len), *readme = read_file("README.md", &len);
	char *line, *save;
	struct run r;

	cr_assert(steps != NULL && readme != NULL);
	cr_assert(find(readme, "## Start your own council") >= 0);
	for (line = strtok_r(steps, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *shown = xasprintf("\n    %s\n", line);

		cr_expect(find(readme, shown) >= 0, "README.md does not show: %s", line);
		free(shown);
	}
	/* Each CSV file is data/'s blank one filled in. */
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		run_sh(&r, "head -1 docs/start/%s.csv | cmp - data/%s.csv", kinds[i], kinds[i]);
		cr_expect_eq(r.status, 0, "%s: %s%s", kinds[i], r.out, r.err);
		run_free(&r);
	}
	free(steps);
	free(readme);
}

Test(start, the_steps_make_a_council_and_render_its_paper)
{
	static const char *const said[] = {
		"Workforce Strategy: Quarter 2 2025/26", "Priya Natarajan",
		"People and Performance Committee", "18 November 2025",
		"vacancies filled within 40 days rose to 71%;",
		"BR1 Vacancies filled within 40", "Mental health first", "The site went live on 1",
		"Workforce Strategy 2025-28, 2025/26 Q2. Both KPIs are amber; both are improving.",
	};
	char bin[PATH_MAX], *text, *pdf;
	struct run r;
	size_t i;

	cr_assert_not_null(realpath(getenv("DOCKET_BIN"), bin));
	cr_assert_eq(run_sh(&r, "cp docs/start/* '%s' && mkdir '%s/bin' && ln -s '%s' '%s/bin/docket'",
	    e2e.dir, e2e.dir, bin, e2e.dir), 0, "%s", r.err);
	run_free(&r);
	run_sh(&r, "cd '%s' && PATH=\"$PWD/bin:$PATH\" sh -e steps.sh", e2e.dir);
	cr_assert_eq(r.status, 0, "%s%s", r.out, r.err);
	cr_expect(find(r.out, "actions: 2 added, 0 changed, 0 unchanged\n") >= 0, "%s", r.out);
	run_free(&r);
	pdf = xasprintf("%s/paper.pdf", e2e.dir);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	for (i = 0; i < sizeof said / sizeof said[0]; i++)
		cr_expect(find(text, said[i]) >= 0, "the paper does not say: %s\n%s", said[i], text);
	free(text);
	free(pdf);
}
