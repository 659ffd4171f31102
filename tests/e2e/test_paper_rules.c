/* End-to-end tests of the paper's dates: a paper whose meeting date, or
 * whose key decision's forward plan date, is not a real day is refused by
 * docket check and by docket render, with a message saying which date,
 * and no PDF. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "helpers.h"
#include "util.h"

TestSuite(paper_rules, .init = fixture_setup, .fini = fixture_teardown);

/* Paper 6, a key decision for the meeting of 22 April 2025, with its
 * forward plan date set to fp, is refused with want. */
static void
assert_refused(const char *fp, const char *want)
{
	char *sql = xasprintf("PRAGMA ignore_check_constraints = ON; "
	    "UPDATE paper SET forward_plan_date = '%s' WHERE id = 6", fp);
	char *out = xasprintf("%s/p6.pdf", e2e.dir);
	struct run r;

	/* The schema's check lets some impossible dates through and not
	 * others; a database written by other tools may hold any. */
	sql_on(e2e.db, sql);
	cr_assert_eq(run_docket(&r, "check", "--db", e2e.db, "--paper", "6", NULL), 65, "%s",
	    r.err);
	cr_assert_geq(find(r.err, want), 0, "stderr lacks '%s':\n%s", want, r.err);
	cr_assert_eq(find(r.out, "ok"), -1);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "6", "-o", out, NULL), 65,
	    "%s", r.err);
	cr_assert_geq(find(r.err, want), 0, "stderr lacks '%s':\n%s", want, r.err);
	cr_assert_eq(count_entries(e2e.dir), 1, "no PDF written: only demo.db");
	run_free(&r);
	free(out);
	free(sql);
}

Test(paper_rules, a_forward_plan_date_of_month_99_is_refused)
{
	assert_refused("2025-99-99", "paper 6: error: key decision: not a real date (YYYY-MM-DD): "
	    "forward plan date '2025-99-99'\n");
}

Test(paper_rules, a_forward_plan_date_of_30_february_is_refused)
{
	/* Once read as 2 March, 50 clear days before the meeting: accepted. */
	assert_refused("2025-02-30", "paper 6: error: key decision: not a real date (YYYY-MM-DD): "
	    "forward plan date '2025-02-30'\n");
}

/* A meeting on a day that does not exist is never printed on a paper: the
 * paper is refused where its data is read. */
Test(paper_rules, a_meeting_on_30_february_is_refused)
{
	char *out = xasprintf("%s/p3.pdf", e2e.dir);
	struct run r;

	sql_on(e2e.db, "UPDATE meeting SET date = '2024-02-30' "
	    "WHERE id = (SELECT meeting_id FROM paper WHERE id = 3)");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "-o", out, NULL), 65,
	    "%s", r.err);
	cr_assert_geq(find(r.err, "paper 3: error: not a real date (YYYY-MM-DD): meeting date "
	    "'2024-02-30'\n"), 0, "%s", r.err);
	cr_assert_eq(count_entries(e2e.dir), 1, "no PDF written: only demo.db");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "check", "--db", e2e.db, "--paper", "3", NULL), 65, "%s", r.err);
	run_free(&r);
	free(out);
}

/* Found by a second council: a paper on a strategy with no period said
 * "There are no KPIs to report." under an empty period, and check said ok. */
Test(paper_rules, a_paper_on_a_strategy_needs_its_period)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET fy = NULL, quarter = NULL WHERE id = 4");
	cr_assert_eq(run_docket(&r, "check", "--db", e2e.db, "--paper", "4", NULL), 65, "%s", r.err);
	cr_assert_geq(find(r.err, "paper 4: error: a paper on a strategy's measures needs the period "
	    "it reports (fy and quarter): "), 0, "%s", r.err);
	run_free(&r);
}

/* The text of a paper may name only parts it has: paper 4, made to say
 * its action plan is in an Appendix 2 it does not have, is warned. Paper 3
 * names Appendix 1 and paragraph 2.3, which it has, and is not. */
Test(paper_rules, a_part_the_text_names_must_exist)
{
	struct run r;

	sql_on(e2e.db, "UPDATE summary_point SET text = 'Progress on the People Strategy Action"
	    " Plan, summarised at Appendix 2.' WHERE paper_id = 4 AND seq = 3");
	cr_assert_eq(run_docket(&r, "check", "--db", e2e.db, "--paper", "4", NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.err, "paper 4: warning: the text names a part the paper does not have: "
	    "Appendix 2\n"), 0, "%s", r.err);
	cr_assert_eq(count_in(r.err, "names a part"), 1, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "check", "--db", e2e.db, "--paper", "3", NULL), 0, "%s", r.err);
	cr_assert_eq(find(r.err, "names a part"), -1, "%s", r.err);
	run_free(&r);
}
