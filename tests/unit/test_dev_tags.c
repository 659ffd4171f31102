/* Unit tests of dev_tags.c: elements by key, marked content, spacing, text. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dev_tags.h"

Test(dev_tags, the_same_key_and_role_continue_one_element)
{
	struct tags t = {0};
	int keys[3000], made;
	struct dev_attrs a = { .key = &keys[0], .level = 9 };
	size_t first = tags_element(&t, ROLE_HEADING, &a, &made), i;

	cr_assert(made);
	cr_assert_str_eq(t.elems[first].tag, "H6");
	/* Enough others that the table grows past its first size. */
	for (i = 1; i < 3000; i++) {
		a.key = &keys[i];
		tags_element(&t, ROLE_PARA, &a, &made);
	}
	a.key = &keys[0];
	cr_assert_eq(tags_element(&t, ROLE_HEADING, &a, &made), first);
	cr_assert(!made);
	cr_assert_neq(tags_element(&t, ROLE_PARA, &a, &made), first);	/* another role */
	cr_assert(made);
	a.key = NULL;
	cr_assert_neq(tags_element(&t, ROLE_PARA, &a, &made), tags_element(&t, ROLE_PARA, &a,
	    &made));
	tags_free(&t);
}

Test(dev_tags, decoration_is_an_artifact_unless_in_a_figure)
{
	struct tags t = {0};
	struct dev_attrs a = { .artifact = ARTIFACT_FOOTER };
	int made;
	size_t e, fig;

	cr_assert_eq(tags_want(&t, 0, &e), MARK_DECOR);
	tags_open(&t, tags_element(&t, ROLE_PARA, &a, &made));
	cr_assert_eq(tags_want(&t, 0, &e), MARK_ELEM);
	cr_assert_eq(tags_want(&t, 1, &e), MARK_DECOR);
	fig = tags_element(&t, ROLE_FIGURE, &a, &made);
	tags_open(&t, fig);
	cr_assert_eq(tags_want(&t, 1, &e), MARK_ELEM);
	cr_assert_eq(e, fig);
	cr_assert(tags_ignore(&t, ROLE_ARTIFACT, &a));
	cr_assert(tags_ignore(&t, ROLE_CELL, &a));	/* inside it: no element */
	cr_assert_eq(tags_want(&t, 0, &e), MARK_ARTIFACT);
	t.ignored = 0;
	tags_close(&t, ROLE_FIGURE);
	cr_assert_eq(t.nopen, 1);
	cr_assert_eq(t.figures, 0);
	tags_free(&t);
}

/* A page that keeps the operators it is given and numbers MCIDs. */
static void
put(void *ctx, const char *op)
{
	buf_add(ctx, op);
}

static void
end_text(void *ctx)
{
	buf_add(ctx, "ET\n");
}

static int
mcid(void *ctx, size_t e)
{
	static int n;

	(void)ctx;
	(void)e;
	return n++;
}

Test(dev_tags, marked_content_opens_only_when_what_is_drawn_changes)
{
	struct buf page = {0};
	struct tags t = { .out = { &page, put, end_text, mcid } };
	struct dev_attrs a = { .key = &page, .level = 2, .artifact = ARTIFACT_FOOTER };
	int made;

	tags_open(&t, tags_element(&t, ROLE_HEADING, &a, &made));
	tags_mark(&t, 0);
	tags_mark(&t, 0);	/* more of the heading's text */
	tags_mark(&t, 1);	/* its rule */
	tags_span_open(&t, "é");
	tags_span_close(&t);
	tags_ignore(&t, ROLE_ARTIFACT, &a);
	tags_mark(&t, 0);
	tags_mark_close(&t);
	cr_assert_str_eq(page.s, "ET\n/H2 <</MCID 0>> BDC\n"
	    "ET\nEMC\n/Artifact BMC\n"
	    "ET\nEMC\n/Span <</MCID 1 /ActualText <FEFF00E9>>> BDC\n"
	    "ET\nEMC\n"
	    "ET\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"
	    "ET\nEMC\n");
	tags_free(&t);
	buf_free(&page);
}

Test(dev_tags, text_on_a_new_line_reads_apart_unless_a_hyphen_ends_the_last)
{
	struct tags t = { .mark = MARK_ELEM };

	cr_assert(!tags_said(&t, 700, 0, 72, 30, "well-", 5));
	cr_assert(!tags_said(&t, 688, 0, 72, 30, "known", 5));	/* after a hyphen */
	cr_assert(tags_said(&t, 676, 0, 72, 30, "text", 4));	/* another line */
	cr_assert(!tags_said(&t, 676, 0, 102, 30, "goes", 4));	/* right after */
	cr_assert(tags_said(&t, 676, 1, 132, 30, "on", 2));	/* another page */
}

/* A link's annotation says what the link reads as: its words apart, a
 * hyphen-broken word whole. */
Test(dev_tags, a_link_reads_as_its_words)
{
	struct buf page = {0};
	struct tags t = { .out = { &page, put, end_text, mcid } };
	struct dev_attrs a = { .key = &page };
	int made;
	size_t link;

	tags_open(&t, tags_element(&t, ROLE_PARA, &a, &made));
	tags_mark(&t, 0);
	tags_said(&t, 700, 0, 72, 20, "See", 3);
	a.key = &t;
	tags_open(&t, link = tags_element(&t, ROLE_LINK, &a, &made));
	tags_mark(&t, 0);
	tags_said(&t, 700, 0, 96, 20, "the", 3);
	tags_said(&t, 700, 0, 120, 20, "docu", 4);
	tags_span_open(&t, "ment");
	tags_said(&t, 700, 0, 140, 4, "-", 1);	/* the hyphen, in its span */
	tags_span_close(&t);
	tags_span_open(&t, "");			/* the rest, a span of no text */
	tags_said(&t, 688, 0, 72, 30, "ment", 4);
	tags_span_close(&t);
	tags_mark(&t, 0);
	tags_said(&t, 688, 0, 105, 20, "list", 4);
	tags_close(&t, ROLE_LINK);
	tags_said(&t, 688, 0, 130, 20, "now", 3);
	cr_assert_str_eq(t.elems[link].text.s, "the document list");
	tags_free(&t);
	buf_free(&page);
}

Test(dev_tags, the_rest_of_a_broken_word_is_found_once)
{
	struct tags t = {0};

	tags_rest_set(&t, "ment");
	cr_assert_eq(tags_rest(&t, "mentioned", 9), 4);
	cr_assert_eq(tags_rest(&t, "mentioned", 9), 0);
	tags_rest_set(&t, "ment");
	cr_assert_eq(tags_rest(&t, "men", 3), 0);
	cr_assert_null(t.rest);
}

Test(dev_tags, text_strings_keep_what_their_encoding_can)
{
	struct buf b = {0};
	char *s = tags_cp1252("£5 – “ok” 𝑥");

	cr_assert_str_eq(s, "\xA3" "5 \x96 \x93ok\x94 ?");
	tags_utf16be(&b, "é𝑥", 64);
	cr_assert_eq(b.len, 8);
	cr_assert(memcmp(b.s, "\xFE\xFF\x00\xE9\xD8\x35\xDC\x65", 8) == 0);
	b.len = 0;
	tags_hex16(&b, "a€", 4);
	cr_assert_eq(b.len, 8);
	cr_assert(memcmp(b.s, "006120AC", 8) == 0);
	free(s);
	buf_free(&b);
}
