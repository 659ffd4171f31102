/* End-to-end tests of the kinds that make a council from CSV files alone:
 * committees, strategies and their themes, action plans and their
 * priorities, new actions and papers. A good file reaches the database
 * and the paper; each bad one is refused with its line and cell and the
 * database byte for byte as it was; export reads back as it was written. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *db, *copy, *csv;

#define BYTES(s)	(s), sizeof (s) - 1

/* The kinds in the order a council is built, and a file of each. */
static const char *const kinds[][2] = {
	{ "committees", "name,council,cadence\n"
	  "Audit Committee,Wessex Council,Quarterly\n" },
	{ "strategies", "Name,Council,First Year,Last Year\n"
	  "Digital Strategy,Wessex Council,2024/25,2026/27\n" },
	{ "themes", "strategy,number,name,outcome\n"
	  "Digital Strategy,1,Online services,More done online\n"
	  "Digital Strategy,2,Skills,\n" },
	{ "plans", "name,council,division,year\n"
	  "Digital Action Plan,Wessex Council,IT,2025/26\n" },
	{ "priorities", "plan,number,name,description\n"
	  "Digital Action Plan,1,Move services online,\n" },
	{ "actions", "plan,number,priority,description,officer,start,end,status,progress\n"
	  "Digital Action Plan,1,1,Put parking permits online,Sam Okafor,April 2025,March 2026,"
	  "on track,\n" },
	{ "officers", "name,post\nSam Okafor,Head of Digital\n" },
	{ "meetings", "committee,date\nAudit Committee,03/02/2026\n" },
	{ "papers", "committee,date,item,title,template,from,officer,classification,exempt paragraph,"
	  "key decision,forward plan,forward plan date,summary,strategy,plan,period\n"
	  "Audit Committee,2026-02-03,7,Digital Strategy: Quarter 3,quarterly-update.xml,"
	  "Director of Resources,Sam Okafor,exempt,3,yes,FP/26/01,01/12/2025,To report the third quarter.,"
	  "Digital Strategy,Digital Action Plan,2025/26 Q3\n" },
};

