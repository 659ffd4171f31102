/* Unit tests of narrative.c: text that Markdown would take for markup or
 * for a block comes back from the Markdown export writes as the same
 * text, and a file out of shape is refused with every fault at once, each
 * at its line and column. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "helpers.h"
#include "narrative.h"
#include "util.h"

TestSuite(narrative_md, .init = said_start, .fini = said_stop);

/* Text a word processor's user may well type, each a trap for Markdown. */
static const char *const tricky[] = {
	"# not a heading", "1. not a list", "2024) nor this", "- nor a bullet", "+ nor this",
	"> nor a quote", "=== nor a rule", "*stars*, _under_, snake_case and 5 * 3",
	"<b>not HTML</b> <https://example.org>", "&amp; stays &amp;, Q&A and &#35;",
	"back\\slash \\* and `ticks`", "[not](a link) ![nor](an image)", "ends with #",
	"line one\nline two\n- and a third", "Tab\tand  two spaces", "£1,200 – “quoted” · 72.5%",
};
#define NTRICKY	(sizeof tricky / sizeof tricky[0])

static void
fill(struct narrative *n)
{
	size_t i, s;

	narrative_init(n);
	n->title = xstrdup(tricky[0]);
	n->label = xstrdup("Executive Summary");
	n->summary = xstrdup(tricky[1]);
	for (i = 0; i < NTRICKY; i++) {
		narr_add(&n->points, &tricky[i], 0);
		narr_add(&n->recs, &tricky[i], 0);
		/* A heading is a line. */
		if (strchr(tricky[i], '\n') == NULL)
			narr_add(&n->impls, (const char *[]){ tricky[i], tricky[NTRICKY - 1 - i] }, 0);
		/* A source's title and location are a line each. */
		if (strchr(tricky[i], '\n') == NULL && strchr(tricky[NTRICKY - 1 - i], '\n') == NULL)
			narr_add(&n->sources, (const char *[]){ tricky[i], tricky[NTRICKY - 1 - i],
			    i % 3 == 0 ? "1" : "0" }, 0);
	}
	for (s = 0; s < 3; s++) {
		narr_add_section(n, tricky[s + 4], 0);
		for (i = 0; i < NTRICKY; i++)
			narr_add(&n->paras[s], (const char *[]){ (i + s) % 3 ? "numbered" : "bullet",
			    tricky[i] }, 0);
	}
}

static void
expect_same_rows(const struct narr_rows *a, const struct narr_rows *b, const char *what)
{
	size_t i;

	cr_assert_eq(a->n, b->n, "%s: %zu rows, not %zu", what, b->n, a->n);
	for (i = 0; i < a->n * a->ncols; i++)
		cr_expect_str_eq(b->v[i], a->v[i], "%s, row %zu", what, i / a->ncols + 1);
}

Test(narrative_md, what_looks_like_markup_comes_back_as_the_same_text)
{
	struct narrative n, back;
	char *md;
	size_t s;

	fill(&n);
	md = narrative_markdown(&n);
	narrative_init(&back);
	cr_assert_eq(narrative_parse("n.md", md, strlen(md), &back), 0, "%s\n%s", said(), md);
	cr_expect_str_eq(back.title, n.title);
	cr_expect_str_eq(back.label, n.label);
	cr_expect_str_eq(back.summary, n.summary);
	expect_same_rows(&n.points, &back.points, "points");
	expect_same_rows(&n.recs, &back.recs, "recommendations");
	expect_same_rows(&n.sections, &back.sections, "sections");
	for (s = 0; s < n.sections.n && s < back.sections.n; s++)
		expect_same_rows(&n.paras[s], &back.paras[s], "paragraphs");
	expect_same_rows(&n.impls, &back.impls, "implications");
	expect_same_rows(&n.sources, &back.sources, "sources");
	narrative_free(&n);
	narrative_free(&back);
	free(md);
}

Test(narrative_md, a_file_out_of_shape_is_refused_with_every_fault_at_once)
{
	static const char md[] =
	    "# Title\n"
	    "\n"
	    "## Purpose\n"
	    "\n"
	    "Lead with **bold** and <i>HTML</i>.\n"
	    "\n"
	    "## 2. Out of order\n"
	    "\n"
	    "## Background\n"
	    "\n"
	    "## Implications\n"
	    "\n"
	    "### Finance Implications\n"
	    "\n"
	    "## Source documents\n"
	    "\n"
	    "- A title with no location\n";
	struct narrative n;

	narrative_init(&n);
	cr_expect_eq(narrative_parse("n.md", md, sizeof md - 1, &n), -1);
	cr_expect(find(said(), "n.md:5:11: error: the narrative's text is plain, set by the "
	    "template: bold, italic, code and links are not kept: bold") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:5:24: error: raw HTML is not taken: <i>") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:7:1: error: a section number out of order: section 2, "
	    "where section 1 comes next") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:9:1: error: unknown heading") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:7:1: error: a part is missing: '## Recommendations'") >= 0,
	    "%s", said());
	cr_expect(find(said(), "n.md:13:1: error: a part is missing: the implication's "
	    "paragraph") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:17:3: error: not what this part holds: a source document "
	    "is its title, then") >= 0, "%s", said());
	cr_expect_eq(diag_errors(), 8, "%s", said());
	narrative_free(&n);
}

Test(narrative_md, bytes_that_are_not_utf8_are_each_placed)
{
	static const char md[] = "# T\xe9tle\n\nok\n\x80\x81 and \0\n";
	struct narrative n;

	narrative_init(&n);
	cr_expect_eq(narrative_parse("n.md", md, sizeof md - 1, &n), -1);
	cr_expect(find(said(), "n.md:1:4: error: not UTF-8: save the file as UTF-8 text: byte "
	    "0xe9") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:4:1: error: not UTF-8") >= 0, "%s", said());
	cr_expect(find(said(), "n.md:4:8: error: not text: a NUL byte") >= 0, "%s", said());
	narrative_free(&n);
}

Test(narrative_md, a_heading_is_one_line)
{
	struct narrative n;
	char *md;

	narrative_init(&n);
	n.title = xstrdup("Two\nlines");
	n.label = xstrdup("Purpose");
	n.summary = xstrdup("Lead.");
	narr_add(&n.sources, (const char *[]){ "A\ntitle", "A\nplace", "0" }, 0);
	md = narrative_markdown(&n);
	cr_expect(find(md, "# Two lines\n") == 0, "%s", md);
	cr_expect(find(md, "\n- A title\\\n  A place\n") >= 0, "%s", md);
	narrative_free(&n);
	free(md);
}
