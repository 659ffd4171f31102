/* End-to-end tests of the command line: help, version, usage errors,
 * init and list, run as a user would run them. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(cli, .init = fixture_setup, .fini = fixture_teardown);

Test(cli, help_and_version)
{
	struct run r;
	static const char *const cmds[] = { "init", "list", "render" };
	size_t i;

	cr_assert_eq(run_docket(&r, "--help", NULL), 0);
	cr_assert(find(r.out, "usage: docket COMMAND [OPTIONS]") == 0, "%s", r.out);
	cr_assert(find(r.out, "render   render papers to PDF") > 0);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "--version", NULL), 0);
	cr_assert_str_eq(r.out, "docket 0.1.0\n");
	run_free(&r);
	for (i = 0; i < 3; i++) {
		char want[32];

		snprintf(want, sizeof want, "usage: docket %s", cmds[i]);
		cr_assert_eq(run_docket(&r, cmds[i], "--help", NULL), 0);
		cr_assert(find(r.out, want) == 0, "%s --help: %s", cmds[i], r.out);
		run_free(&r);
	}
}

Test(cli, usage_errors_exit_64)
{
	struct run r;

	cr_assert_eq(run_docket(&r, NULL), 64);
	cr_assert(find(r.err, "docket: error: a command is needed\n") == 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "frobnicate", NULL), 64);
	cr_assert(find(r.err, "docket: error: unknown command 'frobnicate'\n") == 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--paper", "1", NULL), 64);
	cr_assert(find(r.err, "render needs --db DB") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "x1", NULL), 64);
	cr_assert(find(r.err, "bad paper id 'x1'") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "-o", "x.pdf", NULL), 64);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "list", "--db", e2e.db, "--bogus", NULL), 64);
	run_free(&r);
}

Test(cli, list_shows_every_paper)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "list", "--db", e2e.db, NULL), 0, "%s", r.err);
	cr_assert(find(r.out, "COMMITTEE") > 0);
	cr_assert(find(r.out, "People Strategy Update – Action Plan") > 0, "%s", r.out);
	cr_assert(find(r.out, "Staffing and Appeals Committee") > 0);
	run_free(&r);
}

Test(cli, list_tsv_is_for_scripts)
{
	struct run r;
	char *line, *save = NULL;
	int rows = 0;

	cr_assert_eq(run_docket(&r, "list", "--db", e2e.db, "--tsv", NULL), 0, "%s", r.err);
	cr_assert(find(r.out, "1\tStrategy, Resources and Performance Committee\t2024-07-09\t7\t"
	    "People Strategy Update – Action Plan\tsigned_off\n") > 0, "%s", r.out);
	line = strtok_r(r.out, "\n", &save);
	cr_assert_str_eq(line, "id\tcommittee\tmeeting_date\tagenda_item\ttitle\tstatus");
	while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
		int tabs = 0;

		for (char *c = line; *c; c++)
			tabs += *c == '\t';
		cr_assert_eq(tabs, 5, "six fields: %s", line);
		rows++;
	}
	cr_assert_eq(rows, paper_count(e2e.db));
	run_free(&r);
}

Test(cli, init_never_overwrites_a_database)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "init", "--db", e2e.db, NULL), 73);
	cr_assert(find(r.err, "already exists") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "list", "--db", e2e.db, "--tsv", NULL), 0,
	    "the data is still there");
	cr_assert(find(r.out, "Interim Report on Workforce Strategy") > 0);
	run_free(&r);
}
