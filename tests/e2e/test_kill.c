/* docket killed (SIGKILL, at many points): an import leaves the database
 * as it was or fully imported, and a re-run completes; a render leaves no
 * partial PDF, only temporary files named .NAME.PID.XXXXXX for a process
 * that is gone, which the next render of that paper removes; docket batch
 * and docket narrative import, killed at each of their write steps (the
 * failpoints of test builds) and at many moments, leave a whole database
 * whose records describe the files there, and a re-run ends where a run
 * never killed would. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(kill, .init = fixture_setup, .fini = fixture_teardown, .timeout = 180);

static const char *
docket_bin(void)
{
	return getenv("DOCKET_BIN") ? getenv("DOCKET_BIN") : "build/test/docket";
}

/* A number sqlite3 prints for query on db. */
static long
sql_number(const char *db, const char *query)
{
	struct run r;
	long n;

	cr_assert_eq(run_sh(&r, "sqlite3 -cmd '.timeout 5000' '%s' \"%s\"", db, query), 0, "%s",
	    r.err);
	n = strtol(r.out, NULL, 10);
	run_free(&r);
	return n;
}

/* Makes db a copy of fresh again, without what a killed docket left
 * beside it (its journal or its WAL). */
static void
db_afresh(const char *fresh, const char *db)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && rm -f '%s-journal' '%s-wal' '%s-shm'", fresh, db,
	    db, db, db), 0, "%s", r.err);
	run_free(&r);
}

/* After a kill: the database whole (PRAGMA integrity_check), and docket
 * verify content with it and its archive. */
static void
assert_db_whole(const char *db, const char *when)
{
	struct run r;

	/* timeout kills its process group, itself first: the killed
	 * docket may hold its lock a moment longer. */
	cr_assert_eq(run_sh(&r, "sqlite3 -cmd '.timeout 5000' '%s' 'PRAGMA integrity_check'", db),
	    0, "%s: %s", when, r.err);
	cr_assert_str_eq(r.out, "ok\n", "%s: %s", when, r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "%s verify --db '%s' --archive '%s/archive'", docket_bin(), db,
	    e2e.dir), 0, "%s: verify: %s%s", when, r.out, r.err);
	run_free(&r);
}

/* After a kill: every PDF in out is whole (qpdf --check), and all else
 * there is a temporary file, .NAME.PID.XXXXXX, of a process that is gone
 * (or going, within a second). Returns the number of those. */
static int
assert_out_whole(const char *out, const char *when)
{
	struct run r;
	int left;

	/* A process is gone when it is a zombie too: a killed docket and
	 * its workers wait so for whoever adopts them. */
	cr_assert_eq(run_sh(&r, "gone() { ! kill -0 \"$1\" 2>/dev/null || "
	    "[ \"$(sed 's/.*) //' /proc/$1/stat 2>/dev/null | cut -c1)\" = Z ]; }; "
	    "cd '%s' 2>/dev/null || exit 0; ls -A | while IFS= read -r f; do "
	    "if echo \"$f\" | grep -Eq '^\\..+\\.pdf\\.[0-9]+\\.[A-Za-z0-9]{6}$'; then "
	    "p=${f%%.*}; p=${p##*.}; i=0; until gone \"$p\" || [ $i -ge 50 ]; "
	    "do sleep 0.02; i=$((i + 1)); done; "
	    "gone \"$p\" || { echo \"a live process's: $f\"; exit 1; }; echo left; "
	    "elif [ \"${f#.}\" = \"$f\" ] && [ \"${f%%.pdf}\" != \"$f\" ]; then "
	    "qpdf --check \"$f\" >/dev/null 2>&1 || { echo \"partial: $f\"; exit 1; }; "
	    "else echo \"unknown: $f\"; exit 1; fi; done", out), 0, "%s: %s", when, r.out);
	left = count_in(r.out, "left");
	run_free(&r);
	return left;
}

/* What the import kills import: every value but those a signed-off paper
 * reported, as csv, and clean, a copy of the database that has none. */
