/* End-to-end tests of render --jobs: a batch rendered by several processes
 * gives what one process gives, file for file and line for line, and a bad
 * paper fails alone. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *one, *two;

static void
setup(void)
{
	fixture_setup();
	one = fixture_path("one", 1);
	two = fixture_path("two", 1);
}

TestSuite(jobs, .init = setup, .fini = fixture_teardown);

/* stdout of a render into out, with out's path taken out. */
static char *
render_all(const char *out, const char *jobs, int want)
{
	struct run r;
	struct buf b = {0};
	const char *s;
	size_t n = strlen(out);

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", out, "--jobs", jobs,
	    NULL), want, "--jobs %s: %s", jobs, r.err);
	for (s = r.out; *s != '\0'; s++) {
		if (strncmp(s, out, n) == 0)
			s += n;
		buf_addc(&b, *s);
	}
	run_free(&r);
	return buf_take(&b);
}

Test(jobs, two_processes_write_the_same_pdfs_in_the_same_order)
{
	char *a = render_all(one, "1", 0), *b = render_all(two, "2", 0);
	struct run r;

	cr_assert_str_eq(b, a, "the 'wrote' lines, in paper order");
	cr_assert_eq(count_entries(one), paper_count(e2e.db));
	cr_assert_eq(count_entries(two), paper_count(e2e.db));
	cr_assert_eq(run_sh(&r, "diff -r '%s' '%s'", one, two), 0, "%s", r.out);
	run_free(&r);
	free(a);
	free(b);
}

Test(jobs, more_processes_than_papers)
{
	struct run r;
	char *pdf;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--paper", "5",
	    "--out", two, "--jobs", "64", NULL), 0, "%s", r.err);
	cr_assert_eq(count_entries(two), 2);
	cr_assert_geq(find(r.out, "appeals-committee-people-strategy"), 0, "paper 3: %s", r.out);
	cr_assert_lt(find(r.out, "appeals-committee-people-strategy"),
	    find(r.out, "appeal-against-dismissal"), "paper 3 first: %s", r.out);
	run_free(&r);
	pdf = find_file(two, "dismissal-case-2025-03-p5.pdf");
	cr_assert_not_null(pdf);
	cr_assert_gt(pdf_pages(pdf), 0);
	free(pdf);
}

Test(jobs, a_bad_paper_fails_alone)
{
	struct run r;
	char *failed;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"UPDATE paper SET template = 'gone.xml' WHERE id = 4\"",
	    e2e.db), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", two, "--jobs", "2",
	    NULL), 66, "%s", r.err);
	cr_assert_eq(count_entries(two), paper_count(e2e.db) - 1, "the good papers are written");
	cr_assert_geq(find(r.err, "gone.xml: error: cannot read template"), 0, "%s", r.err);
	failed = xasprintf("error: papers failed: 1 of %d: paper 4\n", paper_count(e2e.db));
	cr_assert_geq(find(r.err, failed), 0, "%s", r.err);
	free(failed);
	cr_assert_eq(find(r.out, "quarter-2"), -1, "paper 4 is not said to be written: %s", r.out);
	run_free(&r);
}

Test(jobs, a_bad_number_of_jobs_is_a_usage_error)
{
	static const char *const bad[] = { "0", "x", "65", "-2", "" };
	struct run r;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", one,
		    "--jobs", bad[i], NULL), 64, "--jobs '%s'", bad[i]);
		cr_assert_geq(find(r.err, "--jobs takes 1 to 64"), 0, "%s", r.err);
		run_free(&r);
	}
	cr_assert_eq(count_entries(one), 0, "nothing rendered");
}
