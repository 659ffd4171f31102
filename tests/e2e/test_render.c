/* End-to-end tests of rendering: the demo papers as PDF, checked with
 * tools nobody here wrote (pdftotext, pdffonts, pdfinfo, qpdf), and every
 * bad input a user can give, each with its exit status and message and
 * no partial PDF left behind. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "helpers.h"
#include "util.h"

#define PAPER1 "2024-07-09-strategy-resources-and-performance-committee-people-strategy-update-action-plan-p1.pdf"

static const char *out;

static void
setup(void)
{
	fixture_setup();
	out = fixture_path("out", 1);
}

TestSuite(render, .init = setup, .fini = fixture_teardown);

/* Renders one paper into out/ and returns the PDF's path. */
static char *
render(const char *id)
{
	struct run r;
	char *pdf;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", id, "--out", out, NULL), 0,
	    "render %s: %s", id, r.err);
	cr_assert(find(r.out, "wrote ") == 0, "%s", r.out);
	pdf = xstrndup(r.out + 6, strlen(r.out) - 7);
	run_free(&r);
	return pdf;
}

static char *
page_text(const char *pdf, int page)
{
	struct run r;
	char *t;

	run_sh(&r, "pdftotext -f %d -l %d '%s' - 2>/dev/null", page, page, pdf);
	t = r.out;
	free(r.err);
	return t;
}

/* Each needle must come after the one before it in hay. */
static void
assert_in_order(const char *hay, const char *const needles[], size_t n)
{
	long last = -1;
	size_t i;

	for (i = 0; i < n; i++) {
		long at = find(hay + last + 1, needles[i]);

		cr_assert_geq(at, 0, "'%s' missing or out of order after '%s'", needles[i],
		    i ? needles[i - 1] : "(start)");
		last += 1 + at;
	}
}

Test(render, the_cambridgeshire_paper_reads_in_order)
{
	static const char *const order[] = {
		"Agenda Item No", "7", "Title", "People Strategy Update – Action Plan",
		"To", "Strategy, Resources and Performance Committee", "Meeting Date", "9 July 2024",
		"From", "Executive Director of Strategy and Partnerships", "Key decision", "No",
		"Executive Summary", "To update Committee on the People Strategy",
		"Recommendation", "1.", "The Committee is recommended to note",
		"Officer contact", "Name: Anna Syson",
		"1. Creating a greener, fairer, and more caring Cambridgeshire", "1.1",
		"2. Background", "2.1", "The Council's People Strategy was approved by Full Council",
		"2.4", "3. Design of action plan", "3.5", "4. Conclusion and reasons for recommendations",
		"5. Significant Implications", "5.1 Finance Implications", "5.2 Legal Implications",
		"5.3 Risk Implications", "5.4 Equality and Diversity Implications",
		"6. Source Documents", "Council – 16 May 2023",
		"Appendix 1: Action plan", "Priority 1: Attraction and retention", "1.1",
		"Refresh the Council", "Head of", "Priority 5",
	};
	char *pdf = render("1"), *text = pdf_text(pdf);

	cr_assert(find(pdf, "/" PAPER1) > 0, "default name from date, committee, title and id: %s", pdf);
	cr_assert_not_null(text);
	assert_in_order(text, order, sizeof order / sizeof order[0]);
	cr_assert_eq(draft_marks(pdf), 0, "a signed-off paper has no DRAFT mark");
	free(text);
	free(pdf);
}

Test(render, fonts_are_embedded_subsets_of_liberation_sans)
{
	char *pdf = render("1");
	struct run r;

	cr_assert_eq(run_sh(&r, "pdffonts '%s'", pdf), 0);
	cr_assert(find(r.out, "LiberationSans ") > 0 || find(r.out, "+LiberationSans") > 0, "%s", r.out);
	cr_assert(find(r.out, "LiberationSans-Bold") > 0, "%s", r.out);
	/* Columns: name type encoding emb sub uni; every font embedded. */
	cr_assert_eq(find(r.out, " no  "), -1, "a font is not embedded or not subset:\n%s", r.out);
	run_free(&r);
	free(pdf);
}

