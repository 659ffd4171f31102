/* End-to-end tests of docket due and docket batch on the demo data: what
 * falls due at the meetings ahead, the missing paper of a series made
 * from the one before, only what changed rendered again, and each kind
 * of bad input (a meeting with no papers, a series with no paper, two
 * series at one item, a deadline passed, an interrupted run). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

/* The window of the demo's calendar: the quarterly report of 28 January
 * 2025 is there, final, and the year-end action plan update of 15 April
 * is not. */
#define ASOF "2025-01-20"
#define BRIEFING "People Strategy action plan update\t2024/25 Q4\t2025-04-09\tmissing"

static const char *out;

static void
setup(void)
{
	fixture_setup();
	out = fixture_path("out", 0);
}

TestSuite(batch, .init = setup, .fini = fixture_teardown, .timeout = 60);

/* Runs docket batch on db with the window of ASOF and one more option. */
static int
batch(struct run *r, const char *db, const char *opt)
{
	return run_docket(r, "batch", "--db", db, "--as-of", ASOF, "--out", out,
	    "--progress=never", opt, NULL);
}

/* The line of a table that starts with start; caller frees. */
static char *
row_of(const char *table, const char *start)
{
	long at = find(table, start);

	cr_assert_geq(at, 0, "no line '%s' in %s", start, table);
	return xstrndup(table + at, strcspn(table + at, "\n"));
}

static char *
sql_says(const char *db, const char *q)
{
	struct run r;
	char *s;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"%s\"", db, q), 0, "%s", r.err);
	s = xstrdup(r.out);
	run_free(&r);
	return s;
}

Test(batch, due_lists_the_quarterly_update_and_the_biannual_briefing)
{
	struct run r, l;

	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", ASOF, "--tsv", NULL), 0,
	    "%s", r.err);
	cr_assert_geq(find(r.out, "2025-01-28\tStrategy, Resources and Performance Committee\t8\t4\t"
	    "People Strategy performance report\t2024/25 Q2\t2025-01-22\tfinal\t"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "2025-04-15\tStaffing and Appeals Committee\t5\t\t" BRIEFING), 0,
	    "%s", r.out);
	cr_assert_eq(find(r.out, "2025-04-22"), -1, "the window ends on 19 April: %s", r.out);
	cr_assert_eq(run_docket(&l, "list", "--db", e2e.db, "--due", "--as-of", ASOF, "--tsv", NULL),
	    0, "%s", l.err);
	cr_assert_str_eq(l.out, r.out, "list --due says what due says");
	run_free(&r);
	run_free(&l);
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", ASOF, NULL), 0);
	cr_assert_geq(find(r.out, "Papers due at the meetings from 2025-01-20 to 2025-04-19"), 0,
	    "%s", r.out);
	run_free(&r);
}

Test(batch, makes_the_missing_briefing_renders_once_and_again_only_what_changed)
{
	const char *copy = fixture_path("copy.db", 0), *keep = fixture_path("keep.pdf", 0);
	char *brief, *kpis, *text, *row;
	struct run r;

	cr_assert_eq(batch(&r, e2e.db, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "3 rendered, 0 unchanged, 0 failed"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "rendered, new"), 0, "%s", r.out);
	cr_assert_geq(find(r.err, "paper 8: warning: the narrative is still the previous paper's, "
	    "copied by docket batch"), 0, "%s", r.err);
	run_free(&r);
	row = sql_says(e2e.db, "SELECT meeting_id = (SELECT id FROM meeting WHERE date = '2025-04-15'),"
	    " agenda_item, template, officer_id, fy, quarter, status FROM paper WHERE id = 8");
	cr_assert_str_eq(row, "1|5|staffing-briefing.xml|1|2024|4|draft\n");
	free(row);
	brief = find_file(out, "2025-04-15-staffing-and-appeals-committee-people-strategy-action-"
	    "plan-six-monthly-progress-update-p8.pdf");
	kpis = find_file(out, "quarter-2-2024-25-p4.pdf");
	cr_assert_not_null(brief);
	cr_assert_not_null(kpis);
	text = pdf_text(brief);
	cr_assert_geq(find(text, "Actions at risk or off track"), 0, "paper 3's narrative: %s", text);
	cr_assert_gt(draft_marks(brief), 0, "a draft");
	free(text);
	cr_assert_eq(count_entries(out), 3);

	/* Again: nothing has changed, nothing is rendered. */
	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && touch -d 2001-01-01 '%s'/*.pdf", kpis, keep, out), 0);
	run_free(&r);
	cr_assert_eq(batch(&r, e2e.db, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "0 rendered, 3 unchanged, 0 failed"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "find '%s' -newer '%s' -name '*.pdf' | wc -l", out, keep), 0);
	cr_assert_str_eq(r.out, "0\n", "no file written again");
	run_free(&r);

	/* A value the quarterly report shows, changed in a copy: that paper alone. */
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, copy), 0);
	run_free(&r);
	sql_on(copy, "UPDATE measure_value SET value = 77.7 WHERE fy = 2024 AND quarter = 2"
	    " AND measure_id = (SELECT id FROM measure WHERE code = 'AR1')");
	cr_assert_eq(batch(&r, copy, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "1 rendered, 2 unchanged, 0 failed"), 0, "%s", r.out);
	row = row_of(r.out, "    4  2025-01-28");
	cr_assert_geq(find(row, "  rendered  "), 0, "paper 4: %s", r.out);
	free(row);
	run_free(&r);
	text = pdf_text(kpis);
	cr_assert_geq(find(text, "77.7"), 0, "the new value: %s", text);
	free(text);
	cr_assert_eq(run_sh(&r, "find '%s' -newer '%s' -name '*.pdf' | wc -l", out, keep), 0);
	cr_assert_str_eq(r.out, "1\n", "one file written again");
	run_free(&r);

	/* --force renders them all. */
	cr_assert_eq(batch(&r, copy, "--force"), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "3 rendered, 0 unchanged"), 0, "%s", r.out);
	run_free(&r);
	free(brief);
	free(kpis);
}

