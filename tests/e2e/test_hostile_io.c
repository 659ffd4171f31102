/* Hostile databases, CSV files, command lines, fonts and disks, and docket
 * killed half-way: a clear message and an exit below 128 each time, within
 * a time limit, nothing half-written and nothing lost. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "hostile.h"
#include "util.h"

/* A string literal and its length: a file's bytes, NULs included. */
#define BYTES(s)	(s), sizeof (s) - 1
#define STR_(x)	#x
#define STR(x)	STR_(x)

static const char *out;

static void
setup(void)
{
	fixture_setup();
	out = fixture_path("out", 1);
}

TestSuite(hostile_io, .init = setup, .fini = fixture_teardown, .timeout = 180);

/* What sqlite3 prints for query on db, fields parted by a space; the
 * query must succeed. Caller frees. */
static char *
sql_out(const char *db, const char *query)
{
	struct run r;
	char *s;

	cr_assert_eq(run_sh(&r, "sqlite3 -separator ' ' '%s' \"%s\"", db, query), 0, "%s", r.err);
	s = xstrdup(r.out);
	run_free(&r);
	return s;
}

/* No file of dir starts with '.': no temporary file is left. */
static void
assert_no_temp(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	cr_assert_not_null(d);
	while ((e = readdir(d)) != NULL)
		cr_assert(e->d_name[0] != '.' || strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0, "left in %s: %s", dir, e->d_name);
	closedir(d);
}

/* Every PDF in dir is whole (qpdf --check). */
static void
assert_whole_pdfs(const char *dir)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "for f in '%s'/*.pdf; do [ -e \"$f\" ] || continue; "
	    "qpdf --check \"$f\" >/dev/null 2>&1 || { echo \"$f\"; exit 1; }; done", dir), 0,
	    "a partial PDF: %s", r.out);
	run_free(&r);
}

/* Renders every paper into out: any status, but a clear one. */
static void
render_all_clear(const char *db, int status, const char *want)
{
	struct run r;

	hostile(&r, "render", "--db", db, "--all", "--out", out, NULL);
	if (status == 0)
		cr_assert_eq(r.status, 0, "%s", r.err);
	else
		assert_clear(&r, status, want);
	run_free(&r);
	assert_no_temp(out);
	assert_whole_pdfs(out);
}

Test(hostile_io, files_that_are_not_docket_databases)
{
	char *db = xasprintf("%s/x.db", e2e.dir);
	struct run r;

	put_file(db, "hello", 5);
	hostile(&r, "list", "--db", db, NULL);
	assert_clear(&r, 65, "x.db: error: not an SQLite database");
	run_free(&r);
	put_file(db, "", 0);
	hostile(&r, "render", "--db", db, "--all", "--out", out, NULL);
	assert_clear(&r, 65, "not an SQLite database");
	run_free(&r);
	unlink(db);
	sql_on(db, "CREATE TABLE x (y);");
	hostile(&r, "list", "--db", db, NULL);
	assert_clear(&r, 65, "x.db: error:");
	run_free(&r);
	sql_on(db, "PRAGMA user_version = " STR(DB_SCHEMA_VERSION) ";");
	hostile(&r, "render", "--db", db, "--all", "--out", out, NULL);
	assert_clear(&r, 65, "no such table");
	run_free(&r);
	free(db);
}

Test(hostile_io, truncated_and_garbled_databases)
{
	char *db = xasprintf("%s/t.db", e2e.dir);
	struct run r;
	int cut;

	for (cut = 0; cut < 4; cut++) {
		cr_assert_eq(run_sh(&r, "head -c %d '%s' > '%s'", 4096 * (1 + 3 * cut), e2e.db, db), 0);
		run_free(&r);
		hostile(&r, "render", "--db", db, "--all", "--out", out, NULL);
		assert_clear(&r, HOSTILE_FAILS, NULL);
		run_free(&r);
		assert_no_temp(out);
	}
	for (cut = 1; cut < 12; cut += 3) {
		cr_assert_eq(run_sh(&r, "cp '%s' '%s' && head -c 4096 /dev/urandom | dd of='%s' bs=4096 "
		    "seek=%d conv=notrunc 2>/dev/null", e2e.db, db, db, cut), 0);
		run_free(&r);
		hostile(&r, "render", "--db", db, "--all", "--out", out, NULL);
		cr_assert_lt(r.status, 124, "status %d: %s", r.status, r.err);
		if (r.status != 0)
			assert_clear(&r, HOSTILE_FAILS, NULL);
		run_free(&r);
		assert_no_temp(out);
		assert_whole_pdfs(out);
	}
	free(db);
}