Test(render, pdf_is_valid_a4_with_metadata_and_page_numbers)
{
	char *pdf = render("1");
	struct run r;
	int n = pdf_pages(pdf), p;

	cr_assert_eq(run_sh(&r, "qpdf --check '%s'", pdf), 0, "qpdf: %s%s", r.out, r.err);
	cr_assert(find(r.out, "No syntax or stream encoding errors found") >= 0, "%s", r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "pdfinfo '%s'", pdf), 0);
	cr_assert(find(r.out, "Title:           People Strategy Update – Action Plan\n") >= 0, "%s", r.out);
	cr_assert(find(r.out, "Author:          Anna Syson\n") >= 0, "%s", r.out);
	cr_assert(find(r.out, "Page size:       595.276 x 841.89 pts (A4)") >= 0, "%s", r.out);
	run_free(&r);
	cr_assert_gt(n, 3);
	for (p = 1; p <= n; p++) {
		char *t = page_text(pdf, p), want[32];

		snprintf(want, sizeof want, "Page %d of %d", p, n);
		cr_assert_geq(find(t, want), 0, "page %d lacks '%s'", p, want);
		free(t);
	}
	free(pdf);
}

Test(render, the_action_plan_header_repeats_on_every_page_it_continues_on)
{
	static const char *const head[] = {
		"Ref", "Action", "Accountable", "Start", "End", "Status", "Progress",
	};
	char *pdf = render("1"), why[200] = "";
	int n = header_repeats(pdf, "Appendix 1:", head, 7, why, sizeof why);

	cr_assert_geq(n, 0, "%s", why);
	cr_assert_gt(n, 1, "the action plan runs over several pages");
	free(pdf);
}

/* Justified lines go out as one text operator each, the spaces as
 * offsets; the words must still land where the layout set them, every
 * full line ending on the column's right edge. */
Test(render, justified_lines_end_on_the_column_edge)
{
	char *pdf = render("1");
	size_t n, i, k;
	struct word *w = pdf_words(pdf, 2, &n);
	double edge = 0, end[200];
	int lines = 0, on_edge = 0;

	cr_assert_gt(n, 100, "page 2 is body text");
	for (i = 0; i < n; i++)
		if (w[i].x1 > edge && w[i].x1 < 560)	/* not the page number */
			edge = w[i].x1;
	for (i = 0; i < n; i++) {
		int first = 1;

		for (k = 0; k < i; k++)
			if (fabs(w[k].y0 - w[i].y0) < 1)
				first = 0;
		if (!first || lines == 200)
			continue;
		end[lines] = 0;
		for (k = i; k < n; k++)
			if (fabs(w[k].y0 - w[i].y0) < 1 && w[k].x1 > end[lines])
				end[lines] = w[k].x1;
		lines++;
	}
	for (i = 0; i < (size_t)lines; i++)
		if (fabs(end[i] - edge) < 0.25)
			on_edge++;
	cr_assert_gt(edge, 530, "the column runs to the right margin: %.3f", edge);
	cr_assert_geq(on_edge, 20, "%d of %d lines end within 0.25 pt of %.3f", on_edge, lines, edge);
	free(w);
	free(pdf);
}

Test(render, utf8_text_survives_extraction)
{
	char *p4 = render("4"), *p6 = render("6"), *t4 = pdf_text(p4), *t6 = pdf_text(p6);

	cr_assert_geq(find(t4, "Zoë Ashworth"), 0, "%s", t4);
	cr_assert_geq(find(t6, "£"), 0);
	cr_assert_geq(find(t6, "’"), 0, "curly apostrophes");
	cr_assert_geq(find(t6, "–"), 0, "en dash");
	free(t4);
	free(t6);
	free(p4);
	free(p6);
}

Test(render, drafts_and_exempt_papers_are_marked_on_every_page)
{
	char *draft = render("3"), *exempt = render("5");
	int n = pdf_pages(draft), p;

	cr_assert_gt(n, 1);
	cr_assert_eq(draft_marks(draft), n, "every page of a draft has the DRAFT mark");
	n = pdf_pages(exempt);
	for (p = 1; p <= n; p++) {
		char *t = page_text(exempt, p);

		cr_assert_geq(find(t, "NOT FOR PUBLICATION by virtue of paragraph 1 of Part 1 of "
		    "Schedule 12A to the Local Government Act 1972"), 0, "page %d", p);
		free(t);
	}
	free(draft);
	free(exempt);
}

Test(render, the_same_data_renders_the_same_bytes)
{
	char *a = render("3"), *copy = xasprintf("%s/first.pdf", e2e.dir), *b;
	struct run r;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", a, copy), 0);
	run_free(&r);
	b = render("3");
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", copy, b), 0, "%s", r.out);
	run_free(&r);
	free(a);
	free(b);
	free(copy);
}

