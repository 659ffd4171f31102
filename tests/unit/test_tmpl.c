/* Unit tests of the template stage (tmpl*.c): the template language,
 * numbering, and the errors a template author sees. */
#include <criterion/criterion.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "db.h"
#include "diag.h"
#include "helpers.h"
#include "measures.h"
#include "render.h"
#include "tmpl.h"
#include "util.h"

static char *dir, *dbfile;
static struct db *db;

static void
setup(void)
{
	struct run r;

	dir = tmpdir_new();
	dbfile = xasprintf("%s/demo.db", dir);
	said_start();
	cr_assert_eq(db_init(dbfile, "data", 1), 0);
	demo_kent_only(dbfile);
	db = db_open(dbfile);
	cr_assert_eq(run_sh(&r, "cp templates/docket.rng '%s/'", dir), 0);
	run_free(&r);
}

static void
teardown(void)
{
	db_close(db);
	free(dbfile);
	said_stop();
	rm_rf(dir);
	free(dir);
}

TestSuite(tmpl, .init = setup, .fini = teardown);


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
	doc = render_document(db, pd, dir, "t.xml", 0);
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

Test(tmpl, nested_sections_keep_their_depth)
{
	struct doc *doc;
	const struct doc_node *a, *b, *c, *d4, *y;
	char *d = build(2, "<paper><section title='A'><p>x</p><section title='B'><section title='C'>"
	    "<section title='D'><p>y</p></section></section></section></section>"
	    "<appendix title='X'><section title='Y'><p>z</p></section></appendix></paper>", &doc);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "section 1 \"A\"\n    para 1.1\n      text \"x\"\n    section 1.2 \"B\"\n"
	    "      section \"C\"\n"
	    "        section \"D\"\n          para\n") >= 0, "only two levels are numbered: %s", d);
	a = doc->root->first;
	b = a->last;
	c = b->first;
	d4 = c->first;
	y = doc->root->last->first;
	cr_assert_eq(a->as.heading.level, 1);
	cr_assert_eq(b->as.heading.level, 2);
	cr_assert_eq(c->as.heading.level, 3);
	cr_assert_eq(d4->as.heading.level, 4);
	cr_assert_eq(y->as.heading.level, 2, "an appendix's sections are at level 2");
	doc_free(doc);
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
	cr_assert(said_match("t\\.xml:2:3: error: unknown element: <sektion>$"), "%s", said());
	cr_assert(said_match("t\\.xml:3:22: error: unknown attribute: colour on <section>$"), "%s", said());
	cr_assert_eq(diag_count(D_UNKNOWN_ELEMENT), 1);
	cr_assert_eq(diag_count(D_UNKNOWN_ATTRIBUTE), 1);
}

Test(tmpl, a_binding_to_a_missing_field_is_an_error)
{
	cr_assert_null(build(2, "<paper>\n<p>{paper.titel}</p>\n</paper>", NULL));
	cr_assert(said_match("t\\.xml:2:4: error: no such field here: 'paper.titel' "
	    "\\(did you mean 'paper.title'\\?\\)$"), "%s", said());
	cr_assert_eq(diag_count(D_NO_FIELD), 1);
}

Test(tmpl, bindings_in_a_loop_over_no_rows_are_still_checked)
{
	/* Paper 2 has no action plan, so 'risks' is empty. */
	cr_assert_null(build(2, "<paper>\n<each in='risks'>\n<p>{mitigatoin}</p></each></paper>", NULL));
	cr_assert(said_match("t\\.xml:3:4: error: no such field here: 'mitigatoin' "
	    "\\(did you mean 'mitigation'\\?\\)$"), "%s", said());
}

