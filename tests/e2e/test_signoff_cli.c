/* test_signoff_cli.c: docket signoff, verify and reopen as a user runs them:
 * the archive checked with sha256sum, the PDF with pdfinfo and pdftotext,
 * the database's refusals with sqlite3, and sign-offs killed at every
 * step (the failpoints of test builds, and by time). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

static const char *archive;

static void
setup(void)
{
	fixture_setup();
	archive = fixture_path("archive", 0);
}

TestSuite(signoff_cli, .init = setup, .fini = fixture_teardown, .timeout = 240);

#define SIGNED_AT "2025-01-29T16:30:00Z"

/* Signs paper id off into the archive; returns the archived file's path. */
static char *
sign(const char *id)
{
	struct run r;
	const char *at;
	char *path;

	run_docket(&r, "signoff", "--db", e2e.db, "--paper", id, "--by", "Sue Grace", "--role",
	    "Executive Director, Resources", "--archive", archive, "--at", SIGNED_AT, NULL);
	cr_assert_eq(r.status, 0, "signoff %s: %s", id, r.err);
	cr_assert((at = strstr(r.out, ": ")) != NULL && find(r.out, "signed off by Sue Grace") > 0,
	    "%s", r.out);
	path = xstrndup(at + 2, strlen(at + 2) - 1);
	run_free(&r);
	return path;
}

/* docket verify's exit status; its stdout and stderr in *r. */
static int
verify(struct run *r)
{
	return run_docket(r, "verify", "--db", e2e.db, "--archive", archive, NULL);
}

static void
assert_verified(void)
{
	struct run r;

	cr_assert_eq(verify(&r), 0, "%s%s", r.out, r.err);
	run_free(&r);
}

static int
sums_check(void)
{
	struct run r;
	int rc = run_sh(&r, "cd '%s' && sha256sum -c --strict SHA256SUMS", archive);

	run_free(&r);
	return rc;
}

Test(signoff_cli, the_archive_proves_itself)
{
	char *pdf = sign("4"), *text;
	struct stat sb;
	struct run r;

	cr_assert(find(pdf, "/2024-25/strategy-resources-and-performance-committee/2025-01-28/"
	    "8-people-strategy-performance-report-quarter-2-2024-25.pdf") > 0, "%s", pdf);
	cr_assert_eq(stat(pdf, &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0444, "archived read-only");
	cr_assert_eq(sums_check(), 0, "sha256sum -c passes in the archive");
	cr_assert_eq(draft_marks(pdf), 0, "no DRAFT mark once signed off");
	text = pdf_text(pdf);
	cr_assert(find(text, "People Strategy Performance Report") >= 0, "%s", text);
	free(text);
	cr_assert_eq(run_sh(&r, "pdfinfo '%s'", pdf), 0);
	cr_assert(find(r.out, "CreationDate:    Wed Jan 29 16:30:00 2025 UTC") >= 0, "%s", r.out);
	cr_assert(find(r.out, "ModDate:         Wed Jan 29 16:30:00 2025 UTC") >= 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, PREFLIGHT " '%s'", pdf), 0, "Preflight: %s%s", r.out, r.err);
	cr_assert(find(r.out, "is a valid PDF/A-1b file") >= 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"SELECT signed_by, role, signed_at, size,"
	    " fonts_sha256 LIKE '%%  LiberationSans-Regular.ttf%%', status FROM signoff"
	    " JOIN paper ON paper.id = paper_id\"", e2e.db), 0);
	cr_assert_eq(stat(pdf, &sb), 0);
	text = xasprintf("Sue Grace|Executive Director, Resources|" SIGNED_AT "|%lld|1|signed_off\n",
	    (long long)sb.st_size);
	cr_assert_str_eq(r.out, text);
	free(text);
	run_free(&r);
	cr_assert_eq(verify(&r), 0, "%s", r.err);
	cr_assert(find(r.out, "paper 4 version 1: ok: ") == 0 &&
	    find(r.out, "(rendered again byte for byte)\n") > 0, "%s", r.out);
	run_free(&r);

	/* One byte altered: verify names the file and fails. */
	cr_assert_eq(run_sh(&r, "chmod u+w '%s' && printf X | dd of='%s' bs=1 seek=2000 "
	    "conv=notrunc 2>/dev/null", pdf, pdf), 0);
	run_free(&r);
	cr_assert_eq(verify(&r), 65, "%s", r.err);
	text = xasprintf("paper 4 version 1: error: an archived file is not the file signed off: "
	    "%s\n", pdf);
	cr_assert(find(r.err, text) > 0, "%s", r.err);
	free(text);
	run_free(&r);
	cr_assert_neq(sums_check(), 0);
	free(pdf);
}

