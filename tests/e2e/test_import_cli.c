/* End-to-end tests of docket import and docket export: a quarter's
 * figures brought in from a spreadsheet's CSV reach the quarterly update
 * paper; every bad file is refused with its line and cell, exit 65 and
 * the database byte for byte as it was; what export writes, import reads
 * back to the same database. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

static const char *copy, *csv;

static void
setup(void)
{
	struct run r;

	fixture_setup();
	demo_kent_only(e2e.db);
	copy = fixture_path("copy.db", 0);
	csv = fixture_path("in.csv", 0);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, copy), 0, "%s", r.err);
	run_free(&r);
}

TestSuite(import_cli, .init = setup, .fini = fixture_teardown);


/* A string literal and its length: a file's bytes, NULs included. */
#define BYTES(s)	(s), sizeof (s) - 1
#define PUT(s)		put_file(csv, BYTES(s))

static void
assert_unchanged(void)
{
	assert_same_file(copy, e2e.db);
}

/* Imports the file in.csv as kind: the exit status, and what it says
 * (stdout when it succeeds, stderr when not). */
static void
expect_import(const char *kind, int status, const char *said)
{
	struct run r;

	run_docket(&r, "import", "--db", e2e.db, kind, csv, NULL);
	cr_expect_eq(r.status, status, "%s: %s%s", kind, r.out, r.err);
	cr_expect(find(status == 0 ? r.out : r.err, said) >= 0, "%s: %s%s", kind, r.out, r.err);
	run_free(&r);
}

Test(import_cli, a_quarter_of_figures_reaches_the_quarterly_update)
{
	static const char *const codes[] = {
		"SR1", "SR2", "SR3", "SR4", "OC1", "OC2", "OC3", "OC4",
		"EJ1", "EJ2", "EJ3", "EJ4", "CR1", "CR2", "CR3", "CR4",
	};
	const char *pdf = fixture_path("q1.pdf", 0);
	struct buf b = {0};
	struct run r;
	char *text;
	size_t i;

	/* As Excel saves "CSV UTF-8": a byte order mark, CRLF, quotes. */
	buf_add(&b, "\xef\xbb\xbfMeasure,Period,Value,Note\r\n");
	for (i = 0; i < 16; i++)
		buf_addf(&b, "%s,Q1 2025/26,%s,\r\n", codes[i], i == 0 ? "66.6%" : "\"1,001\"");
	put_file(csv, b.s, b.len);
	run_docket(&r, "import", "--db", e2e.db, "values", csv, "--dry-run", NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	cr_expect_str_eq(r.out, "values: 16 added, 0 changed, 0 unchanged (dry run: nothing "
	    "written)\n");
	run_free(&r);
	assert_unchanged();
	expect_import("values", 0, "values: 16 added, 0 changed, 0 unchanged\n");

	sql_on(e2e.db, "UPDATE paper SET fy = 2025, quarter = 1 WHERE id = 4");
	run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "-o", pdf, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	cr_expect(find(text, "2025/26 Q1") >= 0, "the paper reports the new quarter");
	cr_expect(find(text, "66.6") >= 0, "the imported figure is in the paper");
	free(text);
	buf_free(&b);
}

Test(import_cli, every_bad_file_is_refused_with_its_line_and_cell)
{
	static const struct {
		const char *what, *kind, *text;
		size_t      len;
		const char *said;
	} bad[] = {
		{ "ragged rows", "values", BYTES("measure,period,value\nSR1,2024/25 Q2\n"),
		  "in.csv:2:3: error: the row does not have the header's columns" },
		{ "an unterminated quote", "values", BYTES("measure,period,value,note\n"
		  "SR1,2024/25 Q2,1,\"open\nSR2,2024/25 Q2,1,\n"),
		  "in.csv:2:4: error: a quoted cell is never closed" },
		{ "binary garbage", "values", BYTES("measure,period,value\n\x01\x02\0\xff\xfe,x,y\n"),
		  "in.csv:2:1: error: not text" },
		{ "an empty file", "values", BYTES(""), "in.csv: error: empty" },
		{ "a header only", "values", BYTES("measure,period,value,note\r\n"),
		  "in.csv: error: no rows under the header" },
		{ "Latin-1 text", "values",
		  BYTES("measure,period,value,note\nSR1,2024/25 Q2,1,caf\xe9\n"),
		  "in.csv:2:4: error: not UTF-8, perhaps Latin-1" },
		{ "a formula", "values",
		  BYTES("measure,period,value,note\nSR1,2024/25 Q2,1,\"=HYPERLINK(\"\"x\"\")\"\n"),
		  "in.csv:2:4: error: a formula, not a value" },
		{ "a file of another kind", "values",
		  BYTES("number,description,officer,start,end,status,progress\n1.1,x,,,,on_track,\n"),
		  "in.csv:1:1: error: unknown column: 'number' (values has: measure, period, value, "
		  "note): the header is that of actions" },
		{ "an unknown code", "values",
		  BYTES("measure,period,value\nSR1,2024/25 Q2,1\nZZ1,2024/25 Q2,1\n"),
		  "in.csv:3:1: error: no measure has that code: measure 'ZZ1'" },
		{ "an unknown action", "actions",
		  BYTES("number,description,officer,start,end,status,progress\n77.1,x,,,,on_track,\n"),
		  "in.csv:2:1: error: no action has that number: number '77.1'" },
		{ "an unknown theme", "measures",
		  BYTES("code,name,theme,unit,polarity,floor,target,kind,direction\n"
		  "NEW1,New,Nowhere,%,higher,,,kpi,trend\n"),
		  "in.csv:2:3: error: no theme has that name: theme 'Nowhere'" },
	};
	struct run r;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		put_file(csv, bad[i].text, bad[i].len);
		run_docket(&r, "import", "--db", e2e.db, bad[i].kind, csv, NULL);
		cr_expect_eq(r.status, 65, "%s: %d %s", bad[i].what, r.status, r.err);
		cr_expect(find(r.err, bad[i].said) >= 0, "%s: %s", bad[i].what, r.err);
		cr_expect(find(r.err, "error: nothing imported; the database is unchanged") >= 0,
		    "%s: %s", bad[i].what, r.err);
		run_free(&r);
		assert_unchanged();
	}
}