static void
values_to_import(const char *csv, const char *clean)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "%s export --db '%s' values | grep -v '2024/25 Q1' > '%s' && "
	    "cp '%s' '%s' && sqlite3 '%s' 'DELETE FROM measure_value'", docket_bin(), e2e.db, csv,
	    e2e.db, clean, clean), 0, "%s", r.err);
	run_free(&r);
}

Test(kill, an_import_killed_anywhere_is_all_or_nothing)
{
	char *csv = xasprintf("%s/v.csv", e2e.dir), *db = xasprintf("%s/k.db", e2e.dir);
	char *clean = xasprintf("%s/clean.db", e2e.dir);
	char when[32];
	struct run r;
	int ms, before, after, kills = 0;

	values_to_import(csv, clean);
	before = (int)sql_number(clean, "SELECT count(*) FROM measure_value");
	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && %s import --db '%s' values '%s'", clean, db,
	    docket_bin(), db, csv), 0, "%s", r.err);
	run_free(&r);
	after = (int)sql_number(db, "SELECT count(*) FROM measure_value");
	cr_assert_gt(after, before);
	for (ms = 1; ms <= 80; ms += 3) {
		long n;

		db_afresh(clean, db);
		run_sh(&r, "timeout -s KILL %d.%03ds %s import --db '%s' values '%s'", ms / 1000,
		    ms % 1000, docket_bin(), db, csv);
		kills += r.status == 128 + 9 || r.status == 137;
		run_free(&r);
		snprintf(when, sizeof when, "killed after %d ms", ms);
		assert_db_whole(db, when);
		n = sql_number(db, "SELECT count(*) FROM measure_value");
		cr_assert(n == before || n == after, "after %d ms: %ld rows, not %d or %d", ms, n,
		    before, after);
		/* And again, to the end. */
		cr_assert_eq(run_sh(&r, "%s import --db '%s' values '%s'", docket_bin(), db, csv), 0,
		    "%s", r.err);
		run_free(&r);
		cr_assert_eq(sql_number(db, "SELECT count(*) FROM measure_value"), after);
	}
	cr_assert_gt(kills, 3, "only %d runs were killed", kills);
	free(clean);
	free(db);
	free(csv);
}

/* Killed with every row written and not committed, the database has
 * none of them; killed after the commit, all; a re-run ends with all. */
Test(kill, an_import_killed_at_each_write_step_is_all_or_nothing)
{
	static const struct {
		const char *step;
		int         done;
	} at[] = { { "import-written", 0 }, { "import-committed", 1 } };
	char *csv = xasprintf("%s/v.csv", e2e.dir), *db = xasprintf("%s/k.db", e2e.dir);
	char *clean = xasprintf("%s/clean.db", e2e.dir);
	struct run r;
	long before, after;
	size_t i;

	values_to_import(csv, clean);
	before = sql_number(clean, "SELECT count(*) FROM measure_value");
	for (i = 0; i < sizeof at / sizeof at[0]; i++) {
		db_afresh(clean, db);
		cr_assert_eq(run_sh(&r, "DOCKET_FAILPOINT=%s %s import --db '%s' values '%s'",
		    at[i].step, docket_bin(), db, csv), 128 + 9, "%s: %s", at[i].step, r.err);
		run_free(&r);
		assert_db_whole(db, at[i].step);
		after = sql_number(db, "SELECT count(*) FROM measure_value");
		cr_assert(at[i].done ? after > before : after == before, "killed at %s: %ld rows, "
		    "%ld before", at[i].step, after, before);
		cr_assert_eq(run_sh(&r, "%s import --db '%s' values '%s'", docket_bin(), db, csv), 0,
		    "%s", r.err);
		run_free(&r);
		cr_assert_gt(sql_number(db, "SELECT count(*) FROM measure_value"), before);
	}
	free(clean);
	free(db);
	free(csv);
}

