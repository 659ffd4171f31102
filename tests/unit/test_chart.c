/* Unit tests of charts: their data in the document tree (chart.c, doc.c)
 * and the text alternative. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "doc.h"
#include "helpers.h"
#include "util.h"

static const char *const quarters[] = { "Q1", "Q2", "Q3", "Q4" };

/* Kent's engagement KPI: % who would recommend KCC, Q3 not yet reported. */
static struct chart *
recommend(void)
{
	struct mvalue v[] = { MV(71), MV(72.5), MV_NA, MV(74.1) };
	struct chart *c = chart_new(CHART_BAR, "% of employees who would recommend KCC, 2024/25",
	    UNIT_PERCENT, quarters, 4);

	chart_add_series(c, "2024/25", v);
	c->target = MV(75);
	c->floor_std = MV(65);
	return c;
}

Test(chart, the_text_alternative_says_every_value)
{
	struct chart *c = recommend();
	char *alt = chart_alt(c);

	cr_assert_str_eq(alt, "Bar chart: % of employees who would recommend KCC, 2024/25. "
	    "Q1 71.0%, Q2 72.5%, Q3 n/a, Q4 74.1%. Target 75%; floor 65%.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_names_each_series_of_several)
{
	static const char *const years[] = { "2022/23", "2023/24" };
	struct mvalue now[] = { MV(9.1), MV(8.4) }, before[] = { MV(9.6), MV_NA };
	struct chart *c = chart_new(CHART_LINE, "Sickness absence per FTE", UNIT_DAYS, years, 2);
	char *alt;

	chart_add_series(c, "Kent", now);
	chart_add_series(c, "South East", before);
	c->target = MV(8);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Line chart: Sickness absence per FTE. Kent: 2022/23 9.1 days, "
	    "2023/24 8.4 days; South East: 2022/23 9.6 days, 2023/24 n/a. Target 8 days.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_of_a_stacked_chart_gives_each_total)
{
	static const char *const prios[] = { "Priority 1", "Priority 2" };
	struct mvalue done[] = { MV(4), MV(2) }, late[] = { MV(1), MV_NA };
	struct chart *c = chart_new(CHART_STACKED, "Actions by status", UNIT_COUNT, prios, 2);
	char *alt;

	chart_add_series(c, "Complete", done);
	chart_add_series(c, "Delayed", late);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Stacked bar chart: Actions by status. Priority 1: Complete 4, "
	    "Delayed 1; total 5. Priority 2: Complete 2, Delayed n/a; total 2.");
	free(alt);
	chart_free(c);
}

Test(chart, the_text_alternative_says_when_there_is_no_data)
{
	struct chart *c = chart_new(CHART_BAR, "Agency spend?", UNIT_POUNDS, quarters, 4);
	char *alt;

	chart_add_series(c, "2024/25", NULL);
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Bar chart: Agency spend? No data.");
	free(alt);
	c->alt = xstrdup("Agency spend has not been reported this year.");
	alt = chart_alt(c);
	cr_assert_str_eq(alt, "Agency spend has not been reported this year.", "the template's own");
	free(alt);
	chart_free(c);
}

Test(chart, kinds_are_the_template_words)
{
	enum chart_kind k = CHART_BAR;

	cr_assert_eq(chart_kind_parse("stacked", &k), 0);
	cr_assert_eq(k, CHART_STACKED);
	cr_assert_eq(chart_kind_parse("pie", &k), -1, "no pie charts");
	cr_assert_str_eq(chart_kind_word(CHART_LINE), "line");
}

/* A chart stands where a table may: in the document, a section or an
 * appendix, never inside a paragraph or a table cell. */
Test(chart, a_chart_stands_where_a_table_may)
{
	static const enum doc_type ok[] = { DOC_DOCUMENT, DOC_SECTION, DOC_APPENDIX };
	static const enum doc_type no[] = { DOC_PARA, DOC_CELL, DOC_LIST, DOC_FIELD };
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		struct doc_node *p = doc_node_new(ok[i], NULL), *c = doc_node_new(DOC_CHART, NULL);

		cr_assert_eq(doc_append(p, c), 0, "in a %s", doc_type_name(ok[i]));
		doc_node_free(p);
	}
	for (i = 0; i < sizeof no / sizeof no[0]; i++) {
		struct doc_node *p = doc_node_new(no[i], NULL), *c = doc_node_new(DOC_CHART, NULL);

		cr_assert_eq(doc_append(p, c), -1, "not in a %s", doc_type_name(no[i]));
		doc_node_free(c);
		doc_node_free(p);
	}
}

Test(chart, the_tree_dump_shows_the_data)
{
	struct doc *d = xcalloc(1, sizeof *d);
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	char *out = NULL;
	size_t len;
	FILE *f = open_memstream(&out, &len);

	d->root = doc_node_new(DOC_DOCUMENT, NULL);
	n->chart = recommend();
	cr_assert_eq(doc_append(d->root, n), 0);
	doc_dump(d, f);
	fclose(f);
	cr_assert_str_eq(out, "draft: no\n"
	    "document\n"
	    "  chart bar unit=% target=75 floor=65 \"% of employees who would recommend KCC, 2024/25\"\n"
	    "    categories \"Q1\" \"Q2\" \"Q3\" \"Q4\"\n"
	    "    series \"2024/25\" 71 72.5 n/a 74.1\n"
	    "    alt \"Bar chart: % of employees who would recommend KCC, 2024/25. Q1 71.0%, "
	    "Q2 72.5%, Q3 n/a, Q4 74.1%. Target 75%; floor 65%.\"\n");
	free(out);
	doc_free(d);
}
