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

static char *dir, *dbpath;

static void
setup(void)
{
	dir = tmpdir_new();
	dbpath = xasprintf("%s/demo.db", dir);
	said_start();
	cr_assert_eq(db_init(dbpath, "data", 1), 0, "init: %s", said());
	demo_kent_only(dbpath);
}

static void
teardown(void)
{
	said_stop();
	rm_rf(dir);
	free(dir);
	free(dbpath);
}

TestSuite(db, .init = setup, .fini = teardown);


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
	sql_on(dbpath, "PRAGMA user_version = 7");
	cr_assert_null(db_open(dbpath));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "error: unknown schema version: 7 (this docket reads version 2)")
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

	sql_on(dbpath, "UPDATE paragraph SET text = CAST(X'4F6666696365F2' AS TEXT)"
	    " WHERE section_id = (SELECT id FROM section WHERE paper_id = 1 AND seq = 2) AND seq = 1");
	db = db_open(dbpath);
	cr_assert_null(db_load_paper(db, 1));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(strstr(said(), "paper 1: error: invalid UTF-8: table paragraph row ") != NULL, "%s", said());
	cr_assert(strstr(said(), "column text, at byte 6") != NULL, "%s", said());
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

/* Template queries (db_query). */

static const struct srcpos tmpl_line = { "templates/report.xml", 12, 0, NULL };

static const char action_counts[] =
    "SELECT a.status, count(*) AS n FROM action a"
    " JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id"
    " WHERE p.id = :paper GROUP BY a.status ORDER BY a.status";

/* Runs sql as query `name` for paper 1 and checks that it is refused with
 * message alone, as bad data, and that neither the paper's data nor the
 * database file changed, nor the connection: the paper loads again. */
static void
refused(const char *name, const char *query, const char *message)
{
	size_t n0, n1, start = strlen(said());
	char *before = read_file(dbpath, &n0), *after, *want;
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1), *again;
	size_t nsets = pd->nsets;

	diag_reset();
	cr_assert_eq(db_query(db, pd, name, query, &tmpl_line), -1, "accepted: %s", query);
	want = xasprintf("docket: templates/report.xml:12: query '%s': error: %s\n", name, message);
	cr_assert_str_eq(said() + start, want);
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert_eq(pd->nqueries, 0);
	cr_assert_eq(pd->nsets, nsets);
	again = db_load_paper(db, 1);
	cr_assert_not_null(again, "%s", said());
	cr_assert_eq(pd_set(again, "sections")->nrows, 4);
	pd_free(again);
	pd_free(pd);
	db_close(db);
	after = read_file(dbpath, &n1);
	cr_assert(n0 == n1 && memcmp(before, after, n0) == 0, "the database changed");
	free(before);
	free(after);
	free(want);
}

Test(db, a_query_adds_a_dataset_bound_to_the_paper)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1);
	const struct dataset *d;
	static const char *const want[][2] = {
		{ "at_risk", "6" }, { "complete", "18" }, { "not_started", "3" },
		{ "off_track", "3" }, { "on_track", "60" },
	};
	size_t i;

	cr_assert_eq(db_query(db, pd, "action_counts", action_counts, &tmpl_line), 0, "%s", said());
	cr_assert_eq(diag_errors(), 0);
	cr_assert_str_empty(said());
	d = pd_set(pd, "action_counts");
	cr_assert_not_null(d);
	cr_assert_eq(d->schema->ncols, 2);
	cr_assert_str_eq(d->schema->cols[0], "status");
	cr_assert_str_eq(d->schema->cols[1], "n");
	cr_assert_eq(d->nrows, 5);
	for (i = 0; i < 5; i++) {
		cr_assert_str_eq(d->rows[i].vals[0], want[i][0]);
		cr_assert_str_eq(d->rows[i].vals[1], want[i][1]);
	}
	cr_assert_str_eq(pd_get(pd, "action_counts", "n"), "6");
	pd_free(pd);
	db_close(db);
}