Test(hostile_io, null_in_every_nullable_column)
{
	char *sql = sql_out(e2e.db, "SELECT 'UPDATE ' || m.name || ' SET ' || p.name || ' = NULL;' "
	    "FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' "
	    "AND p.[notnull] = 0 AND p.pk = 0");
	char *all = xasprintf("PRAGMA ignore_check_constraints = 1; PRAGMA foreign_keys = 0; %s", sql);

	cr_assert_gt(count_in(sql, "UPDATE"), 20, "%s", sql);
	sql_on(e2e.db, all);
	render_all_clear(e2e.db, HOSTILE_FAILS, NULL);
	free(all);
	free(sql);
}

/* Every text column of a table at once, a table at a time. */
Test(hostile_io, invalid_utf8_in_every_text_column)
{
	char *cols = sql_out(e2e.db, "SELECT m.name, group_concat(p.name || ' = CAST(X''41C328FF'' "
	    "AS TEXT) || rowid', ', ') FROM sqlite_master m, pragma_table_info(m.name) p "
	    "WHERE m.type = 'table' AND p.type = 'TEXT' GROUP BY m.name");
	char *db = xasprintf("%s/u.db", e2e.dir), *line, *save = NULL;
	int n = 0, refused = 0;

	for (line = strtok_r(cols, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *set = strchr(line, ' '), *sql;
		struct run r;

		cr_assert_not_null(set);
		*set++ = '\0';
		cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, db), 0);
		run_free(&r);
		sql = xasprintf("PRAGMA ignore_check_constraints = 1; PRAGMA foreign_keys = 0; "
		    "UPDATE %s SET %s;", line, set);
		sql_on(db, sql);
		hostile(&r, "render", "--db", db, "--all", "--dump-tree", NULL);
		if (r.status != 0) {
			assert_clear(&r, 65, NULL);
			refused++;
		}
		run_free(&r);
		free(sql);
		n++;
	}
	cr_assert_gt(n, 15, "%d tables with text", n);
	cr_assert_gt(refused, 10, "%d of %d refused", refused, n);
	free(db);
	free(cols);
}

Test(hostile_io, a_megabyte_in_a_text_cell)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paragraph SET text = replace(printf('%.*c', 200000, 'x'), 'x', 'word ') "
	    "WHERE rowid = (SELECT min(g.rowid) FROM paragraph g JOIN section s ON s.id = g.section_id "
	    "WHERE s.paper_id = 3); UPDATE paper SET title = replace(printf('%.*c', 100000, 'x'), 'x', "
	    "'Titles ') WHERE id = 5;");
	hostile(&r, "check", "--db", e2e.db, "--paper", "3", NULL);
	cr_assert_lt(r.status, 124, "%s", r.err);
	run_free(&r);
	render_all_clear(e2e.db, HOSTILE_ANY, NULL);
}

/* n actions generated for the plan of paper 3, numbered from 1001. */
static void
add_actions(int n)
{
	char *sql = xasprintf("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
	    "WHERE n < %d) INSERT INTO action (priority_id, number, description, status) SELECT "
	    "(SELECT min(id) FROM priority WHERE plan_id = (SELECT plan_id FROM paper WHERE id = 3)), "
	    "1000 + n, 'Generated action ' || n, 'on_track' FROM c;", n);

	sql_on(e2e.db, sql);
	free(sql);
}

/* A hundred thousand actions are checked and rendered within the time
 * limit: an action plan's table of 100,000 rows on some 2,860 pages,
 * more than a PDF array holds (libharu's 32,767, PDF/A's 8,191), its
 * rows in groups (TBody), tagged still, the last action on one of the
 * last pages. */
Test(hostile_io, a_hundred_thousand_actions)
{
	char *pdf = xasprintf("%s/p3.pdf", out);
	struct run r;
	int pages;

	add_actions(100000);
	hostile(&r, "check", "--db", e2e.db, "--paper", "3", NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	hostile(&r, "render", "--db", e2e.db, "--paper", "3", "-o", pdf, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	assert_no_temp(out);
	pages = pdf_pages(pdf);
	cr_assert_gt(pages, 2800, "%d pages", pages);
	cr_assert_eq(run_sh(&r, "pdfinfo '%s' | grep '^Tagged:'; pdftotext -f %d -l %d '%s' -", pdf,
	    pages - 5, pages, pdf), 0, "%s", r.err);
	cr_assert_eq(count_in(r.out, "Tagged:          yes\n"), 1, "%.200s", r.out);
	cr_assert_eq(count_in(r.out, "Generated action 100000\n"), 1, "the last action not on the "
	    "last pages:\n%s", r.out);
	run_free(&r);
	free(pdf);
}

Test(hostile_io, a_database_another_writer_holds)
{
	char *csv = xasprintf("%s/v.csv", e2e.dir), *before = xasprintf("%s/before.db", e2e.dir);
	struct run r, lock;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, before), 0);
	run_free(&r);
	put_file(csv, BYTES("measure,period,value,note\nSR1,2023/24 Q1,60.5,\n"));
	/* A writer that keeps its lock for 7 s, longer than docket waits. */
	cr_assert_eq(run_sh(&lock, "( echo 'BEGIN EXCLUSIVE;'; sleep 7; echo 'COMMIT;' ) | "
	    "sqlite3 '%s' >/dev/null 2>&1 & sleep 0.5", e2e.db), 0);
	run_free(&lock);
	hostile(&r, "import", "--db", e2e.db, "values", csv, NULL);
	assert_clear(&r, 75, "another process has the database locked; try again");
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sleep 2"), 0);
	run_free(&r);
	assert_same_file(before, e2e.db);
	free(before);
	free(csv);
}

