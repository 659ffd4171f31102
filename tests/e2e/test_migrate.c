/* End-to-end tests of docket migrate: a database of schema version 1
 * (tests/data/schema-v1.sql, with the demo data) is refused by every
 * command that reads until it is upgraded, and then renders the same PDFs
 * as a new one; a failed or needless upgrade leaves the file byte for byte
 * as it was. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *db, *copy, *out;

/* Beside the fixture's new demo.db, old.db: the demo data in schema
 * version 1. */
static void
setup(void)
{
	struct run r;

	fixture_setup();
	db = fixture_path("old.db", 0);
	copy = fixture_path("copy.db", 0);
	out = fixture_path("out", 1);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' < tests/data/schema-v1.sql && "
	    "sqlite3 '%s' < data/demo.sql", db, db), 0, "%s", r.err);
	run_free(&r);
}

TestSuite(migrate, .init = setup, .fini = fixture_teardown);

static void
keep(void)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", db, copy), 0, "%s", r.err);
	run_free(&r);
}

static void
assert_unchanged(void)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", copy, db), 0, "the database changed: %s", r.out);
	run_free(&r);
}

static void
assert_migrate(int status, const char *said)
{
	struct run r;

	run_docket(&r, "migrate", "--db", db, NULL);
	cr_assert_eq(r.status, status, "%s%s", r.out, r.err);
	cr_assert(find(status == 0 ? r.out : r.err, said) >= 0, "%s%s", r.out, r.err);
	run_free(&r);
}

Test(migrate, reading_commands_refuse_an_older_database_and_do_not_write)
{
	char *hint = xasprintf("docket: %s: error: an older schema version: 1, where this docket "
	    "reads 2: upgrade it with 'docket migrate --db %s'\n", db, db);
	struct run r;

	keep();
	run_docket(&r, "render", "--db", db, "--paper", "1", "--out", out, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert_str_eq(r.err, hint);
	run_free(&r);
	run_docket(&r, "render", "--db", db, "--all", "--jobs", "2", "--out", out, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert_str_eq(r.err, hint);
	run_free(&r);
	run_docket(&r, "list", "--db", db, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert_str_eq(r.err, hint);
	run_free(&r);
	run_docket(&r, "check", "--db", db, "--paper", "1", NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert_str_eq(r.err, hint);
	run_free(&r);
	cr_assert_eq(count_entries(out), 0, "nothing rendered");
	assert_unchanged();
	free(hint);
}

Test(migrate, an_upgraded_database_renders_what_a_new_one_does, .timeout = 60)
{
	const char *fresh_out = fixture_path("new", 1);
	char *pdf, *text;
	struct run r;

	assert_migrate(0, "old.db: upgraded from schema version 1 to 2\n");
	cr_assert_eq(run_docket(&r, "render", "--db", db, "--all", "--out", out, NULL), 0, "%s",
	    r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", fresh_out, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(count_entries(out), paper_count(e2e.db));
	cr_assert_eq(run_sh(&r, "cd '%s' && for f in *.pdf; do cmp \"$f\" '%s'/\"$f\" || exit 1; "
	    "done", out, fresh_out), 0, "%s%s", r.out, r.err);
	run_free(&r);
	pdf = find_file(out, "-p1.pdf");
	cr_assert_not_null(pdf);
	text = pdf_text(pdf);
	cr_assert(find(text, "People Strategy Update – Action Plan") >= 0, "%s", text);
	/* what docket init makes and what the upgrade made are one schema */
	cr_assert_eq(run_sh(&r, "cd '%s' && q='SELECT type, name, tbl_name, sql FROM sqlite_master"
	    " ORDER BY type, name' && sqlite3 '%s' \"$q\" > new.txt && sqlite3 '%s' \"$q\" > old.txt"
	    " && diff new.txt old.txt >&2 && [ \"$(sqlite3 '%s' 'PRAGMA user_version')\" = 2 ]",
	    e2e.dir, e2e.db, db, db), 0, "%s", r.err);
	run_free(&r);
	free(text);
	free(pdf);
}

Test(migrate, an_up_to_date_database_is_left_as_it_is)
{
	assert_migrate(0, "upgraded from schema version 1 to 2");
	keep();
	assert_migrate(0, "old.db: schema version 2 is up to date; nothing to do\n");
	assert_unchanged();
}

Test(migrate, a_new_database_is_up_to_date)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "migrate", "--db", e2e.db, NULL), 0, "%s", r.err);
	cr_assert(find(r.out, "demo.db: schema version 2 is up to date; nothing to do\n") >= 0,
	    "%s", r.out);
	run_free(&r);
}

Test(migrate, a_newer_database_is_refused)
{
	sql_on(db, "PRAGMA user_version = 9");
	keep();
	assert_migrate(65, "old.db: error: unknown schema version: 9 (this docket reads version 2)\n");
	assert_unchanged();
}

Test(migrate, a_step_that_fails_leaves_the_file_as_it_was)
{
	struct run r;

	/* a table someone added by hand, with the name version 2 brings */
	sql_on(db, "CREATE TABLE revision (note TEXT)");
	keep();
	run_docket(&r, "migrate", "--db", db, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert(find(r.err, "old.db: schema step 2 (sign-off records and revisions): error: "
	    "table revision already exists\n") > 0, "%s", r.err);
	cr_assert(find(r.err, "old.db: error: not upgraded: still at schema version 1\n") > 0,
	    "%s", r.err);
	cr_assert_str_eq(r.out, "");
	run_free(&r);
	assert_unchanged();
	run_docket(&r, "list", "--db", db, NULL);
	cr_assert_eq(r.status, 65, "still version 1: %s", r.err);
	run_free(&r);
}

Test(migrate, help_and_usage)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "migrate", "--help", NULL), 0);
	cr_assert(find(r.out, "usage: docket migrate --db DB\n") == 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "--help", NULL), 0);
	cr_assert(find(r.out, "  migrate  upgrade a database to this docket's schema\n") > 0,
	    "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "migrate", NULL), 64);
	cr_assert(find(r.err, "docket: error: migrate needs --db DB\n") == 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "migrate", "--db", db, "extra", NULL), 64);
	cr_assert(find(r.err, "unexpected argument 'extra'") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "migrate", "--db", "/tmp/docket-test-none/x.db", NULL), 66);
	cr_assert(find(r.err, "x.db: error: cannot open database: No such file") > 0, "%s", r.err);
	run_free(&r);
}