Test(kill, a_render_killed_anywhere_leaves_no_partial_pdf)
{
	const char *out = fixture_path("out", 1);
	char when[32];
	struct run r;
	int ms, left = 0;

	for (ms = 50; ms <= 1250; ms += 150) {
		run_sh(&r, "timeout -s KILL %d.%03ds %s render --db '%s' --all --out '%s' --jobs 2",
		    ms / 1000, ms % 1000, docket_bin(), e2e.db, out);
		run_free(&r);
		snprintf(when, sizeof when, "killed after %d ms", ms);
		left += assert_out_whole(out, when);
	}
	/* A render to the end removes what the killed ones left. */
	cr_assert_eq(run_sh(&r, "%s render --db '%s' --all --out '%s'", docket_bin(), e2e.db, out), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "ls -A '%s' | grep '^\\.'", out), 1, "left: %s", r.out);
	run_free(&r);
	cr_log_info("kill: %d temporary files left by the kills, all removed", left);
}

/* ---- docket batch ---- */

/* The demo's window of test_batch.c: papers 4 and 5 there, and paper 8
 * made from paper 3, rendered in that order. */
#define ASOF "2025-01-20"

/* A batch never killed, to compare with: fresh the demo database as it
 * was before, ref and refout what the batch left; db and out those of the
 * batch a test kills; state batch_state of ref. */
struct batch_ref {
	const char *fresh, *ref, *refout, *db, *out;
	char       *state;
};

/* docket batch on db into out, jobs at once, after `by` on the command
 * line (timeout, DOCKET_FAILPOINT=STEP, or ""). */
static int
run_batch(struct run *r, const char *by, const char *db, const char *out, int jobs)
{
	return run_sh(r, "%s %s batch --db '%s' --as-of " ASOF " --out '%s' --progress=never "
	    "--jobs %d", by, docket_bin(), db, out, jobs);
}

/* What a batch leaves, to compare with another's: the render records
 * (their files named without the folder), the papers, the papers made,
 * and the files of out with their SHA-256. Caller frees. */
static char *
batch_state(const char *db, const char *out)
{
	struct run r;
	char *s;

	cr_assert_eq(run_sh(&r, "sqlite3 -cmd '.timeout 5000' '%s' \"SELECT paper_id, inputs_sha256,"
	    " replace(file, '%s/', ''), pages FROM render_record ORDER BY paper_id;"
	    " SELECT id, meeting_id, title, status FROM paper ORDER BY id;"
	    " SELECT * FROM rolled_paper ORDER BY paper_id\" && cd '%s' && ls -A && "
	    "sha256sum -- *.pdf", db, out, out), 0, "%s%s", r.out, r.err);
	s = xstrdup(r.out);
	run_free(&r);
	return s;
}

/* The reference batch, run on e2e.db; k.db, a copy of the demo as it was,
 * is the one the tests kill. */
static void
batch_ref_make(struct batch_ref *b)
{
	struct run r;

	b->fresh = fixture_path("fresh.db", 0);
	b->ref = e2e.db;
	b->refout = fixture_path("refout", 0);
	b->db = fixture_path("k.db", 0);
	b->out = fixture_path("out", 0);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, b->fresh), 0);
	run_free(&r);
	cr_assert_eq(run_batch(&r, "", b->ref, b->refout, 1), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "3 rendered, 0 unchanged, 0 failed"), 0, "%s", r.out);
	run_free(&r);
	b->state = batch_state(b->ref, b->refout);
}

/* The database the batch to kill starts from: the demo as it was, and no
 * out folder. */
static void
batch_afresh(const struct batch_ref *b)
{
	db_afresh(b->fresh, b->db);
	rm_rf(b->out);
}

/* After a kill: each render record is one the batch never killed kept,
 * and its file is there; each PDF in out is byte for byte that batch's
 * (the same data gives the same bytes), so that no record describes
 * another file than the one there. */
