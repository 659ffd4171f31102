/* Unit tests of store.c: upgrading a database's schema step by step, in
 * one transaction, from a database made with the version 1 schema of
 * tests/data/schema-v1.sql. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "db.h"
#include "diag.h"
#include "helpers.h"
#include "store.h"
#include "util.h"

static char *dir, *v1, *copy;

static void
setup(void)
{
	struct run r;

	dir = tmpdir_new();
	v1 = xasprintf("%s/v1.db", dir);
	copy = xasprintf("%s/copy.db", dir);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' < tests/data/schema-v1.sql && "
	    DEMO_SQL_V1 " | sqlite3 '%s'", v1, v1), 0, "%s", r.err);
	run_free(&r);
	said_start();
}

static void
teardown(void)
{
	said_stop();
	rm_rf(dir);
	free(dir);
	free(v1);
	free(copy);
}

TestSuite(store, .init = setup, .fini = teardown);


/* Keeps a copy of db to compare with afterwards. */
static void
keep(const char *db)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", db, copy), 0, "%s", r.err);
	run_free(&r);
}

static int
unchanged(const char *db)
{
	struct run r;
	int same = run_sh(&r, "cmp '%s' '%s'", copy, db) == 0;

	run_free(&r);
	return same;
}

/* What `sqlite3 DB` prints for a query. Caller frees. */
static char *
sqlite_says(const char *db, const char *sql)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"%s\"", db, sql), 0, "%s", r.err);
	free(r.err);
	return r.out;
}

#define SCHEMA "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"

Test(store, a_version_1_database_gets_the_schema_of_a_new_one)
{
	char *fresh = xasprintf("%s/new.db", dir), *want, *got;
	struct paperdata *pd;
	struct db *db;
	int from = 0;

	cr_assert_eq(store_migrate(v1, store_steps, &from), 0, "%s", said());
	cr_assert_eq(from, 1);
	cr_assert_eq(db_init(fresh, "data", 0), 0, "%s", said());
	want = sqlite_says(fresh, SCHEMA);
	got = sqlite_says(v1, SCHEMA);
	cr_assert(find(want, "CREATE TABLE signoff") > 0 && find(want, "CREATE TABLE revision") > 0,
	    "%s", want);
	cr_assert_str_eq(got, want, "upgraded and new schemas differ");
	free(got);
	got = sqlite_says(v1, "PRAGMA user_version");
	cr_assert_str_eq(got, AS_TEXT(DB_SCHEMA_VERSION) "\n");
	/* and its papers are still there, for reading */
	cr_assert_not_null(db = db_open(v1), "%s", said());
	cr_assert_not_null(pd = db_load_paper(db, 1), "%s", said());
	cr_assert_str_eq(pd_get(pd, "paper", "title"), "People Strategy Update – Action Plan");
	pd_free(pd);
	db_close(db);
	free(got);
	free(want);
	free(fresh);
}

Test(store, the_steps_run_in_one_transaction)
{
	const struct store_step steps[] = {
		store_steps[0],
		{ 3, "a step that fails", "CREATE TABLE extra (x);\nINSERT INTO nowhere VALUES (1);\n" },
		{ 0, NULL, NULL },
	};
	char *tables;
	int from = 0;

	keep(v1);
	cr_assert_eq(store_migrate(v1, steps, &from), -1);
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(find(said(), "v1.db: schema step 3 (a step that fails): error: no such table: "
	    "nowhere\n") > 0, "%s", said());
	cr_assert(find(said(), "v1.db: error: not upgraded: still at schema version 1\n") > 0,
	    "%s", said());
	cr_assert(unchanged(v1), "step 2 went through although step 3 failed");
	tables = sqlite_says(v1, "SELECT count(*) FROM sqlite_master WHERE name IN "
	    "('signoff', 'revision', 'extra')");
	cr_assert_str_eq(tables, "0\n");
	free(tables);
}

Test(store, a_newer_database_is_refused_and_left_alone)
{
	int from = 0;

	sql_on(v1, "PRAGMA user_version = 9");
	keep(v1);
	cr_assert_eq(store_migrate(v1, store_steps, &from), -1);
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(find(said(), "error: unknown schema version: 9 (this docket reads version "
	    AS_TEXT(DB_SCHEMA_VERSION) ")") > 0,
	    "%s", said());
	cr_assert(unchanged(v1));
}

Test(store, a_database_that_is_not_docket_s_is_refused)
{
	char *other = xasprintf("%s/other.db", dir);
	int from = 0;

	sql_on(other, "CREATE TABLE notes (text)");
	keep(other);
	cr_assert_eq(store_migrate(other, store_steps, &from), -1);
	cr_assert(find(said(), "error: unknown schema version: 0 (this docket reads version "
	    AS_TEXT(DB_SCHEMA_VERSION) ")") > 0,
	    "%s", said());
	cr_assert(unchanged(other));
	free(other);
}

Test(store, an_up_to_date_database_is_left_alone)
{
	int from = 0;

	cr_assert_eq(store_migrate(v1, store_steps, &from), 0, "%s", said());
	keep(v1);
	cr_assert_eq(store_migrate(v1, store_steps, &from), 0, "%s", said());
	cr_assert_eq(from, DB_SCHEMA_VERSION);
	cr_assert(unchanged(v1));
	cr_assert_str_eq(said(), "");
}

Test(store, an_older_database_is_not_read_until_upgraded)
{
	char *want = xasprintf("v1.db: error: an older schema version: 1, where this docket "
	    "reads " AS_TEXT(DB_SCHEMA_VERSION) ": upgrade it with 'docket migrate --db %s'\n", v1);

	keep(v1);
	cr_assert_null(db_open(v1));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(find(said(), want) > 0, "%s", said());
	cr_assert(unchanged(v1));
	free(want);
}

/* sqlite3 refuses statement on db, saying why. */
static void
refused(const char *db, const char *statement, const char *why)
{
	struct run r;

	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"%s\"", db, statement), 0, "%s", statement);
	cr_assert(find(r.err, why) >= 0, "%s: %s", statement, r.err);
	run_free(&r);
}

/* What the upgrade adds is a record that stays as written. */
Test(store, sign_off_records_and_revisions_are_only_ever_added)
{
	int from = 0;

	cr_assert_eq(store_migrate(v1, store_steps, &from), 0, "%s", said());
	sql_on(v1, "INSERT INTO signoff VALUES (1, 1, 'Sue Grace', 'Director of Corporate Services',"
	    " '2024-07-01T09:30:00Z',"
	    " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 48213, '0.1.0', '2.3.0', 'x  committee-paper.xml',"
	    " '', 'y  LiberationSans-Regular.ttf', 'z  hyph_en_GB.dic')");
	sql_on(v1, "INSERT INTO revision (table_name, row_key, column_name, old_value, new_value,"
	    " revised_by, revised_at, reason) VALUES ('measure_value', '1|2024|1', 'value', '7.5',"
	    " '7.2', 'Zoë Ashworth', '2024-08-02T14:00:00Z', 'payroll rerun')");
	refused(v1, "UPDATE signoff SET size = 1", "a sign-off record is never changed");
	refused(v1, "DELETE FROM signoff", "a sign-off record is never deleted");
	refused(v1, "UPDATE revision SET new_value = '7.0'", "a revision is never changed");
	refused(v1, "DELETE FROM revision", "a revision is never deleted");
	refused(v1, "INSERT INTO revision (table_name, row_key, column_name, revised_by,"
	    " revised_at, reason) VALUES ('t', '1', 'c', 'me', '2024-08-02T14:00:00Z', '')",
	    "CHECK constraint failed: reason <> ''");
}
