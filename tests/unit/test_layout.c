/* Unit tests of layout.c through the trace device: pagination, repeated
 * table headers, page furniture, and nothing drawn past the margins. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dev_trace.h"
#include "doc.h"
#include "helpers.h"
#include "layout.h"
#include "util.h"

static struct doc_node *
add(struct doc_node *parent, enum doc_type type, const char *text)
{
	struct doc_node *n = doc_node_new(type, NULL);

	if (text != NULL)
		n->text = xstrdup(text);
	cr_assert_eq(doc_append(parent, n), 0);
	return n;
}

static struct doc_node *
para(struct doc_node *parent, const char *text)
{
	struct doc_node *p = add(parent, DOC_PARA, NULL);

	add(p, DOC_TEXT, text);
	return p;
}

static struct doc *
new_doc(int draft)
{
	struct doc *d = xcalloc(1, sizeof *d);

	d->root = doc_node_new(DOC_DOCUMENT, NULL);
	d->draft = draft;
	d->header = xstrdup("Staffing and Appeals Committee");
	return d;
}

/* A table of n rows under a header row, captioned. */
static void
big_table(struct doc_node *parent, int n)
{
	struct doc_node *t = add(parent, DOC_TABLE, "Action plan"), *row;
	int i;

	t->ncols = 2;
	t->widths = xcalloc(2, sizeof *t->widths);
	t->widths[0] = 1;
	t->widths[1] = 4;
	row = add(t, DOC_ROW, NULL);
	row->flags = DOC_HEADER;
	para(add(row, DOC_CELL, NULL), "Ref");
	para(add(row, DOC_CELL, NULL), "Action");
	for (i = 1; i <= n; i++) {
		char ref[16], text[64];

		snprintf(ref, sizeof ref, "row%d", i);
		snprintf(text, sizeof text, "Deliver action number %d of the plan on time", i);
		row = add(t, DOC_ROW, NULL);
		para(add(row, DOC_CELL, NULL), ref);
		para(add(row, DOC_CELL, NULL), text);
	}
}

/* Lays doc out through the trace device; returns the trace. */
static char *
trace(const struct doc *doc, int *pages)
{
	char *text = NULL;
	size_t len;
	FILE *f = open_memstream(&text, &len);
	struct dev dev = dev_trace(&f);

	*pages = layout_run(doc, &dev);
	fclose(f);
	return text;
}

/* The part of the trace drawn when page p was first started. */
static char *
page_part(const char *t, int p)
{
	char head[32];
	const char *s, *e;

	snprintf(head, sizeof head, "page %d ", p);
	s = strstr(t, head);
	cr_assert_not_null(s, "no page %d", p);
	e = strstr(s + 1, "\npage ");
	return xstrndup(s, e ? (size_t)(e - s) : strlen(s));
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

Test(layout, table_header_repeats_on_every_continued_page)
{
	struct doc *d = new_doc(0);
	char *t;
	int pages, p, i;

	para(d->root, "Introduction.");
	big_table(d->root, 150);
	t = trace(d, &pages);
	cr_assert_geq(pages, 3, "150 rows take several pages");
	for (p = 2; p <= pages; p++) {
		char *part = page_part(t, p);
		long cap = find(part, "\"Action plan (continued)\"");
		long hdr = find(part, "\"Ref\"");
		long body = find(part, "\"row");

		cr_assert_geq(cap, 0, "page %d has the continued caption:\n%s", p, part);
		cr_assert(hdr > cap && body > hdr, "page %d: caption, header, then rows", p);
		free(part);
	}
	for (i = 1; i <= 150; i++) {
		char needle[32];

		snprintf(needle, sizeof needle, "\"row%d\"", i);
		cr_assert_eq(count(t, needle), 1, "row %d drawn once", i);
	}
	free(t);
	doc_free(d);
}

Test(layout, every_page_says_page_x_of_y)
{
	struct doc *d = new_doc(1);
	char *t;
	int pages, p;

	big_table(d->root, 120);
	t = trace(d, &pages);
	for (p = 1; p <= pages; p++) {
		char needle[48];

		snprintf(needle, sizeof needle, "\"Page %d of %d\"", p, pages);
		cr_assert_eq(count(t, needle), 1, "%s", needle);
	}
	cr_assert_eq(count(t, "\"DRAFT\""), pages, "a DRAFT mark on every page");
	cr_assert_eq(count(t, "\"Staffing and Appeals Committee\""), pages, "running header");
	free(t);
	doc_free(d);
}

Test(layout, no_draft_mark_once_signed_off)
{
	struct doc *d = new_doc(0);
	char *t;
	int pages;

	para(d->root, "Signed off.");
	t = trace(d, &pages);
	cr_assert_eq(pages, 1);
	cr_assert_eq(count(t, "DRAFT"), 0);
	free(t);
	doc_free(d);
}

/* Every text call must end inside the text column (trace metrics:
 * 0.5 em a character, 0.55 em bold). */
Test(layout, a_word_longer_than_the_line_is_cut_inside_the_margins)
{
	struct doc *d = new_doc(0);
	char word[200], *t, *line;
	int pages;

	memset(word, 'x', 150);
	word[150] = '\0';
	para(d->root, word);
	t = trace(d, &pages);
	for (line = strtok(t, "\n"); line != NULL; line = strtok(NULL, "\n")) {
		char face;
		double size, x, y;
		char s[400];

		if (sscanf(line, "text %c %lf %lf %lf \"%399[^\"]\"", &face, &size, &x, &y, s) == 5) {
			double w = (double)strlen(s) * size * (face == 'B' ? 0.55 : 0.5);

			cr_assert_leq(x + w, PAGE_W - 56.7 + 0.01, "'%s' ends at %.1f", s, x + w);
		}
	}
	free(t);
	doc_free(d);
}

Test(layout, a_heading_is_not_left_at_the_foot_of_a_page)
{
	struct doc *d = new_doc(0);
	struct doc_node *s;
	char *t, *part;
	int pages, i;

	for (i = 0; i < 47; i++)
		para(d->root, "Filler line.");
	s = add(d->root, DOC_SECTION, "Background");
	s->number = xstrdup("2");
	s->level = 1;
	para(s, "The first paragraph of the section.");
	t = trace(d, &pages);
	cr_assert_eq(pages, 2);
	part = page_part(t, 2);
	cr_assert_geq(find(part, "\"2. Background\""), 0, "the heading moved to page 2");
	free(part);
	free(t);
	doc_free(d);
}