Test(hostile_io, hostile_csv_files_change_nothing)
{
	static const struct { const char *bytes; size_t len; int status; const char *want; } files[] = {
		{ BYTES("measure,period,value,note\nSR1,2023/24 Q1,6\0,\n"), 65, "not text: a NUL byte" },
		{ BYTES("measure,period,value,note\nSR1,2023/24 Q1,\xff\xfe,\n"), 65, "not UTF-8" },
		{ BYTES("measure,period,value,note\nSR1,\"2023/24 Q1,60,\n"), 65, "never closed" },
		{ BYTES("measure,period,value,note\nSR1,2023/24 Q1,=cmd|' /C calc'!A0,\n"), 65,
		  "a formula" },
		{ BYTES(""), 65, "empty" },
		{ BYTES("\xef\xbb\xbf"), 65, "empty" },
	};
	char *csv = xasprintf("%s/in.csv", e2e.dir), *before = xasprintf("%s/before.db", e2e.dir);
	struct buf big = {0};
	struct run r;
	size_t i;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, before), 0);
	run_free(&r);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		put_file(csv, files[i].bytes, files[i].len);
		hostile(&r, "import", "--db", e2e.db, "values", csv, NULL);
		assert_clear(&r, files[i].status, files[i].want);
		run_free(&r);
	}
	/* A megabyte in one cell, and a header of 10,000 columns. */
	buf_add(&big, "measure,period,value,note\nSR1,2023/24 Q1,60,");
	for (i = 0; i < 1000000; i++)
		buf_addc(&big, 'n');
	buf_add(&big, "\n");
	put_file(csv, big.s, big.len);
	hostile(&r, "import", "--db", e2e.db, "values", csv, NULL);
	cr_assert_lt(r.status, 124, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, before), 0);
	run_free(&r);
	big.len = 0;
	for (i = 0; i < 10000; i++)
		buf_addf(&big, "c%zu,", i);
	buf_add(&big, "\n1\n");
	put_file(csv, big.s, big.len);
	hostile(&r, "import", "--db", e2e.db, "values", csv, NULL);
	assert_clear(&r, 65, "in.csv:");
	run_free(&r);
	hostile(&r, "import", "--db", e2e.db, "values", e2e.dir, NULL);
	assert_clear(&r, HOSTILE_FAILS, NULL);
	run_free(&r);
	hostile(&r, "import", "--db", e2e.db, "values", "/nonexistent/v.csv", NULL);
	assert_clear(&r, 66, "v.csv");
	run_free(&r);
	assert_same_file(before, e2e.db);
	buf_free(&big);
	free(before);
	free(csv);
}

Test(hostile_io, bad_command_lines_are_usage_errors)
{
	static const char *const lines[][6] = {
		{ "render", "--bogus", NULL }, { "list", "--db", NULL }, { "render", "--db", NULL },
		{ "render", "--paper", "abc", NULL }, { "frobnicate", NULL }, { "check", NULL },
		{ "import", "--db", NULL }, { "render", "--paper", "-1", "--db", "x", NULL },
		{ "render", "--paper", "99999999999999999999", NULL }, { "init", NULL },
	};
	size_t i;

	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		struct run r;

		hostile(&r, lines[i][0], lines[i][1], lines[i][2], lines[i][3], lines[i][4], NULL);
		assert_clear(&r, 64, NULL);
		run_free(&r);
	}
}