Test(import_cli, what_a_signed_off_paper_reported_is_never_changed)
{
	struct run r;

	/* Paper 1, signed off, reported 2024/25 Q1 of the People Strategy. */
	PUT("measure,period,value\nSR1,2024/25 Q1,99\n");
	expect_import("values", 65, "in.csv:2:1: error: a signed-off paper reported it: docket never "
	    "changes what a signed-off paper reported: values SR1 2024/25 Q1, reported by "
	    "paper 1");
	assert_unchanged();

	/* The same figure again is no change, and is taken. */
	PUT("measure,period,value\nSR1,2024/25 Q1,61.1\n");
	expect_import("values", 0, "values: 0 added, 0 changed, 1 unchanged\n");

	/* Once the plan's latest paper is signed off, its actions wait. */
	sql_on(e2e.db, "UPDATE paper SET status = 'signed_off' WHERE id IN (3, 4)");
	run_sh(&r, "cp '%s' '%s'", e2e.db, copy);
	run_free(&r);
	PUT("number,description,officer,start,end,status,progress\n"
	    "1,x,,,,complete,\n");
	run_docket(&r, "import", "--db", e2e.db, "actions", csv, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, "in.csv:2:1: error: a signed-off paper reported it") >= 0, "%s",
	    r.err);
	cr_expect(find(r.err, "actions 1, reported by paper 4") >= 0, "%s", r.err);
	run_free(&r);
	assert_unchanged();
}