static void
assert_records_agree(const struct batch_ref *b, const char *when)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 -cmd '.timeout 5000' '%s' \"ATTACH '%s' AS ref;"
	    " SELECT 'not the record kept: paper ' || paper_id FROM render_record k WHERE NOT EXISTS"
	    " (SELECT 1 FROM ref.render_record f WHERE f.paper_id = k.paper_id"
	    " AND f.inputs_sha256 = k.inputs_sha256 AND f.pages = k.pages"
	    " AND replace(f.file, '%s/', '') = replace(k.file, '%s/', ''))\" && "
	    "sqlite3 -cmd '.timeout 5000' '%s' 'SELECT file FROM render_record' | "
	    "while IFS= read -r f; do [ -f \"$f\" ] || echo \"recorded, not there: $f\"; done; "
	    "cd '%s' 2>/dev/null || exit 0; for f in *.pdf; do [ -e \"$f\" ] || continue; "
	    "cmp -s \"$f\" '%s'/\"$f\" || echo \"not the batch's file: $f\"; done", b->db, b->ref,
	    b->refout, b->out, b->db, b->out, b->refout), 0, "%s: %s", when, r.err);
	cr_assert_str_eq(r.out, "", "%s: %s", when, r.out);
	run_free(&r);
}

/* A re-run of the batch completes and ends where the batch never killed
 * did. */
static void
assert_rerun_completes(const struct batch_ref *b, const char *when)
{
	struct run r;
	char *state;

	cr_assert_eq(run_batch(&r, "", b->db, b->out, 1), 0, "%s: the re-run: %s", when, r.err);
	run_free(&r);
	state = batch_state(b->db, b->out);
	cr_assert_str_eq(state, b->state, "%s: the re-run left\n%s\nnot\n%s", when, state,
	    b->state);
	free(state);
}

/* After a kill: the database, the files and the records whole, and a
 * re-run completes. Returns the number of temporary files the kill left. */
static int
assert_batch_recovers(const struct batch_ref *b, const char *when)
{
	int left;

	assert_db_whole(b->db, when);
	left = assert_out_whole(b->out, when);
	assert_records_agree(b, when);
	assert_rerun_completes(b, when);
	return left;
}