Test(signoff_cli, the_database_refuses_to_change_what_was_signed_off)
{
	struct run r;

	free(sign("4"));
	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"UPDATE paragraph SET text = 'Rewritten.' WHERE "
	    "section_id IN (SELECT id FROM section WHERE paper_id = 4)\"", e2e.db), 0);
	cr_assert(find(r.err, "a signed-off paper is never changed; reopen it first") >= 0, "%s",
	    r.err);
	run_free(&r);
	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"UPDATE measure_value SET value = 99 WHERE fy = 2024"
	    " AND quarter = 2 AND measure_id = (SELECT id FROM measure WHERE code = 'AR2')\"",
	    e2e.db), 0);
	cr_assert(find(r.err, "a value a signed-off paper reported changes only by docket import "
	    "--revise") >= 0, "%s", r.err);
	run_free(&r);
	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"DELETE FROM recommendation WHERE paper_id = 4\"",
	    e2e.db), 0);
	run_free(&r);
	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"UPDATE paper SET title = 'Another' WHERE id = 4\"",
	    e2e.db), 0);
	run_free(&r);
	assert_verified();
	/* Other papers are not held. */
	sql_on(e2e.db, "UPDATE recommendation SET text = 'Still a draft.' WHERE paper_id = 6");
}

/* The one way a reported value changes: docket import --revise, whose
 * revision row the trigger finds. */
Test(signoff_cli, a_value_is_corrected_only_through_its_revision)
{
	char *csv = xasprintf("%s/q2.csv", e2e.dir);
	struct run r;

	free(sign("4"));
	put_file(csv, "measure,period,value\nAR2,2024/25 Q2,51\n", 37);
	cr_assert_eq(run_docket(&r, "import", "--db", e2e.db, "values", csv, "--revise", "--reason",
	    "late returns", NULL), 0, "%s", r.err);
	run_free(&r);
	/* A revision row of another change lets nothing through. */
	cr_assert_neq(run_sh(&r, "sqlite3 '%s' \"UPDATE measure_value SET value = 52 WHERE fy = 2024"
	    " AND quarter = 2 AND measure_id = (SELECT id FROM measure WHERE code = 'AR2')\"",
	    e2e.db), 0);
	run_free(&r);
	/* The data changed: verify says the re-render differs, and not for a file. */
	cr_assert_eq(verify(&r), 65);
	cr_assert(find(r.err, "paper 4 version 1: error: what it was rendered from has changed since "
	    "it was signed off: none of its files: the data it was rendered from has changed") > 0,
	    "%s", r.err);
	run_free(&r);
	free(csv);
}

Test(signoff_cli, a_paper_is_signed_once_and_reopened_as_its_next_version)
{
	char *v1 = sign("3"), *v2, *copy = xasprintf("%s/v1.pdf", e2e.dir);
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", v1, copy), 0);
	run_free(&r);
	run_docket(&r, "signoff", "--db", e2e.db, "--paper", "3", "--by", "Sue Grace", "--archive",
	    archive, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert(find(r.err, "paper 3: error: already signed off") > 0, "%s", r.err);
	run_free(&r);
	run_docket(&r, "reopen", "--db", e2e.db, "--paper", "3", NULL);
	cr_assert_eq(r.status, 64, "reopen needs a reason");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "reopen", "--db", e2e.db, "--paper", "3", "--reason",
	    "the committee asked for the Q3 figures", NULL), 0, "%s", r.err);
	cr_assert_str_eq(r.out, "paper 3 reopened as version 2: a draft until it is signed off "
	    "again\n");
	run_free(&r);
	sql_on(e2e.db, "UPDATE recommendation SET text = 'Note the Q3 figures.' WHERE paper_id = 3"
	    " AND seq = 1");
	v2 = sign("3");
	cr_assert(find(v2, "-v2.pdf") > 0, "%s", v2);
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", copy, v1), 0, "version 1 is untouched");
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"SELECT version, reason FROM reopening\"", e2e.db),
	    0);
	cr_assert_str_eq(r.out, "2|the committee asked for the Q3 figures\n");
	run_free(&r);
	cr_assert_eq(sums_check(), 0);
	cr_assert_eq(verify(&r), 0, "%s", r.err);
	cr_assert(find(r.out, "paper 3 version 1: ok: ") == 0 &&
	    find(r.out, "paper 3 version 2: ok: ") > 0, "%s", r.out);
	run_free(&r);
	run_docket(&r, "reopen", "--db", e2e.db, "--paper", "5", "--reason", "why", NULL);
	cr_assert_eq(r.status, 65);
	cr_assert(find(r.err, "paper 5: error: not signed off as it stands") > 0, "%s", r.err);
	run_free(&r);
	free(v1);
	free(v2);
	free(copy);
}