Test(tmpl, a_loop_over_an_unknown_dataset_is_an_error)
{
	cr_assert_null(build(2, "<paper>\n<each in='kpis'><p>x</p></each></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: no such dataset here: 'kpis'$"), "%s", said());
	cr_assert_eq(diag_count(D_NO_DATASET), 1);
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
	cr_assert_null(tmpl_open(dir, "nowhere.xml"));
	cr_assert_eq(diag_status(), EX_NOINPUT);
	cr_assert(said_match("nowhere\\.xml: error: cannot read template: No such file"), "%s", said());
}

Test(tmpl, rows_must_fill_the_table)
{
	cr_assert_null(build(2, "<paper><table widths='1 1 1'>\n<row><cell>a</cell><cell>b</cell></row>"
	    "</table></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: a row must have the table's columns: the row has 2, the table 3$"), "%s", said());
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

static void
write_in(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);

	cr_assert_eq(write_file_atomic(path, text, strlen(text), 1), 0);
	free(path);
}

Test(tmpl, the_schema_finds_misplaced_elements)
{
	cr_assert_null(build(2, "<paper>\n<list>\n<item>x</item>\n<row/>\n</list>\n</paper>", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:4:1: error: .*row"), "%s", said());
}

Test(tmpl, a_template_query_becomes_a_dataset)
{
	char *d = build(1,
	    "<paper>\n<query name='by_status'>SELECT a.status, count(*) AS n FROM action a\n"
	    " JOIN priority r ON r.id = a.priority_id JOIN paper p ON p.plan_id = r.plan_id\n"
	    " WHERE p.id = :paper AND a.parent_id IS NOT NULL GROUP BY a.status ORDER BY a.status</query>\n"
	    "<list><each in='by_status'><item>{status|humanise}: {n}</item></each></list>\n</paper>",
	    NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"Complete: 18\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"On track: 32\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, a_query_that_writes_is_refused_at_its_line)
{
	cr_assert_null(build(1, "<paper>\n\n<query name='gone'>DELETE FROM paper</query>\n"
	    "<p>x</p></paper>", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:3:1: query 'gone': error: only SELECT is allowed: DELETE refused"),
	    "%s", said());
}

Test(tmpl, a_query_with_a_second_statement_is_refused)
{
	cr_assert_null(build(1, "<paper>\n<query name='two'>SELECT 1; DELETE FROM paper</query>\n"
	    "<p>x</p></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: query 'two': error: one statement only"), "%s", said());
}

Test(tmpl, cross_references_resolve_to_numbers)
{
	char *d = build(2,
	    "<paper><section title='Background'><p>One.</p><p id='why'>Two.</p></section>\n"
	    "<section title='Risks' id='risks'><p>See <ref to='why'/> and <ref to='plan'/>.</p>"
	    "<p>As <ref to='risks'/> says.</p></section>\n"
	    "<appendix title='Plan' id='plan'><p>x</p></appendix></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"paragraph 1.2\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"Appendix 1\"") >= 0, "%s", d);
	cr_assert(find(d, "text \"section 2\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, a_reference_keeps_the_node_it_names)
{
	struct doc *doc;
	char *d = build(2,
	    "<paper><section title='Background'><p>One.</p><p id='why'>Two.</p></section>\n"
	    "<section title='Risks'><p>See <ref to='why'/>.</p></section></paper>", &doc);
	const struct doc_node *why, *ref;

	cr_assert_not_null(d, "%s", said());
	why = doc->root->first->last;
	ref = doc->root->last->first->first->next;
	cr_assert_str_eq(why->id, "why");
	cr_assert_null(doc->root->first->first->id, "a paragraph without an id has none");
	cr_assert_eq(ref->type, DOC_REF);
	cr_assert_eq(ref->as.ref.target, why);
	cr_assert_eq(ref->first->type, DOC_TEXT);
	cr_assert_str_eq(ref->first->as.text.str, "paragraph 1.2");
	cr_assert(find(d, "    para 1.2 id=\"why\"\n") >= 0, "%s", d);
	cr_assert(find(d, "      ref to=\"why\"\n        text \"paragraph 1.2\"\n") >= 0, "%s", d);
	doc_free(doc);
	free(d);
}

Test(tmpl, inline_content_without_a_paragraph_is_an_implicit_one)
{
	struct doc *doc;
	char *d = build(2,
	    "<paper><frontsheet><field label='Ref'>Item <b>7</b><if test='paper.title'> of"
	    " the agenda</if><p>Said.</p></field></frontsheet>\n"
	    "<table widths='1'><row><cell>Lead-in: <list><item>a</item></list></cell></row>"
	    "</table></paper>", &doc);
	const struct doc_node *field, *cell;

	cr_assert_not_null(d, "%s", said());
	field = doc->root->first->first;
	cr_assert_eq(field->first->type, DOC_PARA);
	cr_assert(field->first->as.para.implicit, "%s", d);
	cr_assert_eq(field->first->first->next->type, DOC_BOLD);
	cr_assert_str_eq(field->first->last->as.text.str, " of the agenda",
	    "the inline content after the bold joins the same paragraph: %s", d);
	cr_assert_neq(field->last, field->first);
	cr_assert_not(field->last->as.para.implicit, "a <p> is not implicit");
	cell = doc->root->last->first->first;
	cr_assert_eq(cell->first->type, DOC_PARA, "%s", d);
	cr_assert(cell->first->as.para.implicit, "%s", d);
	doc_free(doc);
	free(d);
}

Test(tmpl, a_reference_to_an_unknown_id_is_an_error)
{
	cr_assert_null(build(2, "<paper><section title='A'>\n<p>See <ref to='nowhere'/>.</p>"
	    "</section></paper>", NULL));
	cr_assert(said_match("t\\.xml:2: error: no element has that id: <ref to=\"nowhere\">$"), "%s",
	    said());
}

Test(tmpl, fragments_are_included_from_the_templates_folder)
{
	char *d;

	write_in("front.xml", "<field label='To'>{paper.committee}</field>");
	d = build(2, "<paper xmlns:xi='http://www.w3.org/2001/XInclude'><frontsheet>\n"
	    "<xi:include href='front.xml'/></frontsheet></paper>", NULL);
	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "field \"To\"\n      para\n        text \"Audit and Accounts Committee\"") >= 0,
	    "%s", d);
	free(d);
}

Test(tmpl, an_error_in_a_fragment_names_the_fragment)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "mkdir '%s/fragments'", dir), 0);
	run_free(&r);
	write_in("fragments/f.xml", "<section title='F'>\n<p>{paper.nope}</p>\n"
	    "  <p>ok</p>\n  <p style='odd'>x</p>\n</section>");
	cr_assert_null(build(2, "<paper xmlns:xi='http://www.w3.org/2001/XInclude'>\n\n"
	    "<xi:include href='fragments/f.xml'/></paper>", NULL));
	cr_assert(said_match("/fragments/f\\.xml:2:4: error: no such field here: 'paper.nope'$"), "%s",
	    said());
	cr_assert(said_match("/fragments/f\\.xml:4:3: error: unknown paragraph style \\(numbered, bullet, plain\\): 'odd'"), "%s",
	    said());
}

Test(tmpl, an_include_outside_the_templates_folder_is_refused)
{
	cr_assert_null(build(2, "<paper xmlns:xi='http://www.w3.org/2001/XInclude'>\n"
	    "<xi:include href='/etc/hostname' parse='text'/></paper>", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("t\\.xml:2: error: .*(/etc/hostname|include)"), "%s", said());
}

Test(tmpl, a_cycle_of_includes_is_an_error)
{
	write_in("a.xml", "<section xmlns:xi='http://www.w3.org/2001/XInclude' title='A'>"
	    "<xi:include href='b.xml'/></section>");
	write_in("b.xml", "<section xmlns:xi='http://www.w3.org/2001/XInclude' title='B'>"
	    "<xi:include href='a.xml'/></section>");
	cr_assert_null(build(2, "<paper xmlns:xi='http://www.w3.org/2001/XInclude'>\n"
	    "<xi:include href='a.xml'/></paper>", NULL));
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert(said_match("error: .*recursion"), "%s", said());
}

Test(tmpl, numbers_percentages_and_money_are_formatted)
{
	char *d = build(1, "<paper>\n<query name='n'>SELECT 1234.4 AS count, 72.46 AS pct, "
	    "1200 AS cost, 1200.5 AS fee</query>\n<each in='n'><p>{count|number} {pct|percent} "
	    "{cost|money} {fee|money}</p></each></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"1,234 72.5% £1,200 £1,200.50\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, if_is_compares_a_value)
{
	char *d = build(4, "<paper><each in='kpi_themes'><each in='kpis'>"
	    "<if test='code' is='CR2'><p>{code} {rating}, {v12} in {l12}</p></if>"
	    "</each></each></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"CR2 Amber, 9.3 in Q2 2024/25\"") >= 0, "%s", d);
	cr_assert(find(d, "SR1") < 0, "only the one KPI");
	free(d);
}

Test(tmpl, a_chart_is_built_from_its_series_and_points)
{
	char *d = build(4, "<paper><each in='kpi_themes'><each in='kpis'><if test='code' is='SR2'>"
	    "<chart kind='bar' title='{code}' unit='{unit}' target='{target_raw}' floor='{floor_raw}'>"
	    "<series name='{code}'><point label='{l11}' value='{v11}'/><point label='{l12}' value='{v12}'/>"
	    "</series></chart></if></each></each></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "chart bar unit=days target=45 floor=60") >= 0, "%s", d);
	cr_assert(find(d, "Q1 2024/25") >= 0 && find(d, "Q2 2024/25") >= 0, "%s", d);
	cr_assert(find(d, "46.2") >= 0 && find(d, "44.6") >= 0, "%s", d);
	free(d);
}

Test(tmpl, chart_series_must_have_as_many_points_as_the_first)
{
	cr_assert_null(build(2, "<paper>\n<chart kind='line' title='t' unit='count'>"
	    "<series name='a'><point label='x' value='1'/><point label='y' value='2'/></series>"
	    "<series name='b'><point label='x' value='1'/></series></chart></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: a series must have as many points as the first: 'b' has 1, the first 2"), "%s", said());
}

Test(tmpl, a_chart_of_mixed_units_is_an_error)
{
	cr_assert_null(build(2, "<paper>\n<chart kind='bar' title='t' unit='%'><series name='a'>"
	    "<point label='LE6' value='71' unit='%'/><point label='LE7' value='8.2' unit='days'/>"
	    "</series></chart></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: a chart's points must all be in its unit: "
	    "'LE7' is in days, the chart in %"), "%s", said());
}

Test(tmpl, each_category_may_have_its_own_target)
{
	char *d = build(2, "<paper><chart kind='bar' title='t' unit='%'><series name='a'>"
	    "<point label='LE1' value='71' target='75'/><point label='LE2' value='40' target='35'/>"
	    "<point label='LE3' value='50'/></series></chart></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "LE1 71.0% (target 75%), LE2 40.0% (target 35%), LE3 50.0%.") >= 0, "%s",
	    d);
	free(d);
}

Test(tmpl, a_chart_value_must_be_a_number)
{
	cr_assert_null(build(2, "<paper>\n<chart kind='bar' title='t' unit='%'>"
	    "<series name='a'><point label='x' value='lots'/></series></chart></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:55: error: not a number: value 'lots'"), "%s", said());
}

Test(tmpl, a_chart_keeps_every_digit_of_a_rated_figure)
{
	char *d;

	/* Twelve digits: read back from "%.10g" it would be £1,234,567,891. */
	sql_on(dbfile, "UPDATE measure_value SET value = 1234567891.23 WHERE fy = 2024 AND quarter = 2"
	    " AND measure_id = (SELECT id FROM measure WHERE code = 'SR2')");
	d = build(4, "<paper><each in='kpi_themes'><each in='kpis'><if test='code' is='SR2'>"
	    "<chart kind='bar' title='{code}' unit='£'><series name='{code}'>"
	    "<point label='{l12}' value='{v12}'/></series></chart></if></each></each></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "Q2 2024/25 £1,234,567,891.23.") >= 0, "%s", d);
	free(d);
}

Test(tmpl, a_chart_takes_a_query_number_as_sqlite_computed_it)
{
	/* SQLite sums to 0.045000000000000005, as C does: 0.05 to two places.
	 * Its text, "0.045", read back is just under 0.045: 0.04. A number
	 * stored as text is still read as one. */
	char *d = build(2, "<paper><query name='q'>SELECT 0.01 + 0.035 AS sum, '2.5' AS text</query>"
	    "<chart kind='bar' title='t' unit='ratio'><series name='s'><point label='a' value='{q.sum}'/>"
	    "<point label='b' value='{q.text}'/></series></chart></paper>", NULL);
	char *sum = measure_format(MV(0.01 + 0.035), UNIT_RATIO);

	cr_assert_not_null(d, "%s", said());
	cr_assert_str_eq(sum, "0.05");
	cr_assert(find(d, "a 0.05, b 2.50.") >= 0, "%s", d);
	free(sum);
	free(d);
}

Test(tmpl, the_template_decides_the_headings_and_says_when_there_is_none)
{
	/* Paper 5 records legal and equality implications, not finance. */
	char *d = build(5, "<paper><section title='Implications'>"
	    "<section title='Finance'>"
	    "<each in='implications' where='heading' is='Finance Implications'><p>{text}</p></each>"
	    "<if not='implications' where='heading' is='Finance Implications'>"
	    "<p>There are no significant finance implications.</p></if></section>"
	    "<section title='Legal'>"
	    "<each in='implications' where='heading' is='Legal Implications'><p>{text}</p></each>"
	    "<if not='implications' where='heading' is='Legal Implications'><p>None.</p></if>"
	    "</section></section></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "section 1.1 \"Finance\"\n      para\n        text \"There are no significant "
	    "finance implications.\"") >= 0, "%s", d);
	cr_assert(find(d, "Employment Rights Act 1996") >= 0, "%s", d);
	cr_assert(find(d, "None.") < 0, "%s", d);
	free(d);
}

Test(tmpl, a_filter_on_an_unknown_column_is_an_error)
{
	cr_assert_null(build(5, "<paper>\n<each in='implications' where='headline' is='x'><p>x</p></each>"
	    "</paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: no such field here: 'headline' in 'implications'"), "%s", said());
}

/* Found in review: each of these once gave a wrong paper or a crash. */
Test(tmpl, paragraphs_in_an_indented_cell_are_kept)
{
	char *d = build(2, "<paper><table widths='1'><row><cell>\n  <p>First.</p>\n  <p>Second.</p>\n"
	    "</cell></row><row><cell>Lead-in: <list><item>one</item></list></cell></row></table></paper>",
	    NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "cell\n        para\n          text \"First.\"\n        para\n          text "
	    "\"Second.\"") >= 0, "%s", d);
	cr_assert(find(d, "cell\n        para\n          text \"Lead-in: \"\n        list") >= 0,
	    "inline text before a list becomes its own paragraph: %s", d);
	free(d);
}

Test(tmpl, ids_and_refs_in_a_loop_over_no_rows_are_harmless)
{
	char *d = build(2, "<paper><section title='A' id='a'><p>See <ref to='a'/>.</p></section>"
	    "<each in='risks'><p id='r'>See <ref to='a'/>.</p></each></paper>", NULL);

	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"section 1\"") >= 0, "%s", d);
	free(d);
}

