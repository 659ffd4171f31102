/* End-to-end tests of the paper's rules on dates: a key decision whose
 * forward plan date is not a real day is refused by docket check and by
 * docket render, with a message saying which date, and no PDF. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "helpers.h"
#include "util.h"

static char *dir, *db;

static void
setup(void)
{
	dir = tmpdir_new();
	db = demo_db(dir);
	cr_assert_not_null(db);
}

static void
teardown(void)
{
	rm_rf(dir);
	free(dir);
	free(db);
}

TestSuite(paper_rules, .init = setup, .fini = teardown);

/* Paper 6, a key decision for the meeting of 22 April 2025, with its
 * forward plan date set to fp, is refused with want. */
static void
assert_refused(const char *fp, const char *want)
{
	char *sql = xasprintf("PRAGMA ignore_check_constraints = ON; "
	    "UPDATE paper SET forward_plan_date = '%s' WHERE id = 6", fp);
	char *out = xasprintf("%s/p6.pdf", dir);
	struct run r;

	/* The schema's check lets some impossible dates through and not
	 * others; a database written by other tools may hold any. */
	sql_on(db, sql);
	cr_assert_eq(run_docket(&r, "check", "--db", db, "--paper", "6", NULL), 65, "%s", r.err);
	cr_assert_geq(find(r.err, want), 0, "stderr lacks '%s':\n%s", want, r.err);
	cr_assert_eq(find(r.out, "ok"), -1);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", db, "--paper", "6", "-o", out, NULL), 65,
	    "%s", r.err);
	cr_assert_geq(find(r.err, want), 0, "stderr lacks '%s':\n%s", want, r.err);
	cr_assert_eq(count_entries(dir), 1, "no PDF written: only demo.db");
	run_free(&r);
	free(out);
	free(sql);
}

Test(paper_rules, a_forward_plan_date_of_month_99_is_refused)
{
	assert_refused("2025-99-99", "paper 6: error: key decision: forward plan date "
	    "'2025-99-99' is not a real date (YYYY-MM-DD)\n");
}

Test(paper_rules, a_forward_plan_date_of_30_february_is_refused)
{
	/* Once read as 2 March, 50 clear days before the meeting: accepted. */
	assert_refused("2025-02-30", "paper 6: error: key decision: forward plan date "
	    "'2025-02-30' is not a real date (YYYY-MM-DD)\n");
}