Test(signoff_cli, a_paper_whose_rules_fail_is_not_signed_off)
{
	struct run r;

	sql_on(e2e.db, "DELETE FROM recommendation WHERE paper_id = 5");
	run_docket(&r, "signoff", "--db", e2e.db, "--paper", "5", "--by", "Sue Grace", "--archive",
	    archive, NULL);
	cr_assert_eq(r.status, 65, "%s", r.err);
	cr_assert(find(r.err, "no recommendation") > 0, "%s", r.err);
	cr_assert(find(r.err, "paper 5: error: not signed off; the database and the archive are "
	    "unchanged") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"SELECT status FROM paper WHERE id = 5;"
	    " SELECT count(*) FROM signoff\"", e2e.db), 0);
	cr_assert_str_eq(r.out, "draft\n0\n");
	run_free(&r);
	run_docket(&r, "signoff", "--db", e2e.db, "--paper", "4", "--by", "Sue Grace", "--at",
	    "2025-02-30T10:00:00Z", "--archive", archive, NULL);
	cr_assert_eq(r.status, 64, "%s", r.err);
	run_free(&r);
}

/* Missing, altered and unexpected files, and lines of SHA256SUMS. */
Test(signoff_cli, verify_reports_what_is_missing_and_what_is_unexpected)
{
	char *pdf = sign("4"), *stray = xasprintf("%s/2024-25/stray.pdf", archive);
	struct run r;

	put_file(stray, "%PDF-1.4\n", 9);
	cr_assert_eq(verify(&r), 65);
	cr_assert(find(r.err, "error: in the archive without a sign-off record: ") >= 0 &&
	    find(r.err, "stray.pdf") > 0, "%s", r.err);
	run_free(&r);
	unlink(stray);
	unlink(pdf);
	cr_assert_eq(verify(&r), 66, "%s", r.err);
	cr_assert(find(r.err, "paper 4 version 1: error: an archived file is missing: ") > 0, "%s",
	    r.err);
	run_free(&r);
	free(pdf);
	free(stray);
}

/* What the paper was rendered from changed: verify names it. */
Test(signoff_cli, verify_names_the_dependency_that_changed)
{
	char *data = xasprintf("%s/share", e2e.dir);
	struct run r;

	free(sign("4"));
	cr_assert_eq(run_sh(&r, "mkdir -p '%s' && cp -r templates fonts '%s/' && "
	    "sed -i 's/Agenda Item No/Agenda item number/' '%s/templates/fragments/frontsheet.xml'",
	    data, data, data), 0, "%s", r.err);
	run_free(&r);
	setenv("DOCKET_DATADIR", data, 1);
	cr_assert_eq(verify(&r), 65, "%s", r.err);
	unsetenv("DOCKET_DATADIR");
	cr_assert(find(r.err, "error: rendered again from the database, it is not its archived "
	    "file") > 0, "%s", r.err);
	cr_assert(find(r.err, "has changed since it was signed off: fragment "
	    "fragments/frontsheet.xml") > 0, "%s", r.err);
	cr_assert(find(r.err, "font ") < 0 && find(r.err, "libharu") < 0, "%s", r.err);
	run_free(&r);
	free(data);
}

/* render of a signed-off paper makes its archived bytes again; once it is
 * reopened, its draft never replaces that file. */