Test(db, a_query_binds_the_meeting_and_the_period)
{
	static const char q[] = "SELECT :paper AS paper, :meeting AS meeting, :period AS period,"
	    " (SELECT date FROM meeting WHERE id = :meeting) AS date";
	struct db *db;
	struct paperdata *pd;

	sql_on(dbpath, "UPDATE paper SET quarter = NULL WHERE id = 4");
	db = db_open(dbpath);
	pd = db_load_paper(db, 3);
	cr_assert_eq(db_query(db, pd, "when", q, &tmpl_line), 0, "%s", said());
	cr_assert_str_eq(pd_get(pd, "when", "paper"), "3");
	cr_assert_str_eq(pd_get(pd, "when", "meeting"), "6");
	cr_assert_str_eq(pd_get(pd, "when", "period"), "2024/25 Q2");
	cr_assert_str_eq(pd_get(pd, "when", "date"), "2024-11-07");
	pd_free(pd);
	pd = db_load_paper(db, 4);
	cr_assert_eq(db_query(db, pd, "when", q, &tmpl_line), 0, "%s", said());
	cr_assert_str_eq(pd_get(pd, "when", "period"), "2024/25", "a whole year");
	pd_free(pd);
	pd = db_load_paper(db, 2);
	cr_assert_eq(db_query(db, pd, "when", q, &tmpl_line), 0, "%s", said());
	cr_assert_null(pd_get(pd, "when", "period"), "a paper with no period");
	cr_assert_str_eq(pd_get(pd, "when", "date"), "2015-09-22");
	pd_free(pd);
	db_close(db);
}

Test(db, datasets_stay_put_while_queries_add_more)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1);
	const struct dataset *sec = pd_set(pd, "sections"), *first;
	char name[16];
	int i;

	cr_assert_eq(db_query(db, pd, "q0", action_counts, &tmpl_line), 0, "%s", said());
	first = pd_set(pd, "q0");
	for (i = 1; i < 40; i++) {
		snprintf(name, sizeof name, "q%d", i);
		cr_assert_eq(db_query(db, pd, name, "SELECT 1 AS one", &tmpl_line), 0, "%s", said());
	}
	cr_assert_eq(pd_set(pd, "sections"), sec);
	cr_assert_eq(pd_set(pd, "q0"), first);
	cr_assert_str_eq(first->rows[4].vals[0], "on_track");
	cr_assert_str_eq(pd_get(pd, "q39", "one"), "1");
	pd_free(pd);
	db_close(db);
}

Test(db, a_query_may_end_with_a_semicolon_and_comments)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1);

	cr_assert_eq(db_query(db, pd, "q", "SELECT 1 AS one; -- the end\n/* really */\n",
	    &tmpl_line), 0, "%s", said());
	cr_assert_str_eq(pd_get(pd, "q", "one"), "1");
	pd_free(pd);
	db_close(db);
}

Test(db, a_query_may_not_delete)
{
	refused("q", "DELETE FROM paper", "only SELECT is allowed: DELETE refused");
}

Test(db, a_query_may_not_update)
{
	refused("q", "UPDATE paper SET title = 'x' WHERE id = 1",
	    "only SELECT is allowed: UPDATE refused");
}

Test(db, a_query_may_not_insert)
{
	refused("q", "INSERT INTO officer (name, post) VALUES ('x', 'y')",
	    "only SELECT is allowed: INSERT refused");
}

Test(db, a_query_may_not_create_or_drop)
{
	refused("q", "CREATE TABLE t (x)", "only SELECT is allowed: schema change refused");
	refused("q", "DROP TABLE paper", "only SELECT is allowed: schema change refused");
}

Test(db, a_query_may_not_begin_a_transaction)
{
	refused("q", "BEGIN", "only SELECT is allowed: BEGIN refused");
}

Test(db, a_query_may_not_write_another_file)
{
	char *attach = xasprintf("ATTACH '%s/y.db' AS y", dir);
	char *vacuum = xasprintf("VACUUM INTO '%s/copy.db'", dir);

	refused("q", attach, "not allowed: ATTACH");
	refused("q", vacuum, "only SELECT is allowed");
	cr_assert_eq(count_entries(dir), 1, "a file beside demo.db was written");
	free(attach);
	free(vacuum);
}

