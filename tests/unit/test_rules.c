/* Unit tests of rules.c: the marks the rules put on a paper's document,
 * and the message each broken rule gives, on papers built in memory. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "diag.h"
#include "doc.h"
#include "helpers.h"
#include "rules.h"
#include "util.h"


static void
setup(void)
{
	said_start();
}

static void
teardown(void)
{
	said_stop();
}

TestSuite(rules, .init = setup, .fini = teardown);


static const char *const paper_cols[] = {
	"status", "classification", "exempt_paragraph", "key_decision", "forward_plan_ref",
	"forward_plan_date", "meeting_date",
};

/* One dataset of one row with the columns cols and values vals (NULL
 * ones none), added to pd. */
static void
add_set(struct paperdata *pd, const char *name, const char *const cols[],
    const char *const vals[], size_t n)
{
	struct pd_query *q = pd_query_new(name, cols, n, NULL, NULL, 0);
	struct ds_row *row = ds_add_row(&q->set);
	size_t i;

	for (i = 0; i < n; i++)
		ds_put(row, &q->schema, cols[i], vals[i] ? xstrdup(vals[i]) : NULL);
	pd_add_query(pd, q);
}

/* Paper 7 with the paper's values (in the order of paper_cols), a
 * recommendation, an implication whose text is impl, and a background
 * paper. */
static struct paperdata *
paper(const char *const vals[], const char *impl)
{
	static const char *const text[] = { "text" };
	static const char *const heading_text[] = { "heading", "text" };
	static const char *const title[] = { "title" };
	static const char *const rec[] = { "To note the report." };
	static const char *const source[] = { "Minutes" };
	const char *const implication[] = { "Legal", impl };
	struct paperdata *pd = xcalloc(1, sizeof *pd);

	pd->source = xstrdup("t.db");
	pd->paper_id = 7;
	add_set(pd, "paper", paper_cols, vals, sizeof paper_cols / sizeof paper_cols[0]);
	add_set(pd, "recommendations", text, rec, 1);
	add_set(pd, "implications", heading_text, implication, 2);
	add_set(pd, "sources", title, source, 1);
	return pd;
}

/* A key decision at the meeting of 22 April 2025, in the forward plan on fp. */
static struct paperdata *
key_decision(const char *fp)
{
	const char *const vals[] = { "draft", "public", NULL, "1", "FP/2025/014", fp, "2025-04-22" };

	return paper(vals, "None.");
}

static void
assert_refused(struct paperdata *pd, const char *want)
{
	cr_expect_eq(rules_check(pd), 1, "%s", said());
	cr_expect_geq(find(said(), want), 0, "said:\n%s\nnot:\n%s", said(), want);
	pd_free(pd);
}

Test(rules, a_paper_is_a_draft_until_signed_off)
{
	static const char *const status[] = { "draft", "final", "signed_off" };
	size_t i;

	for (i = 0; i < 3; i++) {
		const char *const vals[] = { status[i], "public", NULL, "0", NULL, NULL, "2025-04-22" };
		struct paperdata *pd = paper(vals, "None.");
		struct doc doc = {0};

		rules_apply(pd, &doc);
		cr_expect_eq(doc.draft, i < 2, "%s", status[i]);
		cr_expect_null(doc.marking, "a public paper has no marking");
		pd_free(pd);
	}
}

Test(rules, an_exempt_paper_is_marked_with_its_paragraph)
{
	const char *const vals[] = { "signed_off", "exempt", "3", "0", NULL, NULL, "2025-04-22" };
	struct paperdata *pd = paper(vals, "None.");
	struct doc doc = {0};

	rules_apply(pd, &doc);
	cr_expect_eq(doc.draft, 0);
	cr_expect_str_eq(doc.marking, "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of "
	    "Schedule 12A to the Local Government Act 1972");
	free(doc.marking);
	pd_free(pd);
}

Test(rules, a_sound_key_decision_passes)
{
	struct paperdata *pd = key_decision("2025-03-24");	/* 28 clear days */

	cr_expect_eq(rules_check(pd), 0, "%s", said());
	cr_expect_str_eq(said(), "");
	pd_free(pd);
}

Test(rules, a_key_decision_needs_28_clear_days)
{
	assert_refused(key_decision("2025-03-25"), "docket: t.db: paper 7: error: key decision: "
	    "the forward plan entry is too late: entered 2025-03-25, 27 clear days before the "
	    "meeting on 2025-04-22; 28 are needed\n");
}

Test(rules, a_forward_plan_entry_after_the_meeting_is_refused)
{
	assert_refused(key_decision("2025-05-01"), "the forward plan entry is after the meeting: "
	    "entered 2025-05-01, meeting on 2025-04-22\n");
}

/* Found in review: an entry made on the meeting day was "-1 clear days"
 * before it. */
Test(rules, an_entry_on_the_meeting_day_is_no_clear_days_before_it)
{
	assert_refused(key_decision("2025-04-22"), "entered 2025-04-22, 0 clear days before the "
	    "meeting on 2025-04-22; 28 are needed\n");
}

Test(rules, a_forward_plan_date_that_is_no_real_day_is_refused)
{
	/* 2025-02-30 was once counted as 2 March, 50 days before the meeting. */
	static const char *const bad[] = { "2025-99-99", "2025-02-30", "2025-3-24", "24/03/2025" };
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *want = xasprintf("paper 7: error: key decision: not a real date (YYYY-MM-DD): "
		    "forward plan date '%s'\n", bad[i]);

		assert_refused(key_decision(bad[i]), want);
		free(want);
	}
}

Test(rules, a_key_decision_needs_its_forward_plan_date)
{
	assert_refused(key_decision(NULL), "paper 7: error: a key decision needs the date it "
	    "entered the forward plan\n");
}

Test(rules, a_meeting_date_that_is_no_real_day_is_refused)
{
	const char *const vals[] = { "draft", "public", NULL, "1", "FP/1", "2025-01-02", "2025-04-31" };

	assert_refused(paper(vals, "None."), "paper 7: error: key decision: not a real date "
	    "(YYYY-MM-DD): meeting date '2025-04-31'\n");
}

Test(rules, a_key_decision_needs_a_forward_plan_reference)
{
	const char *const vals[] = { "draft", "public", NULL, "1", "", "2025-01-02", "2025-04-22" };

	assert_refused(paper(vals, "None."), "paper 7: error: a key decision needs a forward "
	    "plan reference\n");
}

Test(rules, an_exempt_paper_needs_its_paragraph)
{
	const char *const vals[] = { "draft", "exempt", NULL, "0", NULL, NULL, "2025-04-22" };

	assert_refused(paper(vals, "None."), "paper 7: error: an exempt paper needs its "
	    "paragraph of Schedule 12A\n");
}

Test(rules, an_empty_implication_is_refused)
{
	const char *const vals[] = { "draft", "public", NULL, "0", NULL, NULL, "2025-04-22" };

	assert_refused(paper(vals, " \n\t"), "paper 7: error: implications heading is empty: "
	    "'Legal'\n");
}