Test(signoff_cli, render_keeps_what_was_signed_off)
{
	char *out = xasprintf("%s/out", e2e.dir), *drafted, *pdf, *name;
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL),
	    0, "%s", r.err);
	drafted = xstrndup(r.out + 6, strlen(r.out) - 7);
	run_free(&r);
	cr_assert_gt(draft_marks(drafted), 0);
	pdf = sign("3");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL),
	    0, "the signed-off render replaces the draft: %s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", drafted, pdf), 0, "render gives the archived bytes");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "reopen", "--db", e2e.db, "--paper", "3", "--reason", "typo",
	    NULL), 0);
	run_free(&r);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	cr_assert_eq(r.status, 73, "%s", r.err);
	cr_assert(find(r.err, "never overwrites a signed-off paper") > 0, "%s", r.err);
	run_free(&r);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "6", "-o", pdf, NULL);
	cr_assert_eq(r.status, 73, "nor another paper the archived file: %s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", drafted, pdf), 0);
	run_free(&r);
	name = strrchr(drafted, '/');
	cr_assert_eq(count_entries(out), 1, "no temporary file left beside %s", name);
	assert_verified();
	free(out);
	free(drafted);
	free(pdf);
}

/* After a kill: the database whole, verify content, no file but the
 * recorded ones in the archive. */
static void
assert_whole(const char *when)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' 'PRAGMA integrity_check'", e2e.db), 0);
	cr_assert_str_eq(r.out, "ok\n", "%s", when);
	run_free(&r);
	cr_assert_eq(verify(&r), 0, "%s: %s%s", when, r.out, r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "test \"$(find '%s' -name '*.pdf' -not -path '*/.pending/*' | wc -l)\""
	    " = \"$(sqlite3 '%s' 'SELECT count(*) FROM archived')\"", archive, e2e.db), 0,
	    "%s: a file in the archive for each record, and no other", when);
	run_free(&r);
}

/* Signs paper 4 off again after a kill: done, or already done. */
static void
assert_rerun_completes(const char *when)
{
	struct run r;

	run_docket(&r, "signoff", "--db", e2e.db, "--paper", "4", "--by", "Sue Grace", "--archive",
	    archive, "--at", SIGNED_AT, NULL);
	cr_assert(r.status == 0 || (r.status == 65 && find(r.err, "already signed off") > 0),
	    "%s: %s", when, r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' 'SELECT count(*) FROM signoff'", e2e.db), 0);
	cr_assert_str_eq(r.out, "1\n", "%s", when);
	run_free(&r);
	cr_assert_eq(sums_check(), 0, "%s", when);
	assert_whole(when);
}

Test(signoff_cli, a_sign_off_killed_at_any_step_is_whole_or_not_made)
{
	static const char *const steps[] = { "rendered", "pending", "recorded", "committed",
	    "linking", "linked", "summing", "summed" };
	char *fresh = xasprintf("%s/fresh.db", e2e.dir);
	size_t i;
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, fresh), 0);
	run_free(&r);
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		cr_assert_eq(run_sh(&r, "rm -rf '%s' && cp '%s' '%s' && rm -f '%s-wal' '%s-shm'",
		    archive, fresh, e2e.db, e2e.db, e2e.db), 0);
		run_free(&r);
		setenv("DOCKET_FAILPOINT", steps[i], 1);
		run_docket(&r, "signoff", "--db", e2e.db, "--paper", "4", "--by", "Sue Grace",
		    "--archive", archive, "--at", SIGNED_AT, NULL);
		unsetenv("DOCKET_FAILPOINT");
		cr_assert_eq(r.status, 128 + 9, "killed at %s: %s", steps[i], r.err);
		run_free(&r);
		assert_whole(steps[i]);
		assert_rerun_completes(steps[i]);
	}
	free(fresh);
}