Test(import_cli, export_then_import_leaves_the_database_as_it_was)
{
	static const char *const kinds[] = {
		"values", "measures", "actions", "milestones", "risks", "meetings", "officers",
		"committees", "strategies", "themes", "plans", "priorities", "papers",
	};
	const char *out = fixture_path("out.csv", 0);
	struct run r;
	size_t i;

	/* Text a spreadsheet would run as a formula, and a quote, on the way. */
	sql_on(e2e.db, "UPDATE action SET progress = '=cmd|'' /C calc''!A0', officer = '-'"
	    " WHERE number = '1.1'");
	sql_on(e2e.db, "UPDATE measure_value SET note = '''quoted'', \"and\" more' WHERE measure_id = 2");
	run_sh(&r, "cp '%s' '%s'", e2e.db, copy);
	run_free(&r);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		run_docket(&r, "export", "--db", e2e.db, kinds[i], out, NULL);
		cr_assert_eq(r.status, 0, "%s: %s", kinds[i], r.err);
		run_free(&r);
		run_docket(&r, "import", "--db", e2e.db, kinds[i], out, NULL);
		cr_expect_eq(r.status, 0, "%s: %s", kinds[i], r.err);
		cr_expect(find(r.out, " 0 added, 0 changed, ") >= 0, "%s: %s", kinds[i], r.out);
		run_free(&r);
		assert_unchanged();
		/* And the same rows to standard output. */
		run_sh(&r, "'%s' export --db '%s' %s | cmp - '%s'", getenv("DOCKET_BIN"), e2e.db,
		    kinds[i], out);
		cr_expect_eq(r.status, 0, "%s: %s%s", kinds[i], r.out, r.err);
		run_free(&r);
	}
	run_docket(&r, "export", "--db", e2e.db, "actions", NULL);
	cr_expect(find(r.out, ",1.1,1,Lead the HR and Workforce Development work stream for the "
	    "Troubled Families programme,'-,") >= 0, "%s", r.out);
	cr_expect(find(r.out, ",'=cmd|' /C calc'!A0\n") >= 0, "a formula kept as text: %s", r.out);
	run_free(&r);
}

Test(import_cli, the_blank_files_are_the_headers_export_writes)
{
	static const char *const kinds[] = {
		"values", "measures", "actions", "milestones", "risks", "meetings", "officers",
		"committees", "strategies", "themes", "plans", "priorities", "papers",
	};
	struct run r;
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		run_sh(&r, "'%s' export --db '%s' %s | head -1 | cmp - data/%s.csv",
		    getenv("DOCKET_BIN"), e2e.db, kinds[i], kinds[i]);
		cr_expect_eq(r.status, 0, "%s: %s%s", kinds[i], r.out, r.err);
		run_free(&r);
	}
	run_docket(&r, "import", "--db", e2e.db, "rows", "data/values.csv", NULL);
	cr_expect_eq(r.status, 64, "an unknown kind is a usage error: %s", r.err);
	cr_expect(find(r.err, "unknown kind 'rows' (known: values, measures, actions, milestones, "
	    "risks, meetings, officers, committees, strategies, themes, plans, priorities, papers)") >= 0, "%s", r.err);
	run_free(&r);
}

Test(import_cli, new_measures_take_the_next_place_in_their_theme)
{
	struct run r;

	PUT("Code,Name,Theme,Unit,Polarity,Floor,Target,Kind,Direction Method\n"
	    "SRM10,Offers accepted,smart resourcing,%,Higher,80,90,KPI,Year ago\n");
	expect_import("measures", 0, "measures: 1 added, 0 changed, 0 unchanged\n");
	cr_expect_eq(run_sh(&r, "sqlite3 '%s' \"SELECT theme_id, seq, unit, kind, direction FROM"
	    " measure WHERE code = 'SRM10'\" | grep -x '1|14|%%|kpi|year_ago'", e2e.db), 0,
	    "%s", r.out);
	run_free(&r);
}