Test(tmpl, a_span_must_be_a_number_of_columns)
{
	cr_assert_null(build(2, "<paper><table widths='1 1 1'>\n<row><cell span='4294967295'>x</cell>"
	    "<cell>y</cell><cell>z</cell><cell span='2'>w</cell></row></table></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:[0-9]+: error: span is not a number of columns "
	    "\\(1 to 64\\): '4294967295'"),
	    "%s", said());
}

Test(tmpl, widths_must_be_finite)
{
	cr_assert_null(build(2, "<paper>\n<table widths='nan 1'><row><cell>a</cell><cell>b</cell></row>"
	    "</table></paper>", NULL));
	cr_assert(said_match("t\\.xml:2:1: error: column widths must be positive numbers"), "%s", said());
}

Test(tmpl, line_breaks_and_tabs_in_the_data_are_spaces)
{
	char *d;

	sql_on(dbfile, "UPDATE paragraph SET text = 'One.' || char(10) || char(10) || 'Two' || char(9) || "
	    "'three.' WHERE rowid = (SELECT min(p.rowid) FROM paragraph p"
	    " JOIN section s ON s.id = p.section_id WHERE s.paper_id = 1)");
	d = build(1, "<paper><each in='sections'><each in='paragraphs'><p>{text}</p></each></each></paper>",
	    NULL);
	cr_assert_not_null(d, "%s", said());
	cr_assert(find(d, "text \"One. Two three.\"") >= 0, "%s", d);
	free(d);
}