/* A signed-off paper's file is kept by its SHA-256 in the database
 * (test_signoff_cli.c) and, wherever it is copied, by being read-only, as the
 * archive keeps its files: a draft is replaced, a read-only file is not. */
Test(render, a_read_only_paper_is_never_overwritten)
{
	char *pdf = render("1"), *copy = xasprintf("%s/kept.pdf", e2e.dir), *text;
	struct run r;

	free(render("1"));	/* the same again: allowed, nothing changes */
	sql_on(e2e.db,
	    "UPDATE recommendation SET text = 'Changed after the first render.' WHERE paper_id = 1");
	free(render("1"));	/* a draft is replaced */
	text = pdf_text(pdf);
	cr_assert(find(text, "Changed after the first render.") >= 0, "%s", text);
	free(text);
	run_sh(&r, "chmod 0444 '%s' && cp -p '%s' '%s'", pdf, pdf, copy);
	run_free(&r);
	sql_on(e2e.db, "UPDATE recommendation SET text = 'Changed again.' WHERE paper_id = 1");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "--out", out, NULL),
	    73);
	cr_assert(find(r.err, "never overwrites a signed-off paper") > 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", copy, pdf), 0, "the read-only file is untouched");
	run_free(&r);
	cr_assert_eq(count_entries(out), 1, "no temporary file left");
	free(pdf);
	free(copy);
}

Test(render, two_papers_of_one_meeting_and_title_get_two_files)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET meeting_id = (SELECT meeting_id FROM paper WHERE id = 1), "
	    "title = (SELECT title FROM paper WHERE id = 1) WHERE id = 5");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", out, NULL), 0, "%s",
	    r.err);
	cr_assert_eq(count_entries(out), 7, "seven papers, seven files");
	run_free(&r);
}

Test(render, output_file_option_writes_there)
{
	char *path = xasprintf("%s/custom name.pdf", out);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "2", "-o", path, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(access(path, R_OK), 0);
	cr_assert_gt(pdf_pages(path), 0);
	free(path);
}

/* Checks a failed render: its status, a one-line message containing
 * want, and no PDF or temporary file in out/. */
static void
assert_fails(struct run *r, int status, const char *want)
{
	cr_assert_eq(r->status, status, "status %d, stderr: %s", r->status, r->err);
	cr_assert_geq(find(r->err, want), 0, "stderr lacks '%s': %s", want, r->err);
	cr_assert_eq(strchr(r->err, '\n'), r->err + strlen(r->err) - 1, "one line: %s", r->err);
	cr_assert_eq(count_entries(out), 0, "nothing half-written in out/");
	run_free(r);
}

Test(render, a_missing_database)
{
	struct run r;
	char *missing = xasprintf("%s/missing.db", e2e.dir);

	run_docket(&r, "render", "--db", missing, "--paper", "1", "--out", out, NULL);
	assert_fails(&r, 66, "missing.db: error: cannot open database: No such file or directory");
	free(missing);
}

Test(render, a_file_that_is_not_sqlite)
{
	struct run r;
	char *notdb = xasprintf("%s/notes.db", e2e.dir);

	run_sh(&r, "echo 'minutes of the last meeting' > '%s'", notdb);
	run_free(&r);
	run_docket(&r, "render", "--db", notdb, "--paper", "1", "--out", out, NULL);
	assert_fails(&r, 65, "notes.db: error: not an SQLite database");
	free(notdb);
}

Test(render, a_database_of_an_unknown_schema_version)
{
	struct run r;

	sql_on(e2e.db, "PRAGMA user_version = 9");
	run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "--out", out, NULL);
	assert_fails(&r, 65, "error: unknown schema version: 9 (this docket reads version "
	    AS_TEXT(DB_SCHEMA_VERSION) ")");
}

Test(render, a_paper_id_that_does_not_exist)
{
	struct run r;

	run_docket(&r, "render", "--db", e2e.db, "--paper", "42", "--out", out, NULL);
	assert_fails(&r, 65, "demo.db: paper 42: error: no such paper");
}

Test(render, a_missing_template)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET template = 'annual-report.xml' WHERE id = 3");
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	assert_fails(&r, 66, "templates/annual-report.xml: error: cannot read template: No such file");
}