Test(kill, a_batch_killed_at_each_write_step_recovers)
{
	/* Each step, and what the kill leaves there: papers, PDFs, records. */
	static const struct {
		const char *step;
		long        papers, pdfs, records;
	} at[] = {
		{ "roll-made", 7, 0, 0 },		/* paper 8 made, not committed */
		{ "roll-committed", 8, 0, 0 },
		{ "records-forgotten", 8, 0, 0 },
		{ "batch-written:1", 8, 1, 0 },	/* paper 4's PDF in place */
		{ "batch-written:2", 8, 2, 0 },
		{ "batch-written:3", 8, 3, 0 },
		{ "batch-recording", 8, 3, 0 },	/* the records not committed */
		{ "batch-recorded", 8, 3, 3 },
	};
	struct batch_ref b;
	char by[48];
	struct run r;
	size_t i;

	batch_ref_make(&b);
	for (i = 0; i < sizeof at / sizeof at[0]; i++) {
		batch_afresh(&b);
		snprintf(by, sizeof by, "DOCKET_FAILPOINT=%s", at[i].step);
		cr_assert_eq(run_batch(&r, by, b.db, b.out, 1), 128 + 9, "killed at %s: %s",
		    at[i].step, r.err);
		run_free(&r);
		cr_assert_eq(sql_number(b.db, "SELECT count(*) FROM paper"), at[i].papers, "%s",
		    at[i].step);
		cr_assert_eq(sql_number(b.db, "SELECT count(*) FROM render_record"), at[i].records,
		    "%s", at[i].step);
		cr_assert_eq(at[i].pdfs ? count_entries(b.out) : 0, at[i].pdfs, "%s", at[i].step);
		cr_assert_eq(assert_batch_recovers(&b, at[i].step), 0, "%s: a temporary file left",
		    at[i].step);
	}
	/* With --jobs 2 the step is in the workers: each dies at its first
	 * PDF, and the batch goes on without it and says so. */
	batch_afresh(&b);
	cr_assert_eq(run_batch(&r, "DOCKET_FAILPOINT=batch-written", b.db, b.out, 2), 70, "%s",
	    r.err);
	cr_assert_eq(count_in(r.err, "error: the process rendering it was killed"), 3, "%s",
	    r.err);
	cr_assert_geq(find(r.out, "0 rendered, 0 unchanged, 3 failed"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(sql_number(b.db, "SELECT count(*) FROM render_record"), 0);
	assert_batch_recovers(&b, "workers killed at batch-written");
	free(b.state);
}

Test(kill, a_batch_killed_at_any_moment_recovers)
{
	struct batch_ref b;
	char by[48], when[48];
	struct run r;
	int ms, kills = 0, left = 0;

	batch_ref_make(&b);
	for (ms = 10; ms <= 400; ms += 30) {
		int jobs = ms / 30 % 2 + 1;

		batch_afresh(&b);
		snprintf(by, sizeof by, "timeout -s KILL %d.%03ds", ms / 1000, ms % 1000);
		run_batch(&r, by, b.db, b.out, jobs);
		kills += r.status == 128 + 9;
		run_free(&r);
		snprintf(when, sizeof when, "--jobs %d killed after %d ms", jobs, ms);
		left += assert_batch_recovers(&b, when);
	}
	cr_assert_gt(kills, 3, "only %d runs were killed", kills);
	cr_log_info("kill: %d of 14 batches killed, %d temporary files left, all removed", kills,
	    left);
	free(b.state);
}

/* A kill between a PDF written and its record must not leave the old
 * record standing for the new file: once the data is as it was again,
 * the batch would call the paper unchanged and keep the other file. */
Test(kill, a_batch_killed_before_its_records_never_keeps_a_stale_file)
{
	static const char value[] = "UPDATE measure_value SET value = %s WHERE fy = 2024"
	    " AND quarter = 2 AND measure_id = (SELECT id FROM measure WHERE code = 'AR1')";
	struct batch_ref b;
	struct run r;
	char *sql;

	batch_ref_make(&b);
	batch_afresh(&b);
	cr_assert_eq(run_batch(&r, "", b.db, b.out, 1), 0, "%s", r.err);
	run_free(&r);
	/* A value paper 4 shows, changed: its new file is written, and the
	 * batch killed before it keeps its record. */
	sql = xasprintf(value, "77.7");
	sql_on(b.db, sql);
	free(sql);
	cr_assert_eq(run_batch(&r, "DOCKET_FAILPOINT=batch-written:1", b.db, b.out, 1), 128 + 9,
	    "%s", r.err);
	run_free(&r);
	/* Then the value as it was. */
	sql = xasprintf(value, "(SELECT value FROM f.measure_value v WHERE v.fy = 2024 AND"
	    " v.quarter = 2 AND v.measure_id = measure_value.measure_id)");
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"ATTACH '%s' AS f; %s\"", b.db, b.fresh, sql), 0,
	    "%s", r.err);
	run_free(&r);
	free(sql);
	assert_rerun_completes(&b, "the value changed back after a kill");
	free(b.state);
}

/* ---- docket narrative import ---- */

/* Paper 4's narrative, and a new one that changes most of its rows, adds
 * a section of 1,500 paragraphs and drops a recommendation: before and
 * after are what export gives of each; fresh the database as it was, db
 * the one the tests kill, md the new narrative. */
struct narr_ref {
	const char *fresh, *db, *md;
	char       *before, *after;
};

/* What narrative export gives of paper 4 in db. Caller frees. */
static char *
narrative_of(const char *db, const char *when)
{
	struct run r;
	char *md;

	cr_assert_eq(run_sh(&r, "%s narrative export --db '%s' --paper 4", docket_bin(), db), 0,
	    "%s: %s", when, r.err);
	md = xstrdup(r.out);
	run_free(&r);
	return md;
}

/* The new narrative imported into db, after `by` on the command line. */
static int
import_narrative(struct run *r, const char *by, const struct narr_ref *n)
{
	return run_sh(r, "%s %s narrative import --db '%s' --paper 4 '%s'", by, docket_bin(), n->db,
	    n->md);
}

/* The new narrative written, and imported into a copy for what export
 * then gives. */
