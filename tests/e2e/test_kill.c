/* docket killed (SIGKILL, at many points): an import leaves the database
 * as it was or fully imported, and a re-run completes; a render leaves no
 * partial PDF, only temporary files named .NAME.PID.XXXXXX for a process
 * that is gone, which the next render of that paper removes. */
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

Test(kill, an_import_killed_anywhere_is_all_or_nothing)
{
	char *csv = xasprintf("%s/v.csv", e2e.dir), *db = xasprintf("%s/k.db", e2e.dir);
	char *clean = xasprintf("%s/clean.db", e2e.dir);
	struct run r;
	int ms, before, after, kills = 0;

	/* Every value but those a signed-off paper reported, into a copy
	 * that has none. */
	cr_assert_eq(run_sh(&r, "%s export --db '%s' values | grep -v '2024/25 Q1' > '%s' && "
	    "cp '%s' '%s' && sqlite3 '%s' 'DELETE FROM measure_value'", docket_bin(), e2e.db, csv,
	    e2e.db, clean, clean), 0, "%s", r.err);
	run_free(&r);
	before = (int)sql_number(clean, "SELECT count(*) FROM measure_value");
	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && %s import --db '%s' values '%s'", clean, db,
	    docket_bin(), db, csv), 0, "%s", r.err);
	run_free(&r);
	after = (int)sql_number(db, "SELECT count(*) FROM measure_value");
	cr_assert_gt(after, before);
	for (ms = 1; ms <= 80; ms += 3) {
		long n;

		cr_assert_eq(run_sh(&r, "cp '%s' '%s' && rm -f '%s-journal'", clean, db, db), 0);
		run_free(&r);
		run_sh(&r, "timeout -s KILL %d.%03ds %s import --db '%s' values '%s'", ms / 1000,
		    ms % 1000, docket_bin(), db, csv);
		kills += r.status == 128 + 9 || r.status == 137;
		run_free(&r);
		/* timeout kills its process group, itself first: the killed
		 * docket may hold its lock a moment longer. */
		cr_assert_eq(run_sh(&r, "sqlite3 -cmd '.timeout 5000' '%s' 'PRAGMA integrity_check'",
		    db), 0, "%s", r.err);
		cr_assert_str_eq(r.out, "ok\n", "after %d ms: %s", ms, r.out);
		run_free(&r);
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

Test(kill, a_render_killed_anywhere_leaves_no_partial_pdf)
{
	const char *out = fixture_path("out", 1);
	struct run r;
	int ms, left = 0;

	for (ms = 50; ms <= 1250; ms += 150) {
		run_sh(&r, "timeout -s KILL %d.%03ds %s render --db '%s' --all --out '%s' --jobs 2",
		    ms / 1000, ms % 1000, docket_bin(), e2e.db, out);
		run_free(&r);
		/* Every PDF there is whole; anything else is a temporary file
		 * of a process that is gone. */
		cr_assert_eq(run_sh(&r, "cd '%s' && for f in *.pdf; do [ -e \"$f\" ] || continue; "
		    "qpdf --check \"$f\" >/dev/null 2>&1 || { echo \"partial: $f\"; exit 1; }; done; "
		    "for f in .*.pdf.*; do [ -e \"$f\" ] || continue; pid=${f%%.*}; pid=${pid##*.}; "
		    "echo \"$f\" | grep -Eq '^\\..*\\.pdf\\.[0-9]+\\.[A-Za-z0-9]{6}$' || "
		    "{ echo \"unknown: $f\"; exit 1; }; echo left; done", out), 0, "after %d ms: %s",
		    ms, r.out);
		left += count_in(r.out, "left");
		run_free(&r);
	}
	/* A render to the end removes what the killed ones left. */
	cr_assert_eq(run_sh(&r, "%s render --db '%s' --all --out '%s'", docket_bin(), e2e.db, out), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "ls -A '%s' | grep '^\\.'", out), 1, "left: %s", r.out);
	run_free(&r);
	cr_log_info("kill: %d temporary files left by the kills, all removed", left);
}