static void
setup(void)
{
	struct run r;

	fixture_setup();
	db = fixture_path("council.db", 0);
	copy = fixture_path("copy.db", 0);
	csv = fixture_path("in.csv", 0);
	run_docket(&r, "init", "--db", db, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
}

TestSuite(import_council, .init = setup, .fini = fixture_teardown);

/* Imports the text as kind into db: exit status and what it said. */
static void
expect_import(const char *kind, const char *text, int status, const char *said)
{
	struct run r;

	put_file(csv, text, strlen(text));
	run_docket(&r, "import", "--db", db, kind, csv, NULL);
	cr_expect_eq(r.status, status, "%s: %s%s", kind, r.out, r.err);
	cr_expect(find(status == 0 ? r.out : r.err, said) >= 0, "%s: %s%s", kind, r.out, r.err);
	run_free(&r);
}

static char *
query(const char *sql)
{
	struct run r;
	char *out;

	run_sh(&r, "sqlite3 '%s' \"%s\"", db, sql);
	out = xstrdup(r.out);
	run_free(&r);
	return out;
}

static void
build(void)
{
	size_t i;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		expect_import(kinds[i][0], kinds[i][1], 0, " added, 0 changed, 0 unchanged\n");
}

Test(import_council, a_council_is_built_from_csv_files_alone)
{
	const char *pdf = fixture_path("paper.pdf", 0);
	char *got, *text;
	struct run r;

	build();
	got = query("SELECT c.council, c.cadence, s.first_fy, s.last_fy, t.name, l.fy, r.name,"
	    " a.status, p.classification, p.exempt_paragraph, p.key_decision, p.fy, p.quarter"
	    " FROM committee c, strategy s, theme t, plan l, priority r, action a, paper p"
	    " WHERE t.seq = 2");
	cr_expect_str_eq(got, "Wessex Council|quarterly|2024|2026|Skills|2025|Move services online|"
	    "on_track|exempt|3|1|2025|3\n");
	free(got);
	put_file(csv, BYTES("# Digital Strategy: Quarter 3\n\n## Purpose\n\nTo report the third"
	    " quarter.\n\n## Recommendations\n\n1. The Committee is recommended to note the report.\n"
	    "\n## Implications\n\n### Finance Implications\n\nThere are none.\n"
	    "\n## Source documents\n\n- Digital Strategy\\\n  County Hall, Wessex\n"));
	run_docket(&r, "narrative", "import", "--db", db, "--paper", "1", csv, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	run_docket(&r, "render", "--db", db, "--paper", "1", "-o", pdf, NULL);
	cr_assert_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	cr_expect(find(text, "Digital Strategy: Quarter 3") >= 0, "%s", text);
	cr_expect(find(text, "Sam Okafor") >= 0, "%s", text);
	cr_expect(find(text, "Put parking permits online") >= 0, "%s", text);
	free(text);
	/* Again, the same: nothing changes; then a change. */
	expect_import("papers", kinds[8][1], 0, "papers: 0 added, 0 changed, 1 unchanged\n");
	expect_import("committees", "name,council,cadence\naudit committee,Wessex Council,monthly\n", 0,
	    "committees: 0 added, 1 changed, 0 unchanged\n");
	got = query("SELECT name, council, cadence FROM committee");
	cr_expect_str_eq(got, "Audit Committee|Wessex Council|monthly\n");
	free(got);
}

Test(import_council, each_bad_file_is_refused_and_the_database_kept)
{
	static const char *const bad[][3] = {
		{ "committees", "name,council,cadence\nX,Wessex Council,fortnightly\n",
		  "in.csv:2:3: error: not one of the allowed values: cadence 'fortnightly'" },
		{ "strategies", "name,council,first year,last year\nX,W,2026/27,2024/25\n",
		  "in.csv:2:4: error: the last year is before the first: X" },
		{ "strategies", "name,council,first year,last year\nX,W,2024,2025/26\n",
		  "in.csv:2:3: error: not a financial year (e.g. 2024/25): first year '2024'" },
		{ "themes", "strategy,number,name\nNo Such Strategy,1,X\n",
		  "in.csv:2:1: error: no strategy has that name: strategy 'No Such Strategy'" },
		{ "themes", "strategy,number,name\nDigital Strategy,0,X\n",
		  "in.csv:2:2: error: not a whole number from 1: number '0'" },
		{ "priorities", "plan,number,name\nNo Plan,1,X\n",
		  "in.csv:2:1: error: no action plan has that name: plan 'No Plan'" },
		{ "actions", "plan,number,description,officer,start,end,status,progress\n"
		  "Digital Action Plan,2,X,,,,on track,\n",
		  "in.csv:2:2: error: no action has that number: number '2' (to add it, give its priority)" },
		{ "actions", "plan,number,priority,description,officer,start,end,status,progress\n"
		  "Digital Action Plan,2,5,X,,,,on track,\n",
		  "in.csv:2:3: error: the plan has no priority of that number: priority '5'" },
		{ "papers", "committee,date,item,title,template,from,summary\n"
		  "Audit Committee,04/02/2026,8,T,quarterly-update.xml,F,S\n",
		  "in.csv:2:2: error: the committee has no meeting that day" },
		{ "papers", "committee,date,item,title,template,from,summary\n"
		  "Audit Committee,03/02/2026,8,T,../evil.xml,F,S\n",
		  "in.csv:2:5: error: not a template's file name" },
		{ "papers", "committee,date,item,title,template,from,summary,classification\n"
		  "Audit Committee,03/02/2026,8,T,a.xml,F,S,exempt\n",
		  "in.csv:2:8: error: an exempt paper needs its paragraph" },
		{ "papers", "committee,date,item,title,template,from,summary,key decision\n"
		  "Audit Committee,03/02/2026,8,T,a.xml,F,S,yes\n",
		  "in.csv:2:8: error: a key decision needs its forward plan reference" },
		{ "papers", "committee,date,item,title,template,from,summary,officer,period\n"
		  "Audit Committee,03/02/2026,8,T,a.xml,F,S,Nobody,2025/26 Q5\n",
		  "in.csv:2:9: error: not a quarter" },
		{ "papers", "committee,date,item,title,template,from,summary,officer\n"
		  "Audit Committee,03/02/2026,8,T,a.xml,F,S,Nobody\n",
		  "in.csv:2:8: error: no officer has that name (import them in officers): officer 'Nobody'" },
		{ "papers", "committee,date,item,title,template,from\n"
		  "Audit Committee,03/02/2026,8,T,a.xml,F\n",
		  "in.csv:1: error: a column is missing: 'summary'" },
	};
	struct run r;
	size_t i;

	build();
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", db, copy), 0, "%s", r.err);
	run_free(&r);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		expect_import(bad[i][0], bad[i][1], 65, bad[i][2]);
		assert_same_file(copy, db);
	}
	/* Every fault at once, and none of the good rows. */
	expect_import("committees", "name,council,cadence\nGood,W,monthly\nX,,annual\nY,W,weekly\n",
	    65, "2 errors in");
	assert_same_file(copy, db);
}

Test(import_council, export_then_import_leaves_the_database_as_it_was)
{
	const char *out = fixture_path("out.csv", 0);
	struct run r;
	size_t i;

	build();
	/* A whole year's paper, and defaults left to the schema. */
	expect_import("papers", "committee,date,item,title,template,from,summary,period\n"
	    "Audit Committee,03/02/2026,8,Annual report,annual-report.xml,F,S,2025/26\n", 0,
	    "papers: 1 added");
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", db, copy), 0, "%s", r.err);
	run_free(&r);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		run_docket(&r, "export", "--db", db, kinds[i][0], out, NULL);
		cr_assert_eq(r.status, 0, "%s: %s", kinds[i][0], r.err);
		run_free(&r);
		run_docket(&r, "import", "--db", db, kinds[i][0], out, NULL);
		cr_expect_eq(r.status, 0, "%s: %s", kinds[i][0], r.err);
		cr_expect(find(r.out, " 0 added, 0 changed, ") >= 0, "%s: %s", kinds[i][0], r.out);
		run_free(&r);
		assert_same_file(copy, db);
	}
	run_docket(&r, "export", "--db", db, "papers", NULL);
	cr_expect(find(r.out, ",Annual report,annual-report.xml,F,,Not applicable,public,,no,,,"
	    "Purpose,S,,,2025/26\n") >= 0, "%s", r.out);
	run_free(&r);
}
