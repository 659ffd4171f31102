/* Unit tests of db.c: opening, schema versions, loading a paper's data. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "db.h"
#include "diag.h"
#include "helpers.h"
#include "util.h"

static char *dir, *dbpath, *msgs;
static size_t msglen;
static FILE *mem;

static void
setup(void)
{
	dir = tmpdir_new();
	dbpath = xasprintf("%s/demo.db", dir);
	mem = open_memstream(&msgs, &msglen);
	diag_set_stream(mem);
	diag_reset();
	cr_assert_eq(db_init(dbpath, "data", 1), 0, "init: %s", msgs);
}

static void
teardown(void)
{
	diag_set_stream(NULL);
	fclose(mem);
	free(msgs);
	rm_rf(dir);
	free(dir);
	free(dbpath);
}

TestSuite(db, .init = setup, .fini = teardown);

static void
sql(const char *statement)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"%s\"", dbpath, statement), 0, "sqlite3: %s", r.err);
	run_free(&r);
}

static const char *
said(void)
{
	fflush(mem);
	return msgs;
}

Test(db, a_missing_database_is_missing_input)
{
	cr_assert_null(db_open("/tmp/docket-test-none/nothing.db"));
	cr_assert_eq(diag_status(), EX_NOINPUT);
	cr_assert(strstr(said(), "nothing.db: error: cannot open database: No such file") != NULL,
	    "%s", said());
}

Test(db, a_file_that_is_not_sqlite_is_refused)
{
	char *p = xasprintf("%s/notes.db", dir);

	write_file_atomic(p, "hello, not a database\n", 22, 1);
	cr_assert_null(db_open(p));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "notes.db: error: not an SQLite database") != NULL, "%s", said());
	free(p);
}

Test(db, an_unknown_schema_version_says_found_and_expected)
{
	sql("PRAGMA user_version = 7");
	cr_assert_null(db_open(dbpath));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "error: unknown schema version 7 (this docket reads version 1)")
	    != NULL, "%s", said());
}

Test(db, init_never_overwrites)
{
	cr_assert_eq(db_init(dbpath, "data", 0), -1);
	cr_assert_eq(diag_status(), EX_CANTCREAT);
	cr_assert(strstr(said(), "already exists") != NULL);
}

Test(db, loads_the_cambridgeshire_paper)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd;
	const struct dataset *sec, *pri;
	int heading, paras;

	cr_assert_not_null(db);
	pd = db_load_paper(db, 1);
	cr_assert_not_null(pd, "%s", said());
	cr_assert_str_eq(pd_get(pd, "paper", "title"), "People Strategy Update – Action Plan");
	cr_assert_str_eq(pd_get(pd, "paper", "meeting_date"), "2024-07-09");
	cr_assert_str_eq(pd_get(pd, "paper", "committee"),
	    "Strategy, Resources and Performance Committee");
	cr_assert_str_eq(pd_get(pd, "paper", "officer_name"), "Anna Syson");
	cr_assert_str_eq(pd_get(pd, "paper", "financial_year"), "2024/25");
	sec = pd_set(pd, "sections");
	cr_assert_eq(sec->nrows, 4);
	heading = ds_col(sec->schema, "heading");
	cr_assert_str_eq(sec->rows[1].vals[heading], "Background");
	paras = ds_child(sec->schema, "paragraphs");
	cr_assert_eq(sec->rows[1].child[paras].nrows, 4, "section 2 has paragraphs 2.1 to 2.4");
	pri = pd_set(pd, "priorities");
	cr_assert_eq(pri->nrows, 6);
	cr_assert_gt(pri->rows[0].child[ds_child(pri->schema, "actions")].nrows, 5);
	pd_free(pd);
	db_close(db);
}

Test(db, actions_come_in_number_order)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1);
	const struct dataset *pri = pd_set(pd, "priorities");
	const struct dataset *act = &pri->rows[1].child[ds_child(pri->schema, "actions")];
	int num = ds_col(act->schema, "number");
	size_t i;
	struct buf seen = {0};

	for (i = 0; i < act->nrows; i++)
		buf_addf(&seen, "%s ", act->rows[i].vals[num]);
	cr_assert(strncmp(seen.s, "4 4.1 4.2 4.3 5 5.1 5.2 5.3 5.4 5.5 6 6.1", 41) == 0, "%s", seen.s);
	buf_free(&seen);
	pd_free(pd);
	db_close(db);
}

Test(db, an_unknown_paper_is_bad_data)
{
	struct db *db = db_open(dbpath);

	cr_assert_null(db_load_paper(db, 99));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "demo.db: paper 99: error: no such paper") != NULL, "%s", said());
	db_close(db);
}

Test(db, invalid_utf8_names_table_row_and_column)
{
	struct db *db;

	sql("UPDATE paragraph SET text = CAST(X'4F6666696365F2' AS TEXT)"
	    " WHERE section_id = (SELECT id FROM section WHERE paper_id = 1 AND seq = 2) AND seq = 1");
	db = db_open(dbpath);
	cr_assert_null(db_load_paper(db, 1));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "paper 1: error: table paragraph row ") != NULL, "%s", said());
	cr_assert(strstr(said(), "column text: invalid UTF-8 at byte 6") != NULL, "%s", said());
	db_close(db);
}

Test(db, list_gives_every_paper_in_meeting_order)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_list(db);
	const struct dataset *d = pd_set(pd, "papers");
	int date = ds_col(d->schema, "meeting_date");
	size_t i;

	cr_assert_geq(d->nrows, 6);
	for (i = 1; i < d->nrows; i++)
		cr_assert_leq(strcmp(d->rows[i - 1].vals[date], d->rows[i].vals[date]), 0);
	pd_free(pd);
	db_close(db);
}