Test(batch, a_meeting_with_no_papers_is_listed_and_passed_over)
{
	struct run r;
	char *row;

	sql_on(e2e.db, "INSERT INTO meeting (committee_id, date) SELECT id, '2025-02-10'"
	    " FROM committee WHERE name = 'Audit and Accounts Committee'");
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", ASOF, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "2025-02-10  Audit and Accounts Committee"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "no papers\n"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(batch(&r, e2e.db, "--jobs=2"), 0, "%s", r.err);
	row = row_of(r.out, "2025-02-10  Audit and Accounts Committee");
	cr_assert_geq(find(row, "no papers"), 0, "%s", r.out);
	free(row);
	cr_assert_geq(find(r.out, "3 rendered"), 0, "%s", r.out);
	run_free(&r);
}

Test(batch, a_series_with_no_paper_is_an_error_naming_it)
{
	struct run r;

	sql_on(e2e.db, "INSERT INTO meeting (committee_id, date) SELECT id, '2025-02-10'"
	    " FROM committee WHERE name = 'Audit and Accounts Committee';"
	    " INSERT INTO series (name, committee_id, cadence, agenda_item) SELECT"
	    " 'Workforce strategy progress', id, 'quarterly', '4' FROM committee"
	    " WHERE name = 'Audit and Accounts Committee'");
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", ASOF, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.err, "series 'Workforce strategy progress': warning: a series with no "
	    "paper yet"), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(batch(&r, e2e.db, NULL), 65, "%s", r.err);
	cr_assert_geq(find(r.err, "series 'Workforce strategy progress': error: a series with no "
	    "paper before: nothing to roll forward from"), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "3 rendered, 0 unchanged, 0 failed, 1 not made"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(count_entries(out), 3, "the others are rendered");
}

Test(batch, two_series_due_for_one_agenda_item_are_both_refused)
{
	struct run r;

	sql_on(e2e.db, "INSERT INTO series (name, committee_id, cadence, agenda_item) SELECT"
	    " 'Pay policy statement', id, 'biannual', '5' FROM committee"
	    " WHERE name = 'Staffing and Appeals Committee';"
	    " INSERT INTO series_paper SELECT 5, id FROM series WHERE name = 'Pay policy statement'");
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", ASOF, "--tsv", NULL), 0);
	cr_assert_geq(find(r.out, "People Strategy action plan update\t2024/25 Q4\t2025-04-09\tclash"),
	    0, "%s", r.out);
	cr_assert_geq(find(r.out, "Pay policy statement\t"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(batch(&r, e2e.db, NULL), 65, "%s", r.err);
	cr_assert_geq(find(r.err, "series 'People Strategy action plan update': error: two series "
	    "fall due at one agenda item"), 0, "%s", r.err);
	cr_assert_eq(find(r.out, "rendered, new"), -1, "neither is made: %s", r.out);
	run_free(&r);
	cr_assert_eq(count_entries(out), 2, "the others are rendered");
}

Test(batch, a_deadline_passed_is_reported_late_and_still_rendered)
{
	struct run r;
	char *pdf;

	sql_on(e2e.db, "UPDATE paper SET status = 'draft' WHERE id = 4");
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", "2025-01-25", "--tsv", NULL),
	    0);
	cr_assert_geq(find(r.out, "\t2024/25 Q2\t2025-01-22\tlate\t"), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "batch", "--db", e2e.db, "--as-of", "2025-01-25", "--out", out,
	    NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.err, "paper 4: warning: past its deadline"), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "rendered, late"), 0, "%s", r.out);
	run_free(&r);
	pdf = find_file(out, "-p4.pdf");
	cr_assert_not_null(pdf);
	free(pdf);
}

