/* Unit tests of csvio.c and import.c: CSV read as Excel writes it, every
 * fault placed at its line and cell, cells written so that they read back
 * the same, and imports that check every row before writing any. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "diag.h"
#include "helpers.h"
#include "import.h"
#include "util.h"

static char *dir, *csv, *db, *copy;
static const struct import_opts write = { 0, NULL, NULL }, dry = { 1, NULL, NULL };

static void
setup(void)
{
	struct run r;

	dir = tmpdir_new();
	csv = xasprintf("%s/in.csv", dir);
	db = xasprintf("%s/demo.db", dir);
	copy = xasprintf("%s/copy.db", dir);
	cr_assert_eq(run_docket(&r, "init", "--db", db, "--demo", NULL), 0, "%s", r.err);
	run_free(&r);
	demo_kent_only(db);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", db, copy), 0, "%s", r.err);
	run_free(&r);
	said_start();
}

static void
teardown(void)
{
	said_stop();
	rm_rf(dir);
	free(dir);
	free(csv);
	free(db);
	free(copy);
}

TestSuite(csv, .init = setup, .fini = teardown);
TestSuite(import, .init = setup, .fini = teardown);

#define PUT(s)	put_file(csv, (s), sizeof (s) - 1)

static void
assert_db_unchanged(void)
{
	assert_same_file(copy, db);
}

static char *
sql_value(const char *query)
{
	struct run r;
	char *v;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"%s\"", db, query), 0, "%s", r.err);
	v = xstrdup(r.out);
	run_free(&r);
	return v;
}

Test(csv, excel_quoting_crlf_and_a_bom_are_read)
{
	struct csv_table t;

	PUT("\xef\xbb\xbf" "a, b ,c\r\n"
	    "1,\"two, \"\"quoted\"\"\",\" three \"\r\n"
	    ",,\r\n"
	    "\"line\r\nbreak\",x,y\r\n"
	    "\r\n"
	    "last,\"\",z");
	cr_assert_eq(csv_read(csv, &t), 0, "%s", said());
	cr_assert_eq(t.nrows, 4);
	cr_expect_str_eq(t.rows[0].cells[0], "a", "the byte order mark is not part of the header");
	cr_expect_str_eq(t.rows[0].cells[1], "b", "spaces around an unquoted cell go");
	cr_expect_str_eq(t.rows[1].cells[1], "two, \"quoted\"");
	cr_expect_str_eq(t.rows[1].cells[2], " three ", "spaces inside quotes stay");
	cr_expect_eq(t.rows[2].line, 4, "an empty row is left out, its line still counted");
	cr_expect_str_eq(t.rows[2].cells[0], "line\r\nbreak");
	cr_expect_eq(t.rows[3].line, 7, "a line break inside quotes is a line of the file");
	cr_expect_str_eq(t.rows[3].cells[1], "");
	csv_table_free(&t);
}

Test(csv, each_fault_names_its_line_and_cell)
{
	static const struct {
		const char *text;
		size_t      len;
		const char *said;
	} bad[] = {
		{ "a,b\n1,\"open\n2,3\n", 17, "in.csv:2:2: error: a quoted cell is never closed" },
		{ "a,b\n1,\"x\"y\n", 11, "in.csv:2:2: error: a quote out of place" },
		{ "a,b\n1,x\"y\"\n", 11, "in.csv:2:2: error: a quote out of place" },
		{ "a,b\n1,2\nx\0y,2\n", 14, "in.csv:3:1: error: not text: a NUL byte" },
		{ "a,b\n1,caf\xe9\n", 11, "in.csv:2:2: error: not UTF-8, perhaps Latin-1" },
		{ "", 0, "in.csv: error: empty: a CSV file needs a header row" },
		{ "\xef\xbb\xbf\r\n", 5, "in.csv: error: empty" },
	};
	struct csv_table t;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		said_stop();
		said_start();
		put_file(csv, bad[i].text, bad[i].len);
		cr_expect_eq(csv_read(csv, &t), -1, "case %zu", i);
		cr_expect(find(said(), bad[i].said) >= 0, "case %zu: %s", i, said());
		csv_table_free(&t);
	}
}

Test(csv, rows_of_the_wrong_width_are_named_and_the_rest_kept)
{
	struct csv_table t;

	PUT("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n");
	cr_assert_eq(csv_read(csv, &t), -1);
	cr_expect(find(said(), "in.csv:3:3: error: the row does not have the header's columns: "
	    "2 cells where the header has 3") >= 0, "%s", said());
	cr_expect(find(said(), "in.csv:4:4: error:") >= 0, "%s", said());
	cr_expect_eq(t.ragged, 2);
	cr_assert_eq(t.nrows, 3);
	cr_expect_eq(t.rows[2].line, 5);
	csv_table_free(&t);
}

Test(csv, cells_written_read_back_the_same)
{
	static const char *const cells[] = {
		"plain", "a, comma", "a \"quote\"", "two\nlines", " lead", "trail ", "", "£1,200",
		"crlf\r\n",
	};
	const size_t n = sizeof cells / sizeof cells[0];
	struct buf b = {0};
	struct csv_table t;
	size_t i;

	csv_put_row(&b, cells, n);
	csv_put_row(&b, cells, n);
	put_file(csv, b.s, b.len);
	cr_assert_eq(csv_read(csv, &t), 0, "%s\n%s", said(), b.s);
	cr_assert_eq(t.nrows, 2);
	for (i = 0; i < n; i++)
		cr_expect_str_eq(t.rows[1].cells[i], cells[i], "cell %zu", i);
	csv_table_free(&t);
	buf_free(&b);
}

Test(import, numbers_are_read_as_a_spreadsheet_shows_them)
{
	struct import_counts n;
	char *v;

	PUT("measure,period,value\n"
	    "SR1,2025/26 Q1,\"1,234.5\"\n"
	    "SR2,2025/26 Q1,£1200\n"
	    "SR3,2025/26 Q1,61.5%\n"
	    "SR4,2025/26 Q1,n/a\n"
	    "OC1,2025/26 Q1,-3\n"
	    "OC2,2025/26 Q1,\n"
	    "OC3,2025/26 Q1,\"£12,345,678\"\n");
	cr_assert_eq(import_csv(db, "values", csv, &write, &n), 0, "%s", said());
	cr_expect_eq(n.added, 7);
	v = sql_value("SELECT group_concat(coalesce(value, 'NULL'), ' ') FROM (SELECT value"
	    " FROM measure_value WHERE fy = 2025 ORDER BY measure_id)");
	cr_expect_str_eq(v, "1234.5 1200.0 61.5 NULL -3.0 NULL 12345678.0\n");
	free(v);
}

Test(import, what_is_not_a_number_is_refused_and_nothing_written)
{
	static const char *const bad[] = {
		"1,23", "12,3456", ",123", "inf", "nan", "1.2.3", "12abc", "£", "%", "#N/A", "1e",
	};
	struct import_counts n;
	struct buf b = {0};
	size_t i;

	buf_add(&b, "measure,period,value\n");
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		buf_addf(&b, "SR1,2025/26 Q%zu,\"%s\"\n", i % 4 + 1, bad[i]);
	put_file(csv, b.s, b.len);
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect_eq(diag_count(D_IMPORT_NUMBER), (int)(sizeof bad / sizeof bad[0]), "%s", said());
	cr_expect_eq(diag_count(D_IMPORT_REFUSED), 1);
	assert_db_unchanged();
	buf_free(&b);
}

Test(import, a_dry_run_counts_and_writes_nothing)
{
	struct import_counts n;

	PUT("Measure Code,PERIOD, value \n"
	    "SR1,2025/26 Q1,70\n"
	    "sr1,2024/25 Q2,62.3\n"
	    "SR1,Q3 2024/25,63.5\n");
	cr_assert_eq(import_csv(db, "values", csv, &dry, &n), 0, "%s", said());
	cr_expect(n.added == 1 && n.changed == 1 && n.same == 1, "%zu %zu %zu", n.added, n.changed,
	    n.same);
	assert_db_unchanged();
	cr_assert_eq(import_csv(db, "values", csv, &write, &n), 0, "%s", said());
	cr_assert_eq(import_csv(db, "values", csv, &dry, &n), 0, "%s", said());
	cr_expect(n.added == 0 && n.changed == 0 && n.same == 3, "once written, all unchanged");
}

Test(import, every_fault_is_reported_at_once)
{
	struct import_counts n;

	PUT("measure,period,value,note\n"
	    "XX9,2024/25 Q2,1,\n"
	    "SR1,2019/20 Q2,1,\n"
	    "SR1,2024/25 Q9,1,\n"
	    "SR1,2024/25 Q2,1,\n"
	    "SR1,Q2 2024/25,2,\n"
	    "SR1,2024/25 Q1,2,\n"
	    "SR2,2024/25 Q2,1,@SUM(A1)\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect_eq(diag_count(D_IMPORT_NO_MEASURE), 1, "%s", said());
	cr_expect_eq(diag_count(D_IMPORT_OUTSIDE), 1, "%s", said());
	cr_expect_eq(diag_count(D_IMPORT_PERIOD), 1, "%s", said());
	cr_expect_eq(diag_count(D_IMPORT_TWICE), 1, "%s", said());
	cr_expect_eq(diag_count(D_IMPORT_SIGNED_OFF), 1, "%s", said());
	cr_expect_eq(diag_count(D_CSV_FORMULA), 1, "%s", said());
	cr_expect(find(said(), "in.csv:6:1: error: the same row twice: SR1 2024/25 Q2, first on "
	    "line 5") >= 0, "%s", said());
	cr_expect(find(said(), "in.csv:7:1: error: a signed-off paper reported it") >= 0, "%s",
	    said());
	assert_db_unchanged();
}

Test(import, headers_are_matched_by_name_in_any_order)
{
	struct import_counts n;

	PUT("note,VALUE,Period,measure,colour\n1,2,2024/25 Q2,SR1,red\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect(find(said(), "in.csv:1:5: error: unknown column: 'colour' (values has: measure, "
	    "period, value, note)") >= 0, "%s", said());
	said_stop();
	said_start();
	PUT("note,measure,measure\n1,SR1,SR1\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect_eq(diag_count(D_CSV_COLUMN_TWICE), 1, "%s", said());
	said_stop();
	said_start();
	PUT("value,measure\n1,SR1\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect(find(said(), "in.csv:1: error: a column is missing: 'period'") >= 0, "%s", said());
	said_stop();
	said_start();
	PUT("note,VALUE,Period,measure\nok,62.3,2024/25 Q2,SR1\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), 0, "%s", said());
	cr_expect_eq(n.changed, 1, "the note is new");
}

Test(import, a_formula_kept_as_text_comes_back_as_the_same_text)
{
	struct import_counts n;
	char *v, *out;

	PUT("measure,period,value,note\nSR1,2024/25 Q2,62.3,'=1+1\nSR1,2024/25 Q3,63,'-\n");
	cr_assert_eq(import_csv(db, "values", csv, &write, &n), 0, "%s", said());
	v = sql_value("SELECT note FROM measure_value WHERE measure_id = 1 AND fy = 2024"
	    " AND quarter IN (2, 3) ORDER BY quarter");
	cr_expect_str_eq(v, "=1+1\n-\n");
	free(v);
	out = export_csv(db, "values");
	cr_assert_not_null(out);
	cr_expect(find(out, "\nSR1,2024/25 Q2,62.3,'=1+1\n") >= 0, "%s", out);
	free(out);
}

Test(import, actions_change_but_are_never_made_up)
{
	struct import_counts n;
	char *v;

	PUT("number,description,officer,start,end,status,progress\n"
	    "1.1,Lead the HR and Workforce Development work stream for the Troubled Families "
	    "programme,Geraldine Vary,April 2024,2025,On Track,Scoping done.\n");
	cr_assert_eq(import_csv(db, "actions", csv, &write, &n), 0, "%s", said());
	cr_expect_eq(n.changed, 1);
	v = sql_value("SELECT status || '|' || progress FROM action WHERE number = '1.1'");
	cr_expect_str_eq(v, "on_track|Scoping done.\n");
	free(v);
	PUT("number,description,officer,start,end,status,progress\n"
	    "9.9,New,,,,on_track,\n1.1,x,,,,done,\n");
	cr_expect_eq(import_csv(db, "actions", csv, &write, &n), -1);
	cr_expect_eq(diag_count(D_IMPORT_NO_ACTION), 1, "%s", said());
	cr_expect(find(said(), "in.csv:3:6: error: not one of the allowed values: status 'done' "
	    "(one of: not_started, on_track, at_risk, off_track, complete)") >= 0, "%s", said());
}

Test(import, a_correction_to_what_was_signed_off_is_kept_as_a_revision)
{
	static const struct import_opts fix = { 0, "Survey figure re-weighted", "A. Tester" };
	struct import_counts n;
	char *v;

	PUT("measure,period,value\nSR1,2024/25 Q1,61.4\nSR1,2024/25 Q2,62.3\n");
	cr_expect_eq(import_csv(db, "values", csv, &write, &n), -1);
	cr_expect(find(said(), "reported by paper 1; to correct it, import with --revise --reason "
	    "TEXT") >= 0, "%s", said());
	assert_db_unchanged();
	cr_assert_eq(import_csv(db, "values", csv, &fix, &n), 0, "%s", said());
	cr_expect(n.changed == 1 && n.same == 1 && n.revised == 1, "%zu %zu %zu", n.changed, n.same,
	    n.revised);
	v = sql_value("SELECT table_name, row_key, column_name, old_value, new_value, revised_by,"
	    " reason, revised_at GLOB '2*-*-*T*:*:*Z' FROM revision");
	cr_expect_str_eq(v, "measure_value|1|2024|1|value|61.1|61.4|A. Tester|"
	    "Survey figure re-weighted|1\n");
	free(v);
	v = sql_value("SELECT value FROM measure_value WHERE measure_id = 1 AND fy = 2024"
	    " AND quarter = 1");
	cr_expect_str_eq(v, "61.4\n");
	free(v);
	/* A plan's rows, once its latest paper is signed off, the same way. */
	sql_on(db, "UPDATE paper SET status = 'signed_off' WHERE id IN (3, 4)");
	sql_on(db, "UPDATE action SET description = 'x', officer = NULL, start = NULL,"
	    " finish = NULL, status = 'on_track', progress = NULL WHERE number = '1'");
	PUT("number,description,officer,start,end,status,progress\n1,x,,,,complete,Done.\n");
	cr_expect_eq(import_csv(db, "actions", csv, &write, &n), -1);
	cr_expect_eq(diag_count(D_IMPORT_SIGNED_OFF), 2, "%s", said());
	cr_assert_eq(import_csv(db, "actions", csv, &fix, &n), 0, "%s", said());
	cr_expect(n.changed == 1 && n.revised == 1, "%zu %zu", n.changed, n.revised);
	v = sql_value("SELECT r.row_key = a.id, r.column_name, r.old_value, r.new_value"
	    " FROM revision r JOIN action a ON a.number = '1' WHERE r.table_name = 'action'"
	    " ORDER BY r.id");
	cr_expect_str_eq(v, "1|status|on_track|complete\n1|progress||Done.\n");
	free(v);
}