Test(render, a_template_that_is_not_well_formed)
{
	struct run r;
	char *data = xasprintf("%s/share", e2e.dir);

	run_sh(&r, "mkdir -p '%s/templates' && ln -s '%s/fonts' '%s/fonts' && "
	    "printf '<paper>\\n  <section title=\"x\">\\n    <p>text</section>\\n</paper>\\n' "
	    "> '%s/templates/broken.xml'", data, getenv("PWD"), data, data);
	run_free(&r);
	sql_on(e2e.db, "UPDATE paper SET template = 'broken.xml' WHERE id = 3");
	setenv("DOCKET_DATADIR", data, 1);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	assert_fails(&r, 65, "templates/broken.xml:3:");
	free(data);
}

Test(render, an_output_folder_that_is_not_writable)
{
	struct run r;
	char *argv[10];
	const char *bin = getenv("DOCKET_BIN");

	char *copy = xasprintf("%s/bin/docket", e2e.dir), *data = xasprintf("%s/share", e2e.dir);

	/* Root may write anywhere, so the render runs as nobody, with its own
	 * copy of the program and its data: the checkout may sit in a folder
	 * nobody cannot enter. */
	cr_assert_eq(run_sh(&r, "mkdir -p '%s/bin' '%s' && cp '%s' '%s' && cp -r templates fonts '%s/' && "
	    "chmod -R a+rX '%s' && chmod 644 '%s' && chmod 555 '%s'", e2e.dir, data,
	    bin ? bin : "build/test/docket", copy, data, e2e.dir, e2e.db, out), 0, "%s", r.err);
	run_free(&r);
	setenv("DOCKET_DATADIR", data, 1);
	argv[0] = copy;
	argv[1] = (char *)"render";
	argv[2] = (char *)"--db";
	argv[3] = e2e.db;
	argv[4] = (char *)"--paper";
	argv[5] = (char *)"3";
	argv[6] = (char *)"--out";
	argv[7] = (char *)out;
	argv[8] = NULL;
	run_argv(&r, geteuid() == 0 ? 65534 : (uid_t)-1, argv);
	assert_fails(&r, 73, "error: cannot create output: Permission denied");
	free(copy);
	free(data);
}

Test(render, invalid_utf8_in_the_database)
{
	struct run r;

	sql_on(e2e.db,
	    "UPDATE recommendation SET text = CAST(X'4E6F7465E9' AS TEXT) WHERE paper_id = 3");
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	assert_fails(&r, 65, "demo.db: paper 3: error: invalid UTF-8: table recommendation row ");
}

Test(render, a_batch_carries_on_past_a_bad_paper)
{
	struct run r;
	char *failed;

	sql_on(e2e.db, "UPDATE paper SET template = 'gone.xml' WHERE id = 4");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", out, NULL), 66);
	cr_assert_eq(count_entries(out), paper_count(e2e.db) - 1, "the good papers are written");
	cr_assert_geq(find(r.err, "gone.xml: error: cannot read template"), 0, "%s", r.err);
	failed = xasprintf("error: papers failed: 1 of %d: paper 4\n", paper_count(e2e.db));
	cr_assert_geq(find(r.err, failed), 0, "%s", r.err);
	free(failed);
	run_free(&r);
}

/* The exit status follows the worst error, not the first: a missing
 * template (66) outranks an unknown paper (65) met before it. */
Test(render, the_worst_error_decides_the_exit_status)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET template = 'gone.xml' WHERE id = 4");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "42", "--paper", "4",
	    "--out", out, NULL), 66, "%s", r.err);
	cr_assert_lt(find(r.err, "paper 42: error: no such paper"), find(r.err, "gone.xml: error:"),
	    "%s", r.err);
	run_free(&r);
}

Test(render, a_missing_font_is_named)
{
	struct run r;
	char *data = xasprintf("%s/share", e2e.dir);

	run_sh(&r, "mkdir -p '%s/fonts' && cp -r templates '%s/' && cp fonts/SHA256SUMS '%s/fonts/'",
	    data, data, data);
	run_free(&r);
	setenv("DOCKET_DATADIR", data, 1);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	assert_fails(&r, 66, "fonts/LiberationSans-Regular.ttf: error: cannot read font: No such file");
	free(data);
}

/* Found in review: whatever stood at the output path was called "a
 * signed-off paper". A folder there cannot be written over; a file
 * docket did not write is left alone, and said to be so. */
