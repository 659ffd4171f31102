/* Unit tests of tmpl.c: the template language, numbering, and the errors
 * a template author sees. */
#include <criterion/criterion.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "db.h"
#include "diag.h"
#include "helpers.h"
#include "tmpl.h"
#include "util.h"

static char *dir, *msgs;
static size_t msglen;
static FILE *mem;
static struct db *db;

static void
setup(void)
{
	char *dbpath;

	dir = tmpdir_new();
	dbpath = xasprintf("%s/demo.db", dir);
	mem = open_memstream(&msgs, &msglen);
	diag_set_stream(mem);
	diag_reset();
	cr_assert_eq(db_init(dbpath, "data", 1), 0);
	db = db_open(dbpath);
	free(dbpath);
}

static void
teardown(void)
{
	db_close(db);
	diag_set_stream(NULL);
	fclose(mem);
	free(msgs);
	rm_rf(dir);
	free(dir);
}

TestSuite(tmpl, .init = setup, .fini = teardown);

static const char *
said(void)
{
	fflush(mem);
	return msgs;
}

static int
said_match(const char *pattern)
{
	regex_t re;
	int ok;

	cr_assert_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NEWLINE), 0);
	ok = regexec(&re, said(), 0, NULL, 0) == 0;
	regfree(&re);
	return ok;
}

/* Builds template text against paper id; returns the tree dump or NULL. */
static char *
build(long id, const char *xml, struct doc **out)
{
	char *path = xasprintf("%s/t.xml", dir), *dump = NULL;
	struct paperdata *pd = db_load_paper(db, id);
	struct doc *doc;
	size_t len;
	FILE *f;

	cr_assert_not_null(pd);
	cr_assert_eq(write_file_atomic(path, xml, strlen(xml), 1), 0);
	doc = tmpl_build(dir, "t.xml", pd);
	if (doc != NULL) {
		f = open_memstream(&dump, &len);
		doc_dump(doc, f);
		fclose(f);
	}
	if (out != NULL)
		*out = doc;
	else
		doc_free(doc);
	pd_free(pd);
	free(path);
	return dump;
}

Test(tmpl, sections_and_paragraphs_are_numbered)
{
	char *d = build(2,
	    "<paper title='{paper.title}'>\n"
	    "<each in='sections'><section title='{heading}'>"
	    "<each in='paragraphs'><p style='{style}'>{text}</p></each>"
	    "</section></each>\n"
	    "<section title='Implications'><section title='Finance'><p>None.</p></section>"
	    "<section title='Legal'><p>None.</p></section></section>\n"
	    "<appendix title='Contents'><p>x</p></appendix></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "section 1 \"Background\"\n    para 1.1\n") >= 0, "%s", d);
	cr_assert(find(d, "section 2 \"Workforce Strategy\"\n    para 2.1\n") >= 0, "%s", d);
	cr_assert(find(d, "para 2.7") >= 0, "%s", d);
	cr_assert(find(d, "section 3 \"Implications\"\n    section 3.1 \"Finance\"\n      para\n") >= 0,
	    "subsection paragraphs are not numbered: %s", d);
	cr_assert(find(d, "section 3.2 \"Legal\"") >= 0, "%s", d);
	cr_assert(find(d, "appendix 1 \"Contents\"\n    para\n") >= 0, "%s", d);
	cr_assert(find(d, "list\n      item •\n") >= 0, "bullet paragraphs become a list: %s", d);
	free(d);
}