Test(hostile_io, paths_with_spaces_and_newlines)
{
	char *db = xasprintf("%s/a b\nc.db", e2e.dir), *pdf = xasprintf("%s/x y\nz.pdf", out);
	struct run r;

	cr_assert_eq(rename(e2e.db, db), 0);
	hostile(&r, "list", "--db", db, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	hostile(&r, "render", "--db", db, "--paper", "3", "-o", pdf, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert_gt(pdf_pages(pdf), 0);
	cr_assert_eq(rename(db, e2e.db), 0);
	free(pdf);
	free(db);
}

Test(hostile_io, an_output_that_exists_is_never_overwritten)
{
	char *pdf = xasprintf("%s/minutes.pdf", out), *copy = xasprintf("%s/copy.pdf", e2e.dir);
	struct run r;

	put_file(pdf, BYTES("%PDF-1.4 minutes of the last meeting"));
	put_file(copy, BYTES("%PDF-1.4 minutes of the last meeting"));
	hostile(&r, "render", "--db", e2e.db, "--paper", "3", "-o", pdf, NULL);
	assert_clear(&r, 73, "a file docket did not write is already there");
	run_free(&r);
	assert_same_file(copy, pdf);
	assert_no_temp(out);
	free(copy);
	free(pdf);
}

Test(hostile_io, a_read_only_folder)
{
	char *locked = xasprintf("%s/locked", e2e.dir), *copy = xasprintf("%s/docket", e2e.dir);
	char *share = xasprintf("%s/share", e2e.dir), *env = xasprintf("DOCKET_DATADIR=%s", share);
	char *argv[] = { (char *)"timeout", (char *)"60", (char *)"env", env, copy, (char *)"render",
	    (char *)"--db", e2e.db, (char *)"--all", (char *)"--out", locked, NULL };
	const char *bin = getenv("DOCKET_BIN");
	struct run r;

	/* Root writes anywhere: the render runs as nobody, on its own copy
	 * of the program and its data (the source tree may sit in a folder
	 * nobody may enter), into a folder nobody may write. */
	cr_assert_eq(run_sh(&r, "mkdir '%s' '%s' && cp -r templates fonts data '%s' && cp '%s' '%s' && "
	    "chmod -R a+rX '%s' && chmod 755 '%s' && chmod 644 '%s' && chmod 555 '%s'", locked, share,
	    share, bin ? bin : "build/test/docket", copy, share, e2e.dir, e2e.db, locked), 0);
	run_free(&r);
	run_argv(&r, geteuid() == 0 ? 65534 : (uid_t)-1, argv);
	assert_clear(&r, 73, "Permission denied");
	run_free(&r);
	cr_assert_eq(count_entries(locked), 0);
	free(env);
	free(share);
	free(copy);
	free(locked);
}

Test(hostile_io, a_full_disk)
{
	char *copy = xasprintf("%s/copy.db", e2e.dir), *csv = xasprintf("%s/v.csv", e2e.dir);
	struct run r;

	/* RLIMIT_FSIZE of 20 kB: past it a write fails with EFBIG. */
	hostile_sh(&r, "ulimit -f 20; exec $DOCKET render --db '%s' --all --out '%s'", e2e.db, out);
	assert_clear(&r, 73, "error: cannot create output: File too large");
	run_free(&r);
	cr_assert_eq(count_entries(out), 0);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && %s export --db '%s' values | grep -v '2024/25 Q1' > '%s' "
	    "&& sqlite3 '%s' 'DELETE FROM measure_value' && cp '%s' '%s'", e2e.db, copy,
	    getenv("DOCKET_BIN") ? getenv("DOCKET_BIN") : "build/test/docket", e2e.db, csv, e2e.db,
	    e2e.db, copy), 0, "%s", r.err);
	run_free(&r);
	hostile_sh(&r, "ulimit -f 8; exec $DOCKET import --db '%s' values '%s'", e2e.db, csv);
	assert_clear(&r, HOSTILE_FAILS, NULL);
	run_free(&r);
	assert_same_file(copy, e2e.db);
	free(csv);
	free(copy);
}

Test(hostile_io, a_changed_truncated_or_missing_font)
{
	const char *data = own_datadir();
	char *bold = xasprintf("%s/fonts/LiberationSans-Bold.ttf", data);
	char *regular = xasprintf("%s/fonts/LiberationSans-Regular.ttf", data);
	char *sums = xasprintf("%s/fonts/SHA256SUMS", data);
	struct run r;

	cr_assert_eq(run_sh(&r, "printf x | dd of='%s' bs=1 seek=5000 conv=notrunc 2>/dev/null", bold), 0);
	run_free(&r);
	render_all_clear(e2e.db, 65, "LiberationSans-Bold.ttf: error: not a font docket was installed "
	    "with");
	cr_assert_eq(count_entries(out), 0);
	cr_assert_eq(truncate(regular, 1000), 0);
	render_all_clear(e2e.db, 65, "LiberationSans-Regular.ttf: error: not a font docket was installed");
	cr_assert_eq(unlink(regular), 0);
	render_all_clear(e2e.db, 66, "LiberationSans-Regular.ttf: error: cannot read font");
	cr_assert_eq(unlink(sums), 0);
	render_all_clear(e2e.db, 66, "SHA256SUMS: error: cannot read the fonts' SHA-256 list");
	cr_assert_eq(count_entries(out), 0);
	free(sums);
	free(regular);
	free(bold);
}