Test(signoff_cli, a_sign_off_killed_at_any_moment_is_whole_or_not_made)
{
	char *fresh = xasprintf("%s/fresh.db", e2e.dir), when[32];
	int ms;
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, fresh), 0);
	run_free(&r);
	for (ms = 0; ms <= 700; ms += 50) {
		snprintf(when, sizeof when, "killed after %d ms", ms);
		cr_assert_eq(run_sh(&r, "rm -rf '%s' && cp '%s' '%s' && rm -f '%s-wal' '%s-shm'",
		    archive, fresh, e2e.db, e2e.db, e2e.db), 0);
		run_free(&r);
		run_sh(&r, "'%s' signoff --db '%s' --paper 4 --by 'Sue Grace' --archive '%s' --at "
		    SIGNED_AT " >/dev/null 2>&1 & p=$!; sleep %d.%03d; kill -9 $p; wait $p",
		    getenv("DOCKET_BIN"), e2e.db, archive, ms / 1000, ms % 1000);
		run_free(&r);
		assert_whole(when);
		assert_rerun_completes(when);
	}
	free(fresh);
}

/* An exempt paper goes to the restricted folder (0700, its file 0400 and
 * its own SHA256SUMS), never the public archive: a sentinel planted in
 * its fields, and in a public paper's exempt background paper, reaches
 * nothing public, and does reach the restricted file. */
Test(signoff_cli, an_exempt_paper_reaches_nothing_public)
{
	char *pub = NULL, *exempt = NULL, *restricted = xasprintf("%s/restricted", archive), *text;
	struct stat sb;
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET summary = summary || ' Zebra-Sentinel-Q7.' WHERE id = 5");
	sql_on(e2e.db, "UPDATE paragraph SET text = text || ' Zebra-Sentinel-Q7.' WHERE section_id"
	    " IN (SELECT id FROM section WHERE paper_id = 5)");
	sql_on(e2e.db, "INSERT INTO source_document VALUES (4, 9, 'Zebra-Sentinel-Q7 case file',"
	    " 'HR Services', 1)");
	pub = sign("4");
	exempt = sign("5");
	cr_assert(find(exempt, "/restricted/2024-25/staffing-and-appeals-committee/2025-03-18/") > 0,
	    "%s", exempt);
	cr_assert_eq(stat(restricted, &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0700);
	cr_assert_eq(stat(exempt, &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0400);
	text = pdf_text(exempt);
	cr_assert(find(text, "Zebra-Sentinel-Q7") >= 0, "the sentinel is in the exempt paper");
	free(text);
	cr_assert_eq(run_sh(&r, "cd '%s' && sha256sum -c --strict SHA256SUMS", restricted), 0);
	run_free(&r);
	cr_assert_eq(sums_check(), 0);
	cr_assert_eq(run_sh(&r, "cd '%s' && ! grep -ri zebra SHA256SUMS && ! grep -i appeal "
	    "SHA256SUMS && test $(wc -l < SHA256SUMS) = 1 && ! find . -path ./restricted -prune -o "
	    "-iname '*zebra*' -print | grep . && for f in $(find . -path ./restricted -prune -o "
	    "-name '*.pdf' -print); do pdftotext \"$f\" - | grep -i zebra && exit 1; done; exit 0",
	    archive), 0, "%s%s", r.out, r.err);
	run_free(&r);
	text = pdf_text(pub);
	cr_assert(find(text, "People Strategy Performance Report") >= 0 &&
	    find(text, "Zebra") < 0, "%s", text);
	free(text);
	cr_assert_eq(verify(&r), 0, "%s", r.err);
	cr_assert(find(r.out, "paper 5 version 1: ok: restricted/") > 0, "%s", r.out);
	cr_assert(find(r.out, "Zebra") < 0 && find(r.err, "Zebra") < 0, "%s%s", r.out, r.err);
	run_free(&r);
	free(pub);
	free(exempt);
	free(restricted);
}

/* Sign-offs at once into one archive and one database: each waits for
 * the other (the archive's lock, WAL and the busy timeout), none fails. */
Test(signoff_cli, sign_offs_at_once_wait_for_each_other)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "for p in 3 4 6; do '%s' signoff --db '%s' --paper $p --by 'Sue "
	    "Grace' --archive '%s' --at " SIGNED_AT " & pids=\"$pids $!\"; done; ok=0; for j in $pids;"
	    " do wait $j || ok=1; done; exit $ok", getenv("DOCKET_BIN"), e2e.db, archive), 0, "%s",
	    r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "sqlite3 '%s' 'SELECT count(*) FROM signoff'", e2e.db), 0);
	cr_assert_str_eq(r.out, "3\n");
	run_free(&r);
	cr_assert_eq(sums_check(), 0);
	assert_whole("three at once");
}