static void
narr_ref_make(struct narr_ref *n)
{
	struct run r;

	n->fresh = e2e.db;
	n->db = fixture_path("k.db", 0);
	n->md = fixture_path("new.md", 0);
	n->before = narrative_of(e2e.db, "before");
	cr_assert_eq(run_sh(&r, "%s narrative export --db '%s' --paper 4 | awk '/^## [0-9]+\\./ "
	    "{ n = $2 + 0 } /^## Implications/ { print \"## \" n + 1 \". Added\\n\"; "
	    "for (i = 1; i <= 1500; i++) print \"Paragraph \" i \" added.\\n\" } { print }' | "
	    "sed -e 's/the /the revised /g' -e '/^2\\. /d' > '%s'", docket_bin(), e2e.db, n->md), 0,
	    "%s", r.err);
	run_free(&r);
	db_afresh(n->fresh, n->db);
	cr_assert_eq(import_narrative(&r, "", n), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "1501 added"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "1 removed"), 0, "%s", r.out);
	run_free(&r);
	n->after = narrative_of(n->db, "after");
	cr_assert_str_neq(n->after, n->before);
}

/* After a kill: the database whole, the narrative the old one or the new
 * one, and a re-run ends with the new one. Returns 1 when the kill left
 * the new one. */
static int
assert_narrative_recovers(const struct narr_ref *n, const char *when)
{
	struct run r;
	char *now;
	int new;

	assert_db_whole(n->db, when);
	now = narrative_of(n->db, when);
	new = strcmp(now, n->after) == 0;
	cr_assert(new || strcmp(now, n->before) == 0, "%s: neither the old narrative nor the new: "
	    "%s", when, now);
	free(now);
	cr_assert_eq(import_narrative(&r, "", n), 0, "%s: the re-run: %s", when, r.err);
	run_free(&r);
	now = narrative_of(n->db, when);
	cr_assert_str_eq(now, n->after, "%s: the re-run", when);
	free(now);
	return new;
}

Test(kill, a_narrative_import_killed_at_each_write_step_is_all_or_nothing)
{
	static const struct {
		const char *step;
		int         new;
	} at[] = { { "narrative-written", 0 }, { "narrative-committed", 1 } };
	struct narr_ref n;
	char by[48];
	struct run r;
	size_t i;

	narr_ref_make(&n);
	for (i = 0; i < sizeof at / sizeof at[0]; i++) {
		db_afresh(n.fresh, n.db);
		snprintf(by, sizeof by, "DOCKET_FAILPOINT=%s", at[i].step);
		cr_assert_eq(import_narrative(&r, by, &n), 128 + 9, "killed at %s: %s", at[i].step,
		    r.err);
		run_free(&r);
		cr_assert_eq(assert_narrative_recovers(&n, at[i].step), at[i].new, "killed at %s",
		    at[i].step);
	}
	free(n.before);
	free(n.after);
}

Test(kill, a_narrative_import_killed_at_any_moment_is_all_or_nothing)
{
	static const int ms[] = { 2, 5, 10, 20, 30, 45, 60, 80, 100, 130, 170, 220, 300, 400 };
	struct narr_ref n;
	char by[48], when[48];
	struct run r;
	size_t i;
	int kills = 0, new = 0;

	narr_ref_make(&n);
	for (i = 0; i < sizeof ms / sizeof ms[0]; i++) {
		db_afresh(n.fresh, n.db);
		snprintf(by, sizeof by, "timeout -s KILL %d.%03ds", ms[i] / 1000, ms[i] % 1000);
		import_narrative(&r, by, &n);
		kills += r.status == 128 + 9;
		run_free(&r);
		snprintf(when, sizeof when, "killed after %d ms", ms[i]);
		new += assert_narrative_recovers(&n, when);
	}
	cr_assert_gt(kills, 3, "only %d runs were killed", kills);
	cr_log_info("kill: %d of %zu imports killed; %d left the new narrative", kills,
	    sizeof ms / sizeof ms[0], new);
	free(n.before);
	free(n.after);
}