Test(render, what_is_already_at_the_output_path_is_named_rightly)
{
	char *mine = xasprintf("%s/minutes.pdf", out), *dir = xasprintf("%s/folder.pdf", out);
	size_t n;
	struct run r;
	char *kept;

	cr_assert_eq(write_file_atomic(mine, "Minutes, not a PDF\n", 19, 1), 0);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "-o", mine, NULL);
	cr_assert_eq(r.status, 73, "%s", r.err);
	cr_assert_geq(find(r.err, "minutes.pdf: error: a file docket did not write is already there; "
	    "docket does not overwrite it\n"), 0, "%s", r.err);
	run_free(&r);
	kept = read_file(mine, &n);
	cr_assert(kept != NULL && n == 19, "the file is as it was");
	free(kept);
	cr_assert_eq(mkdir(dir, 0777), 0);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "-o", dir, NULL);
	cr_assert_eq(r.status, 73, "%s", r.err);
	cr_assert_geq(find(r.err, "folder.pdf: error: cannot create output: Is a directory\n"), 0,
	    "%s", r.err);
	run_free(&r);
	free(mine);
	free(dir);
}

/* Found in review: a reader met a database another process had locked and
 * failed at once, as if its data were bad. It waits, then says to try
 * again (75). The other process holds its lock for 8 s; docket waits 5 and is gone
 * before the lock is. */
Test(render, a_locked_database_is_waited_for_then_try_again, .timeout = 30)
{
	struct run r, lock;

	cr_assert_eq(run_sh(&lock, "(echo 'BEGIN EXCLUSIVE; UPDATE paper SET title = title;'; "
	    "sleep 8) | sqlite3 '%s' >/dev/null 2>&1 & sleep 1", e2e.db), 0);
	run_free(&lock);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL);
	cr_assert_eq(r.status, 75, "%s", r.err);
	cr_assert_geq(find(r.err, "error: another process has the database locked; try again"), 0,
	    "%s", r.err);
	cr_assert_eq(count_entries(out), 0);
	run_free(&r);
}

/* A title that starts with the committee's name does not say it twice in
 * the file's name. */
Test(render, the_file_name_says_the_committee_once)
{
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET title = 'Staffing and Appeals Committee: six-month update' "
	    "WHERE id = 3");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL),
	    0, "%s", r.err);
	cr_assert_geq(find(r.out, "/2024-11-07-staffing-and-appeals-committee-six-month-update-p3.pdf"),
	    0, "%s", r.out);
	run_free(&r);
}

/* The officer's email on the front sheet and a source document's web
 * address can be clicked: each is a link annotation in the PDF. */
Test(render, emails_and_web_addresses_are_links)
{
	char *pdf = xasprintf("%s/p1.pdf", e2e.dir), *qdf = xasprintf("%s/p1.qdf", e2e.dir);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "qpdf --qdf --object-streams=disable '%s' '%s' && "
	    "grep -a -o '/URI ([^)]*)' '%s' | sort -u", pdf, qdf, qdf), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "/URI (mailto:anna.syson@cambridgeshire.gov.uk)\n"), 0, "%s", r.out);
	cr_assert_geq(find(r.out, "/URI (https://cambridgeshire.cmis.uk.com/)\n"), 0, "%s", r.out);
	run_free(&r);
	free(pdf);
	free(qdf);
}

/* The neutral fragments shipped for councils other than Cambridgeshire:
 * implications under the headings the data gives, and the key decision
 * rows only on a key decision's front sheet. */
Test(render, the_neutral_fragments_follow_the_data)
{
	static const char tmpl[] = "<paper xmlns:xi='http://www.w3.org/2001/XInclude'>"
	    "<xi:include href='fragments/frontsheet-plain.xml'/>"
	    "<xi:include href='fragments/implications-by-data.xml'/></paper>";
	char *data = xasprintf("%s/share", e2e.dir), *path = xasprintf("%s/templates/neutral.xml",
	    data), *pdf = xasprintf("%s/n.pdf", e2e.dir), *text;
	struct run r;

	run_sh(&r, "mkdir -p '%s' && cp -r templates fonts '%s/'", data, data);
	run_free(&r);
	cr_assert_eq(write_file_atomic(path, tmpl, strlen(tmpl), 1), 0);
	setenv("DOCKET_DATADIR", data, 1);
	sql_on(e2e.db, "UPDATE paper SET template = 'neutral.xml'");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "6", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_geq(find(text, "Key decision"), 0, "a key decision says so:\n%s", text);
	cr_assert_geq(find(text, "Finance Implications"), 0, "the data's headings");
	free(text);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "2", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_eq(find(text, "Key decision"), -1, "no key decision row:\n%s", text);
	cr_assert_geq(find(text, "There are no significant implications."), 0, "%s", text);
	free(text);
	free(data);
	free(path);
	free(pdf);
}
