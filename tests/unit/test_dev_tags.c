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

Test(dev_tags, long_runs_are_split_into_even_groups_under_the_limit)
{
	size_t n, g, size;

	cr_assert_eq(tags_groups(0), 1);
	cr_assert_eq(tags_groups(TAGS_MAX_KIDS), 1);
	cr_assert_eq(tags_group_start(TAGS_MAX_KIDS, 1), TAGS_MAX_KIDS);
	cr_assert_eq(tags_groups(TAGS_MAX_KIDS + 1), 2);
	for (n = TAGS_MAX_KIDS + 1; n < 1000000; n = n * 3 + 7) {
		cr_assert_eq(tags_group_start(n, 0), 0);
		cr_assert_eq(tags_group_start(n, tags_groups(n)), n);
		for (g = 0; g < tags_groups(n); g++) {
			size = tags_group_start(n, g + 1) - tags_group_start(n, g);
			cr_assert(size <= TAGS_MAX_KIDS && size + 1 >= n / tags_groups(n),
			    "%zu things: group %zu of %zu has %zu", n, g, tags_groups(n), size);
		}
	}
}

/* The device's objects, faked: each counts its entries, and keeps its /S
 * and what its /K or /Kids is. */
struct fobj {
	size_t       n;
	const char  *s;
	struct fobj *k;
};

struct fake {
	struct fobj **all;
	size_t        n, longest, tbodies, leaves;
};

static void *
f_new(struct fake *f)
{
	f->all = realloc(f->all, (f->n + 1) * sizeof *f->all);
	return f->all[f->n++] = calloc(1, sizeof(struct fobj));
}

static void *
f_dict(void *ctx, int indirect)
{
	(void)indirect;
	return f_new(ctx);
}

static void *
f_array(void *ctx)
{
	return f_new(ctx);
}

static void
f_entry(struct fake *f, struct fobj *to, const char *key)
{
	if (++to->n > f->longest)
		f->longest = to->n;
	f->leaves += key != NULL && strcmp(key, "Limits") == 0;
}

static void
f_add(void *ctx, void *to, const char *key, void *obj)
{
	f_entry(ctx, to, key);
	if (key != NULL && (strcmp(key, "K") == 0 || strcmp(key, "Kids") == 0))
		((struct fobj *)to)->k = obj;
}

static void
f_num(void *ctx, void *to, const char *key, long n)
{
	(void)n;
	f_entry(ctx, to, key);
}

static void
f_name(void *ctx, void *to, const char *key, const char *name)
{
	struct fake *f = ctx;

	f_entry(f, to, key);
	if (key != NULL && strcmp(key, "S") == 0)
		f->tbodies += strcmp(((struct fobj *)to)->s = name, "TBody") == 0;
}

/* An element of role in the innermost open, with its object, open. */
static size_t
fake_elem(struct tags *t, struct fake *f, enum dev_role role)
{
	struct dev_attrs a = {0};
	int made;
	size_t e = tags_element(t, role, &a, &made);

	t->elems[e].obj = f_dict(f, 1);
	tags_open(t, e);
	return e;
}

/* A table of 10,000 rows, one a page: its rows in TBody groups and the
 * parent tree in leaves, no array longer than PDF/A's 8,191. */
Test(dev_tags, a_long_table_and_its_parent_tree_are_split)
{
	struct fake f = {0};
	struct tags_pdf o = { &f, f_dict, f_array, f_add, f_num, f_name };
	struct tags t = {0};
	static void *pages[10000];
	struct fobj *root = f_dict(&f, 1), *tree = f_dict(&f, 1);
	size_t table, i;

	fake_elem(&t, &f, ROLE_DOCUMENT);
	table = fake_elem(&t, &f, ROLE_TABLE);
	tags_mcid(&t, fake_elem(&t, &f, ROLE_CAPTION), 0);
	tags_close(&t, ROLE_CAPTION);
	for (i = 0; i < 10000; i++) {
		pages[i] = f_dict(&f, 1);
		fake_elem(&t, &f, ROLE_ROW);
		tags_mcid(&t, fake_elem(&t, &f, ROLE_CELL), i);
		tags_close(&t, ROLE_CELL);
		tags_close(&t, ROLE_ROW);
	}
	cr_assert(!t.overflow);
	tags_write_tree(&t, &o, root, f_array(&f), tree, pages, 10000);
	cr_assert_eq(f.tbodies, 3);
	cr_assert_eq(((struct fobj *)t.elems[table].obj)->k->n, 4);	/* the caption, 3 TBody */
	cr_assert_eq(f.leaves, 3);
	cr_assert_eq(tree->k->n, 3);
	cr_assert_leq(f.longest, 8191);
	for (i = 0; i < f.n; i++)
		free(f.all[i]);
	free(f.all);
	tags_free(&t);
}

/* Marked content cannot move into a group: an element of more MCIDs than
 * an array holds is too long. */
Test(dev_tags, an_element_of_too_many_pieces_overflows)
{
	struct fake f = {0};
	struct tags t = {0};
	size_t p = fake_elem(&t, &f, ROLE_PARA), i;

	for (i = 0; i < TAGS_MAX_KIDS; i++)
		tags_mcid(&t, p, i);
	cr_assert(!t.overflow);
	tags_mcid(&t, p, i);
	cr_assert(t.overflow);
	free(f.all[0]);
	free(f.all);
	tags_free(&t);
}
