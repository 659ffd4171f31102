/* Unit tests of signoff.c and the triggers of schema step 3: the time of
 * a sign-off, what it records as its dependencies, and how the database
 * holds a signed-off paper (only a value's revision row lets its value
 * change, once; reopening lets the paper change). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "db.h"
#include "diag.h"
#include "hash.h"
#include "helpers.h"
#include "signoff.h"
#include "util.h"

static char *dir, *dbpath, *archive;

static void
setup(void)
{
	dir = tmpdir_new();
	dbpath = xasprintf("%s/demo.db", dir);
	archive = xasprintf("%s/archive", dir);
	said_start();
	cr_assert_eq(db_init(dbpath, "data", 1), 0, "%s", said());
	unsetenv("SOURCE_DATE_EPOCH");
}

static void
teardown(void)
{
	said_stop();
	rm_rf(dir);
	free(dir);
	free(dbpath);
	free(archive);
}

TestSuite(signoff, .init = setup, .fini = teardown, .timeout = 60);

/* Signs paper id off, in this process. */
static void
sign(long id)
{
	struct signoff_opts o = { ".", archive, "Sue Grace", "", 1738168200 };
	char *path;

	cr_assert_eq(signoff_paper(dbpath, id, &o, &path), 0, "%s", said());
	free(path);
}

static void
refused(const char *statement, const char *why)
{
	struct run r;

	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"%s\"", dbpath, statement), 0, "%s", statement);
	cr_assert(find(r.err, why) >= 0, "%s: %s", statement, r.err);
	run_free(&r);
}

Test(signoff, the_time_is_given_or_the_build_s_or_the_clock_s)
{
	long long at = 0;

	cr_assert_eq(signoff_time("2025-01-29T16:30:00Z", &at), 0, "%s", said());
	cr_assert_eq(at, 1738168200);
	cr_assert_eq(signoff_time("2025-02-30T10:00:00Z", &at), -1, "not a real day");
	cr_assert_eq(signoff_time("2025-01-29T24:00:00Z", &at), -1);
	cr_assert_eq(signoff_time("2025-01-29T16:30:00", &at), -1, "UTC, said with Z");
	cr_assert_eq(signoff_time("2025-01-29T16:30:00Z ", &at), -1);
	cr_assert_eq(diag_count(D_SIGNOFF_TIME), 4);
	cr_assert(find(said(), "error: not a time: give it as 2025-01-28T10:00:00Z (UTC): "
	    "'2025-02-30T10:00:00Z'") >= 0, "%s", said());
	setenv("SOURCE_DATE_EPOCH", "1720483200", 1);
	cr_assert_eq(signoff_time(NULL, &at), 0);
	cr_assert_eq(at, 1720483200);
	setenv("SOURCE_DATE_EPOCH", "soon", 1);
	cr_assert_eq(signoff_time(NULL, &at), -1);
	unsetenv("SOURCE_DATE_EPOCH");
	cr_assert_eq(signoff_time(NULL, &at), 0);
	cr_assert_gt(at, 1738168200, "the clock");
}

Test(signoff, the_dependencies_are_every_file_the_render_reads)
{
	struct signoff_deps d;

	cr_assert_eq(signoff_deps(".", "quarterly-update.xml", &d), 0, "%s", said());
	cr_assert_str_eq(d.docket, DOCKET_VERSION);
	cr_assert_neq(d.libharu[0], '\0');
	cr_assert_eq(find(d.template, "  quarterly-update.xml"), HASH_HEX_LEN);
	cr_assert(find(d.fragments, "  fragments/frontsheet.xml\n") == HASH_HEX_LEN &&
	    find(d.fragments, "  fragments/action-plan-table.xml") > 0, "%s", d.fragments);
	cr_assert_eq(count_in(d.fonts, ".ttf"), 3, "%s", d.fonts);
	cr_assert(find(d.fonts, "  LiberationSans-Bold.ttf\n") == HASH_HEX_LEN, "%s", d.fonts);
	cr_assert(find(d.hyphenation, "  /usr/share/hyphen/hyph_en_GB.dic") == HASH_HEX_LEN,
	    "%s", d.hyphenation);
	signoff_deps_free(&d);
	cr_assert_eq(signoff_deps(".", "no-such.xml", &d), -1);
}