/* A series of a status takes the status's shade, the colour the tables
 * give it: on track green and at risk amber, in the bars and the legend. */
Test(tmpl, a_series_takes_the_shade_of_its_status)
{
	struct doc *d = NULL;
	char *dump = build(4, "<paper><chart kind='stacked' title='S' unit='count'>"
	    "<series name='On track' shade='green'><point label='P1' value='3'/></series>"
	    "<series name='At risk' shade='amber'><point label='P1' value='2'/></series>"
	    "</chart></paper>", &d), *t;
	int pages;

	cr_assert_not_null(d, "%s", said());
	free(dump);
	t = trace_layout(d, &pages);
	cr_assert_geq(count_in(t, " 0.78,0.92,0.80"), 2, "a bar and a swatch in green:\n%s", t);
	cr_assert_geq(count_in(t, " 1.00,0.90,0.60"), 2, "and in amber");
	free(t);
	doc_free(d);
	cr_assert_null(build(4, "<paper><chart kind='stacked' title='S' unit='count'>"
	    "<series name='x' shade='puce'><point label='P1' value='3'/></series></chart></paper>",
	    NULL));
	cr_assert_eq(diag_count(D_UNKNOWN_SHADE), 1, "%s", said());
}

/* Found by a second council: a bad binding in a loop's row was reported
 * once for each row, eight times the same. It is one fault, said once. */
Test(tmpl, a_fault_in_a_loop_is_said_once)
{
	cr_assert_null(build(2, "<paper>\n<each in='sections'><section title='{heading}'>\n"
	    "<p>{paper.sentense}</p></section></each></paper>", NULL));
	cr_assert_eq(diag_count(D_NO_FIELD), 1, "%s", said());
	cr_assert_eq(count_in(said(), "no such field here: 'paper.sentense'"), 1, "%s", said());
}

/* Found by a second council: a misspelt field named none of the right
 * ones. The nearest field is offered. */
Test(tmpl, a_misspelt_field_offers_the_nearest)
{
	cr_assert_null(build(4, "<paper>\n<p>{kpi_summary.sentense}</p></paper>", NULL));
	cr_assert(said_match("no such field here: 'kpi_summary.sentense' "
	    "\\(did you mean 'kpi_summary.sentence'\\?\\)$"), "%s", said());
	cr_assert_null(build(4, "<paper>\n<p>{zzzz.qqqq}</p></paper>", NULL));
	cr_assert(said_match("no such field here: 'zzzz.qqqq'$"), "nothing near: %s", said());
}