Test(tmpl, bindings_and_filters_fill_values)
{
	char *d = build(2,
	    "<paper><frontsheet>"
	    "<field label='Date'>{paper.meeting_date|date}</field>"
	    "<field label='Key decision'>{paper.key_decision|yesno}</field>"
	    "<field label='Ref'><if test='paper.forward_plan_ref'>{paper.forward_plan_ref}</if>"
	    "<if not='paper.forward_plan_ref'>Not applicable</if></field>"
	    "<field label='Braces'>{{literal}</field>"
	    "</frontsheet></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"22 September 2015\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"No\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"Not applicable\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"{literal}\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, nested_loops_reach_child_datasets_and_outer_rows)
{
	char *d = build(1,
	    "<paper><table widths='1 4'><head><cell>Ref</cell><cell>Action</cell></head>"
	    "<each in='priorities'><row group='yes'><cell span='2'>Priority {seq}</cell></row>"
	    "<each in='actions'><row><cell>{number}</cell><cell>{priorities.name}: {status|humanise}</cell></row>"
	    "</each></each></table></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "row group\n      cell span=2\n        text \"Priority 1\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"Prevention: On track\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, malformed_xml_gives_file_line_and_column)
{
	cr_assert_null(build(2, "<paper>\n<section title='x'>\n<p>unclosed\n</section>\n</paper>\n", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:4:[0-9]+: error: Opening and ending tag mismatch"), "%s", said());
}

Test(tmpl, unknown_elements_and_attributes_are_all_reported)
{
	cr_assert_null(build(2, "<paper>\n  <sektion/>\n  <section title='a' colour='red'/>\n"
	    "  <p>ok</p>\n</paper>\n", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:2: error: unknown element <sektion>$"), "%s", said());
	cr_assert(said_match("t\\.xml:3: error: unknown attribute colour on <section>$"), "%s", said());
}

Test(tmpl, a_binding_to_a_missing_field_is_an_error)
{
	cr_assert_null(build(2, "<paper>\n<p>{paper.titel}</p>\n</paper>", NULL));
	cr_assert(said_match("t\\.xml:2: error: no field 'paper.titel' here$"), "%s", said());
}

Test(tmpl, bindings_in_a_loop_over_no_rows_are_still_checked)
{
	/* Paper 2 has no action plan, so 'risks' is empty. */
	cr_assert_null(build(2, "<paper>\n<each in='risks'>\n<p>{mitigatoin}</p></each></paper>", NULL));
	cr_assert(said_match("t\\.xml:3: error: no field 'mitigatoin' here$"), "%s", said());
}

Test(tmpl, a_loop_over_an_unknown_dataset_is_an_error)
{
	cr_assert_null(build(2, "<paper>\n<each in='kpis'><p>x</p></each></paper>", NULL));
	cr_assert(said_match("t\\.xml:2: error: no dataset 'kpis' here$"), "%s", said());
}

Test(tmpl, a_doctype_is_refused_and_entities_never_read)
{
	cr_assert_null(build(2, "<?xml version='1.0'?>\n<!DOCTYPE paper [\n"
	    "<!ENTITY secret SYSTEM 'file:///etc/hostname'>\n]>\n"
	    "<paper><p>&secret;</p></paper>", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:2:1: error: a DOCTYPE is not allowed in a template$"), "%s", said());
}

Test(tmpl, a_missing_template_is_missing_input)
{
	struct paperdata *pd = db_load_paper(db, 2);

	cr_assert_null(tmpl_build(dir, "nowhere.xml", pd));
	cr_assert_eq(diag_status(), EX_NOINPUT);
	cr_assert(said_match("nowhere\\.xml: error: cannot read template: No such file"), "%s", said());
	pd_free(pd);
}

Test(tmpl, rows_must_fill_the_table)
{
	cr_assert_null(build(2, "<paper><table widths='1 1 1'>\n<row><cell>a</cell><cell>b</cell></row>"
	    "</table></paper>", NULL));
	cr_assert(said_match("t\\.xml:2: error: row has 2 columns, the table has 3$"), "%s", said());
}

Test(tmpl, draft_and_exempt_marks_follow_the_data)
{
	struct doc *doc;
	char *d;

	d = build(2, "<paper><p>x</p></paper>", &doc);	/* signed off, public */
	cr_assert_eq(doc->draft, 0);
	cr_assert_null(doc->marking);
	doc_free(doc);
	free(d);
	d = build(5, "<paper><p>x</p></paper>", &doc);	/* draft, exempt paragraph 1 */
	cr_assert_eq(doc->draft, 1);
	cr_assert_str_eq(doc->marking, "NOT FOR PUBLICATION by virtue of paragraph 1 of Part 1 of "
	    "Schedule 12A to the Local Government Act 1972");
	doc_free(doc);
	free(d);
}

Test(tmpl, dates_are_written_in_full)
{
	char out[32];

	cr_assert_eq(tmpl_format_date("2024-07-09", out, sizeof out), 0);
	cr_assert_str_eq(out, "9 July 2024");
	cr_assert_eq(tmpl_format_date("2024-13-01", out, sizeof out), -1);
	cr_assert_eq(tmpl_format_date("9 July", out, sizeof out), -1);
}