Test(import_cli, the_committee_calendar_takes_uk_dates)
{
	struct run r;

	PUT("Committee,Date,Venue\n"
	    "Staffing and Appeals Committee,12/05/2026,Committee Room 1\n"
	    "Audit and Accounts Committee,2026-06-30,\n"
	    "\"Strategy, Resources and Performance Committee\",15/10/2024,Council Chamber\n");
	expect_import("meetings", 0, "meetings: 2 added, 1 changed, 0 unchanged\n");
	run_docket(&r, "export", "--db", e2e.db, "meetings", NULL);
	cr_expect(find(r.out, "\nStaffing and Appeals Committee,2026-05-12,Committee Room 1\n") >= 0,
	    "%s", r.out);
	cr_expect(find(r.out, "\n\"Strategy, Resources and Performance Committee\",2024-10-15,"
	    "Council Chamber\n") >= 0, "%s", r.out);
	run_free(&r);

	run_sh(&r, "cp '%s' '%s'", e2e.db, copy);
	run_free(&r);
	/* Paper 1, signed off, names the meeting of 9 July 2024 and its venue. */
	PUT("committee,date,venue\n\"Strategy, Resources and Performance Committee\",09/07/2024,"
	    "Elsewhere\nNo Such Committee,2026-01-01,\nAudit and Accounts Committee,30/02/2026,\n");
	run_docket(&r, "import", "--db", e2e.db, "meetings", csv, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, "in.csv:2:1: error: a signed-off paper reported it") >= 0, "%s", r.err);
	cr_expect(find(r.err, "in.csv:3:1: error: no committee has that name: committee "
	    "'No Such Committee'") >= 0, "%s", r.err);
	cr_expect(find(r.err, "in.csv:4:2: error: not a real date (2025-01-28 or 28/01/2025): "
	    "date '30/02/2026'") >= 0, "%s", r.err);
	run_free(&r);
	assert_unchanged();
}

Test(import_cli, risks_milestones_and_officers_are_added_and_changed)
{
	struct run r;

	PUT("number,description,mitigation\n5,Key staff leave,Succession plans\n");
	expect_import("risks", 0, "risks: 1 added, 0 changed, 0 unchanged\n");
	PUT("plan,priority,letter,description,action,due\n"
	    "Human Resources Divisional Business Plan 2013-14,6,C,Savings confirmed,28.1,March 2014\n"
	    "Human Resources Divisional Business Plan 2013-14,9,A,x,,June 2013\n");
	expect_import("milestones", 65, "in.csv:3:2: error: the plan has no priority of that number: priority "
	    "'9'");
	PUT("name,post\nAnna Syson,Head of People\nSam Reid,HR Business Partner\n");
	expect_import("officers", 0, "officers: 1 added, 1 changed, 0 unchanged\n");
	cr_expect_eq(run_sh(&r, "sqlite3 '%s' \"SELECT post, email FROM officer WHERE name ="
	    " 'Anna Syson'\" | grep -x 'Head of People|anna.syson@cambridgeshire.gov.uk'", e2e.db),
	    0, "a column left out is left as it was: %s", r.out);
	run_free(&r);
}