#define AR2_Q2 "measure_id = (SELECT id FROM measure WHERE code = 'AR2') AND fy = 2024 AND " \
	"quarter = 2"
#define REVISION "INSERT INTO revision (table_name, row_key, column_name, old_value," \
	" new_value, revised_by, revised_at, reason) SELECT 'measure_value', measure_id || '|' ||" \
	" fy || '|' || quarter, 'value', "
#define REVISED ", 'Zoë Ashworth', '2025-02-01T09:00:00Z', 'late returns' FROM measure_value" \
	" WHERE " AR2_Q2

/* A reported value changes only as its latest revision row says, from
 * its value to the new one: so once, and never by a row of another change;
 * the actions of the plan it reported wait for the plan's next paper. */
Test(signoff, a_reported_value_changes_only_as_its_revision_says)
{
	const char *why = "a value a signed-off paper reported changes only by docket import";

	sign(4);
	refused("UPDATE measure_value SET value = 50 WHERE " AR2_Q2, why);
	sql_on(dbpath, REVISION "'44.0', '50.0'" REVISED);
	refused("UPDATE measure_value SET value = 51 WHERE " AR2_Q2, why);
	sql_on(dbpath, "UPDATE measure_value SET value = 50 WHERE " AR2_Q2);
	sql_on(dbpath, "UPDATE measure_value SET value = 50 WHERE " AR2_Q2);	/* no change */
	refused("UPDATE measure_value SET value = 44.0 WHERE " AR2_Q2, why);
	sql_on(dbpath, REVISION "'44.0', '51.0'" REVISED);
	refused("UPDATE measure_value SET value = 51 WHERE " AR2_Q2, why);
	refused("UPDATE measure_value SET note = 'x' WHERE " AR2_Q2, why);
	refused("UPDATE measure_value SET quarter = 3 WHERE " AR2_Q2, why);
	refused("DELETE FROM measure_value WHERE " AR2_Q2, "is never deleted");
	/* Paper 4 is its action plan's latest paper. */
	refused("UPDATE action SET progress = 'x' WHERE priority_id IN (SELECT id FROM priority"
	    " WHERE plan_id = (SELECT plan_id FROM paper WHERE id = 4))", "waits for its next paper");
	/* Another period is not held. */
	sql_on(dbpath, "UPDATE measure_value SET value = 1 WHERE fy = 2024 AND quarter = 3");
}

Test(signoff, reopening_lets_the_paper_change_and_keeps_what_was_signed)
{
	const char *why = "a signed-off paper is never changed; reopen it first";
	struct run r;
	long v = 0;

	sign(3);
	refused("INSERT INTO summary_point VALUES (3, 99, 'Added.')", why);
	refused("UPDATE section SET heading = 'New' WHERE paper_id = 3", why);
	refused("DELETE FROM implication WHERE paper_id = 3", why);
	refused("UPDATE source_document SET paper_id = 3 WHERE paper_id = 6", why);
	refused("UPDATE paper SET status = 'draft' WHERE id = 3", why);
	refused("DELETE FROM signoff", "never deleted");
	refused("DELETE FROM archived", "never deleted");
	cr_assert_eq(signoff_reopen(dbpath, 3, "the figures", 1738254600, &v), 0, "%s", said());
	cr_assert_eq(v, 2);
	refused("DELETE FROM reopening", "never deleted");
	sql_on(dbpath, "INSERT INTO summary_point VALUES (3, 99, 'Added.')");
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"SELECT status FROM paper WHERE id = 3;"
	    " SELECT version, reopened_at FROM reopening\"", dbpath), 0);
	cr_assert_str_eq(r.out, "draft\n2|2025-01-30T16:30:00Z\n");
	run_free(&r);
	cr_assert_eq(signoff_reopen(dbpath, 3, "again", 1738254600, &v), -1, "a draft stays one");
	cr_assert_eq(diag_count(D_REOPEN_NOT_SIGNED), 1);
	sign(3);
	refused("INSERT INTO summary_point VALUES (3, 100, 'Added.')", why);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"SELECT version, path FROM archived\"", dbpath), 0);
	cr_assert(find(r.out, "1|2024-25/staffing-and-appeals-committee/2024-11-07/5-people-") == 0
	    && find(r.out, "-update-v2.pdf\n") > 0, "%s", r.out);
	run_free(&r);
}