Test(db, a_query_may_not_explain)
{
	refused("q", "EXPLAIN SELECT 1", "only SELECT is allowed");
}

Test(db, a_query_may_not_use_pragmas)
{
	refused("q", "PRAGMA user_version", "not allowed: PRAGMA");
	refused("q", "PRAGMA user_version = 2", "not allowed: PRAGMA");
}

Test(db, a_query_is_one_statement)
{
	refused("q", "SELECT 1; SELECT 2", "one statement only");
	refused("q", "SELECT 1; DELETE FROM paper", "one statement only");
}

Test(db, a_query_may_not_load_an_extension)
{
	refused("q", "SELECT load_extension('/tmp/evil.so')",
	    "function not allowed: load_extension()");
}

Test(db, a_query_may_not_be_random)
{
	refused("q", "SELECT random() AS r", "function not allowed: random()");
}

/* The same data must give the same paper: nothing may read the clock. */
Test(db, a_query_may_not_read_the_clock)
{
	refused("q", "SELECT date('now') AS d", "function not allowed: date()");
	refused("q", "SELECT strftime('%s', 'now') AS d", "function not allowed: strftime()");
}

Test(db, a_query_may_not_return_too_much, .timeout = 10)
{
	refused("q", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
	    "SELECT printf('%.*c', 1000, 'x') AS big FROM n", "the result is too big: more than 16000000 bytes");
}

/* The query never ends of itself, so its ending at all, with the deadline's
 * message, shows the deadline stopped it; Criterion's timeout fails the
 * test if nothing does. A bound on the wall clock would only measure how
 * busy the machine is. */
Test(db, an_endless_query_is_stopped, .timeout = 10)
{
	refused("q", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
	    " SELECT count(*) FROM c", "took too long: stopped after 2 s");
}

Test(db, a_query_returns_at_most_100000_rows)
{
	refused("q", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
	    " SELECT x FROM c", "the result is too big: more than 100000 rows");
}

Test(db, a_query_value_is_at_most_a_megabyte)
{
	refused("q", "SELECT replace(printf('%.*c', 900000, 'x'), 'x', 'xx') AS big",
	    "string or blob too big");
}

Test(db, a_query_knows_three_parameters)
{
	refused("q", "SELECT :foo AS foo",
	    "unknown parameter (known: :paper, :meeting, :period): :foo");
	refused("q", "SELECT ? AS foo",
	    "unknown parameter (known: :paper, :meeting, :period): ?");
}

Test(db, a_query_syntax_error_is_sqlites_message)
{
	refused("q", "SELEC 1", "near \"SELEC\": syntax error");
	refused("q", "SELECT missing FROM paper", "no such column: missing");
	refused("q", "  -- nothing\n", "no SQL statement");
}

Test(db, a_query_may_not_take_a_datasets_name)
{
	refused("sections", "SELECT 1 AS one", "there is already a dataset of that name");
	refused("paragraphs", "SELECT 1 AS one", "there is already a dataset of that name");
}

Test(db, a_query_name_is_used_once)
{
	struct db *db = db_open(dbpath);
	struct paperdata *pd = db_load_paper(db, 1);

	cr_assert_eq(db_query(db, pd, "q", "SELECT 1 AS one", &tmpl_line), 0, "%s", said());
	cr_assert_eq(db_query(db, pd, "q", "SELECT 2 AS two", &tmpl_line), -1);
	cr_assert_str_eq(said(),
	    "docket: templates/report.xml:12: query 'q': error: there is already a dataset of that name\n");
	cr_assert_str_eq(pd_get(pd, "q", "one"), "1");
	pd_free(pd);
	db_close(db);
}

Test(db, a_query_names_each_column_once)
{
	refused("q", "SELECT a.status, p.status FROM action a, paper p LIMIT 1",
	    "two columns have one name (name them with AS): 'status'");
}

Test(db, a_query_value_must_be_utf8)
{
	refused("q", "SELECT 'fine' AS t UNION ALL SELECT CAST(X'4F6666696365F2' AS TEXT)",
	    "invalid UTF-8: row 2 column t, at byte 6");
}