Test(batch, an_interrupted_batch_keeps_what_is_done_and_the_next_does_the_rest)
{
	struct run r;
	char *sum;
	int pdfs;

	/* Twenty more papers, so that the signal comes while some are left. */
	sql_on(e2e.db, "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 20)"
	    " INSERT INTO paper (meeting_id, agenda_item, title, template, from_post, summary)"
	    " SELECT 7, 20 + k, 'Extra paper ' || k, 'plain-report.xml', 'Somebody', 'A summary.'"
	    " FROM n; INSERT INTO recommendation (paper_id, seq, text) SELECT id, 1, 'Note it.'"
	    " FROM paper WHERE title LIKE 'Extra paper %'");
	cr_assert_eq(run_sh(&r, "d='%s'; (\"$DOCKET_BIN\" batch --db '%s' --as-of " ASOF
	    " --out '%s' --progress=never --jobs 2 > \"$d/sum\" 2> \"$d/err\" & pid=$!; i=0;"
	    " while ! grep -q ' 2 of ' \"$d/err\" && [ $i -lt 3000 ]; do sleep 0.01; i=$((i+1));"
	    " done; kill -INT $pid; wait $pid)", e2e.dir, e2e.db, out), 130, "%s", r.err);
	run_free(&r);
	sum = sql_says(e2e.db, "SELECT count(*) FROM render_record");
	pdfs = count_entries(out);
	cr_assert_eq(pdfs, atoi(sum), "a record for each file, and nothing half-written");
	cr_assert_lt(pdfs, 23, "stopped early");
	free(sum);
	cr_assert_eq(run_sh(&r, "cat '%s/sum' '%s/err'", e2e.dir, e2e.dir), 0);
	cr_assert_geq(find(r.out, "not done"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "error: interrupted: "), 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(batch(&r, e2e.db, NULL), 0, "%s", r.err);
	cr_assert_geq(find(r.out, " 0 failed, 0 not made, 0 not done"), 0, "%s", r.out);
	cr_assert_eq(count_entries(out), 23);
	run_free(&r);
}

Test(batch, the_calendar_is_rfc_5545)
{
	struct run r;
	const char *line, *end;

	cr_assert_eq(run_sh(&r, "SOURCE_DATE_EPOCH=1735689600 \"$DOCKET_BIN\" due --db '%s' --as-of "
	    ASOF " --format ics", e2e.db), 0, "%s", r.err);
	cr_assert_eq(strncmp(r.out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 37), 0, "%s", r.out);
	cr_assert_eq(count_in(r.out, "BEGIN:VEVENT\r\n"), 6, "three meetings, three deadlines");
	cr_assert_eq(count_in(r.out, "DTSTAMP:20250101T000000Z\r\n"), 6);
	cr_assert_geq(find(r.out, "UID:meeting-"), 0);
	cr_assert_geq(find(r.out, "DTSTART;VALUE=DATE:20250409\r\n"), 0, "the briefing's deadline");
	cr_assert_geq(find(r.out, "SUMMARY:Strategy\\, Resources and Performance Committee\r\n"), 0);
	for (line = r.out; *line != '\0'; line = end + 2) {
		end = strstr(line, "\r\n");
		cr_assert_not_null(end, "every line ends CRLF");
		cr_assert_leq(end - line, 75, "folded at 75 octets: %.*s", (int)(end - line), line);
		cr_assert_eq(memchr(line, '\n', (size_t)(end - line)), NULL);
	}
	cr_assert_geq(find(r.out, "\r\n "), 0, "a long line is folded");
	run_free(&r);
}

Test(batch, progress_is_a_bar_on_a_terminal_and_lines_otherwise)
{
	struct run r;

	cr_assert_eq(batch(&r, e2e.db, NULL), 0);
	cr_assert_geq(find(r.err, "docket: batch: 1 of 3: paper 4: rendered"), 0, "%s", r.err);
	cr_assert_eq(find(r.err, "\r"), -1, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "batch", "--db", e2e.db, "--as-of", ASOF, "--out", out,
	    "--progress=always", NULL), 0);
	cr_assert_geq(find(r.err, "\r\033[K[#"), 0, "%s", r.err);
	cr_assert_geq(find(r.err, "3/3"), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "batch", "--db", e2e.db, "--as-of", ASOF, "--out", out,
	    "--quiet", NULL), 0);
	cr_assert_str_eq(r.out, "");
	cr_assert_eq(find(r.err, "docket: batch:"), -1, "%s", r.err);
	run_free(&r);
}

Test(batch, bad_options_are_usage_errors)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "batch", "--db", e2e.db, "--progress=sometimes", NULL), 64);
	cr_assert_geq(find(r.err, "--progress takes never, auto or always"), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--as-of", "2025-02-30", NULL), 64);
	cr_assert_geq(find(r.err, "--as-of takes a date"), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "due", "--db", e2e.db, "--format", "pdf", NULL), 64);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "list", "--db", e2e.db, "--as-of", ASOF, NULL), 64);
	run_free(&r);
}