Test(import_cli, a_signed_off_value_is_corrected_only_with_a_reason)
{
	struct run r;

	PUT("measure,period,value\nSR2,2024/25 Q1,50\n");
	run_docket(&r, "import", "--db", e2e.db, "values", csv, "--revise", NULL);
	cr_expect_eq(r.status, 64, "%s", r.err);
	cr_expect(find(r.err, "--revise needs --reason TEXT") >= 0, "%s", r.err);
	run_free(&r);
	assert_unchanged();
	run_docket(&r, "import", "--db", e2e.db, "values", csv, "--revise", "--reason",
	    "late returns from two directorates", "--by", "Zoë Ashworth", NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_str_eq(r.out, "values: 0 added, 1 changed, 0 unchanged; 1 correction to what "
	    "signed-off papers reported, each in the revision table\n");
	run_free(&r);
	cr_expect_eq(run_sh(&r, "sqlite3 '%s' \"SELECT row_key, old_value, new_value, revised_by,"
	    " reason FROM revision\" | grep -x '2|2024|1|[0-9.]*|50.0|Zoë Ashworth|late returns "
	    "from two directorates'", e2e.db), 0, "%s", r.out);
	run_free(&r);
}

Test(import_cli, a_plans_rows_are_corrected_after_sign_off_only_with_a_reason)
{
	struct run r;

	/* Paper 4 is the plan's latest; signed off, its risks and milestones wait. */
	sql_on(e2e.db, "UPDATE paper SET status = 'signed_off' WHERE id IN (3, 4)");
	run_sh(&r, "cp '%s' '%s'", e2e.db, copy);
	run_free(&r);
	PUT("number,description,mitigation\n"
	    "1,Reduced capacity in HR division,Interim HR advisers\n"
	    "9,Key staff leave,Succession plans\n");
	run_docket(&r, "import", "--db", e2e.db, "risks", csv, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, "in.csv:3:1: error: a signed-off paper reported it: docket never "
	    "changes what a signed-off paper reported: risks 9, reported by paper 4; to correct "
	    "it, import with --revise --reason TEXT") >= 0, "%s", r.err);
	run_free(&r);
	assert_unchanged();
	run_docket(&r, "import", "--db", e2e.db, "risks", csv, "--revise", "--reason",
	    "the restructure of March", "--by", "A. Tester", NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_str_eq(r.out, "risks: 1 added, 1 changed, 0 unchanged; 2 corrections to what "
	    "signed-off papers reported, each in the revision table\n");
	run_free(&r);
	PUT("priority,letter,description,action,due\n1,C,Turnover reasons found,2.3,July 2013\n");
	run_docket(&r, "import", "--db", e2e.db, "milestones", csv, "--revise", "--reason",
	    "the survey ran late", NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	/* Each changed column, keyed by the row's id; a new row's old values none. */
	cr_expect_eq(run_sh(&r, "sqlite3 '%s' \"SELECT r.table_name, r.row_key = k.id,"
	    " r.column_name, coalesce(r.old_value, 'NULL'), r.new_value FROM revision r"
	    " JOIN risk k ON k.seq IN (1, 9) AND r.row_key = k.id ORDER BY r.id\" | tr '\\n' ';'"
	    " | grep -x 'risk|1|description|Reduced capacity in HR division to support change or"
	    " provide HR advice to managers|Reduced capacity in HR division;risk|1|mitigation|"
	    "Managed change in HR Division, HR professional capacity building, professional"
	    " development and greater clarity about the HR Offer|Interim HR advisers;risk|1|"
	    "description|NULL|Key staff leave;risk|1|mitigation|NULL|Succession plans;'",
	    e2e.db), 0, "%s%s", r.out, r.err);
	run_free(&r);
	cr_expect_eq(run_sh(&r, "sqlite3 '%s' \"SELECT r.column_name, r.old_value, r.new_value,"
	    " r.reason FROM revision r JOIN milestone m ON m.letter = 'C' AND m.priority_id = 1"
	    " AND r.row_key = m.id WHERE r.table_name = 'milestone' ORDER BY r.id\" | tr '\\n' ';'"
	    " | grep -x 'description|Identify reasons for turnover in SCS and propose interventions"
	    " to address|Turnover reasons found|the survey ran late;due|June 2013|July 2013|the"
	    " survey ran late;'", e2e.db), 0, "%s%s", r.out, r.err);
	run_free(&r);
}

Test(import_cli, a_later_paper_marks_a_revised_figure_and_says_what_it_was)
{
	const char *pdf = fixture_path("q2.pdf", 0);
	struct run r;
	char *text;
	size_t i;

	/* Paper 1, signed off at the July 2024 meeting, reported 2024/25 Q1;
	 * paper 4, for January 2025, shows it again in its KPI table. */
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	cr_expect(find(text, "†") < 0 && find(text, "Revised since") < 0, "nothing revised yet");
	free(text);
	unlink(pdf);
	PUT("measure,period,value\nSR1,2024/25 Q1,58.2\n");
	run_docket(&r, "import", "--db", e2e.db, "values", csv, "--revise", "--reason",
	    "late returns", NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "4", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	/* The footnote may wrap: read as one line. */
	for (i = 0; text[i] != '\0'; i++)
		if (text[i] == '\n')
			text[i] = ' ';
	cr_expect(find(text, "58.2% †") >= 0, "the figure is marked in its cell:\n%s", text);
	cr_expect_eq(count_in(text, "†"), 2, "one mark, one footnote:\n%s", text);
	cr_expect(find(text, "† Revised since first reported: SR1 Q1 2024/25 was 61.1%, now 58.2% (") >= 0,
	    "the footnote says what it was:\n%s", text);
	cr_expect(find(text, ": late returns)") >= 0, "and why:\n%s", text);
	free(text);
}
