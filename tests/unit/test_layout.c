/* Unit tests of layout.c through the trace device: pagination, repeated
 * table headers, page furniture, and nothing drawn past the margins. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "diag.h"
#include "doc.h"
#include "helpers.h"
#include "layout.h"
#include "textbreak.h"
#include "util.h"

/* A node of type under parent, text its own words (NULL: none): a text's,
 * a link's URI, a caption, an item's label or a heading's title. */
static struct doc_node *
add(struct doc_node *parent, enum doc_type type, const char *text)
{
	struct doc_node *n = doc_node_new(type, NULL);
	char **words = type == DOC_TEXT ? &n->as.text.str : type == DOC_LINK ? &n->as.link.uri :
	    type == DOC_TABLE ? &n->as.table.caption : type == DOC_ITEM ? &n->as.item.label :
	    &n->as.heading.title;

	if (text != NULL)
		*words = xstrdup(text);
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

	t->as.table.ncols = 2;
	t->as.table.widths = xcalloc(2, sizeof *t->as.table.widths);
	t->as.table.widths[0] = 1;
	t->as.table.widths[1] = 4;
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

Test(layout, table_header_repeats_on_every_continued_page)
{
	struct doc *d = new_doc(0);
	char *t;
	int pages, p, i;

	para(d->root, "Introduction.");
	big_table(d->root, 150);
	t = trace_layout(d, &pages);
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
		cr_assert_eq(count_in(t, needle), 1, "row %d drawn once", i);
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
	t = trace_layout(d, &pages);
	for (p = 1; p <= pages; p++) {
		char needle[48];

		snprintf(needle, sizeof needle, "\"Page %d of %d\"", p, pages);
		cr_assert_eq(count_in(t, needle), 1, "%s", needle);
	}
	cr_assert_eq(count_in(t, "\"DRAFT\""), pages, "a DRAFT mark on every page");
	cr_assert_eq(count_in(t, "\"Staffing and Appeals Committee\""), pages, "running header");
	free(t);
	doc_free(d);
}

Test(layout, no_draft_mark_once_signed_off)
{
	struct doc *d = new_doc(0);
	char *t;
	int pages;

	para(d->root, "Signed off.");
	t = trace_layout(d, &pages);
	cr_assert_eq(pages, 1);
	cr_assert_eq(count_in(t, "DRAFT"), 0);
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
	t = trace_layout(d, &pages);
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
	s->as.heading.number = xstrdup("2");
	s->as.heading.level = 1;
	para(s, "The first paragraph of the section.");
	t = trace_layout(d, &pages);
	cr_assert_eq(pages, 2);
	part = page_part(t, 2);
	cr_assert_geq(find(part, "\"2. Background\""), 0, "the heading moved to page 2");
	free(part);
	free(t);
	doc_free(d);
}

/* Lines of the trace drawn with text calls, as (x, width, text). */
struct drawn {
	double x, y, w;
	char   s[256];
};

static size_t
drawn_texts(const char *t, struct drawn *out, size_t max)
{
	const char *line = t;
	size_t n = 0;

	while (line != NULL && *line != '\0' && n < max) {
		char face;
		double size;
		struct drawn d;

		if (sscanf(line, "text %c %lf %lf %lf \"%255[^\"]\"", &face, &size, &d.x, &d.y, d.s) == 5) {
			size_t chars = 0;

			for (const char *c = d.s; *c; c++)
				chars += ((unsigned char)*c & 0xC0) != 0x80;
			d.w = (double)chars * size * (face == 'B' ? 0.55 : 0.5);
			out[n++] = d;
		}
		line = strchr(line, '\n');
		line = line ? line + 1 : NULL;
	}
	return n;
}

Test(layout, justified_lines_end_at_the_right_margin)
{
	struct doc *d = new_doc(0);
	struct doc_node *p;
	static struct drawn w[600];
	size_t n, i, lines = 0;
	char *t;
	int pages;

	p = para(d->root, "The Council's People Strategy was approved by Full Council on 16 May 2023. "
	    "It outlines how all colleagues will work together to achieve the ambitions of the "
	    "Strategic Framework, describes the type of employer the Council wants to be in 2028, "
	    "and sets out a strategic approach to attraction, retention, reward and development.");
	p->as.para.number = xstrdup("2.1");
	t = trace_layout(d, &pages);
	n = drawn_texts(t, w, 600);
	/* The last word of each full line ends at the margin; the last line does not. */
	for (i = 0; i + 1 < n; i++) {
		if (w[i + 1].y != w[i].y && w[i].y > 70 && w[i].y < 700 && strcmp(w[i].s, "2.1") != 0 &&
		    find(t, "Page") > 0 && w[i + 1].y < 700) {
			cr_assert_float_eq(w[i].x + w[i].w, PAGE_W - 56.7, 0.05, "line ending '%s' at %.2f",
			    w[i].s, w[i].x + w[i].w);
			lines++;
		}
	}
	cr_assert_geq(lines, 2, "several full lines were checked");
	free(t);
	doc_free(d);
}

/* The rightmost end of any text the trace draws (pt, to the trace's
 * 0.05), and how many times it draws the character ch. */
static double
rightmost(const char *t, char ch, int *count)
{
	static struct drawn w[600];
	size_t n = drawn_texts(t, w, 600), i;
	double right = 0;

	*count = 0;
	for (i = 0; i < n; i++) {
		if (w[i].x + w[i].w > right)
			right = w[i].x + w[i].w;
		*count += count_in(w[i].s, (char[]){ ch, '\0' });
	}
	return right;
}

/* A last line the breaker chose because its spaces could shrink enough
 * was drawn at their natural width, past the margin (11 pt in a paper). */
Test(layout, a_justified_last_line_that_must_shrink_stays_inside_the_margin)
{
	static const char text[] = "At 31 March 2016, five of the nine targets were met: the "
	    "proportions of disabled staff (7.1%) and of women at grade 13 and above (61.4%), and "
	    "the proportions of staff declaring their sexual orientation (50.3%), declaring as "
	    "LGB (1.1%) and declaring a religion or belief (50.4%).";
	const char *at;
	int tried = 0;

	/* The same words from each word on, so that some last line must shrink. */
	for (at = text; at != NULL; at = strchr(at + 1, ' ')) {
		struct doc *d = new_doc(0);
		char *t;
		int pages, marks;

		para(d->root, at + (*at == ' '));
		t = trace_layout(d, &pages);
		cr_assert_leq(rightmost(t, '%', &marks), PAGE_W - 56.7 + 0.05, "'%s' overruns:\n%s",
		    at, t);
		free(t);
		doc_free(d);
		tried++;
	}
	cr_assert_geq(tried, 40);
}

/* A word whose face changes has no break between its runs: together
 * wider than the line, it is cut as a word too wide for it is. */
Test(layout, a_word_of_two_faces_wider_than_the_line_is_cut_inside_the_margins)
{
	struct doc *d = new_doc(0);
	struct doc_node *p = add(d->root, DOC_PARA, NULL);
	char half[61], *t;
	int pages, xs;

	memset(half, 'x', 60);
	half[60] = '\0';
	add(p, DOC_TEXT, "See ");
	add(add(p, DOC_BOLD, NULL), DOC_TEXT, half);
	add(p, DOC_TEXT, half);
	t = trace_layout(d, &pages);
	cr_assert_leq(rightmost(t, 'x', &xs), PAGE_W - 56.7 + 0.05, "%s", t);
	cr_assert_eq(xs, 120, "every letter drawn:\n%s", t);
	free(t);
	doc_free(d);
}

/* A narrow table whose first cell holds text, its shade given: the trace. */
static char *
narrow_cell(const char *text, enum doc_shade shade)
{
	struct doc *d = new_doc(0);
	struct doc_node *t = add(d->root, DOC_TABLE, NULL), *row, *cell = NULL;
	char *tr;
	int pages;

	t->as.table.ncols = 8;
	t->as.table.widths = xcalloc(8, sizeof *t->as.table.widths);
	row = add(t, DOC_ROW, NULL);
	for (int i = 0; i < 8; i++) {
		t->as.table.widths[i] = 1;
		para(cell = add(row, DOC_CELL, NULL), i == 0 ? text : "a");
		if (i == 0)
			cell->as.cell.shade = shade;
	}
	tr = trace_layout(d, &pages);
	doc_free(d);
	return tr;
}

Test(layout, long_words_are_hyphenated_in_a_narrow_column)
{
	char *tr = narrow_cell("responsibilities internationalisation", SHADE_NONE);

	/* en-GB patterns: re-spons-ib-il-it-ies, in-ter-na-tion-al-isa-tion */
	cr_assert(find(tr, "\"-\"") > 0, "a hyphen was drawn:\n%s", tr);
	cr_assert(find(tr, "\"responsibilities\"") < 0, "the word was broken");
	free(tr);
}

Test(layout, names_and_status_labels_are_never_hyphenated)
{
	char *tr = narrow_cell("Nottinghamshire", SHADE_NONE);

	cr_assert(find(tr, "\"-\"") < 0, "a name hyphenated:\n%s", tr);
	free(tr);
	tr = narrow_cell("unsatisfactorily", SHADE_AMBER);
	cr_assert(find(tr, "\"-\"") < 0, "a status hyphenated:\n%s", tr);
	free(tr);
	tr = narrow_cell("unsatisfactorily", SHADE_NONE);
	cr_assert(find(tr, "\"-\"") > 0, "the same word elsewhere is:\n%s", tr);
	free(tr);
}

/* The breaks tb_hyphens allows in w, as "di-rec-tor-ate". Caller frees. */
static char *
hyphenated(const char *w)
{
	struct buf b = {0};
	char hy[64];
	size_t i, n = strlen(w);

	tb_hyphens(w, n, hy);
	for (i = 0; i < n; i++) {
		buf_addc(&b, w[i]);
		if (hy[i])
			buf_addc(&b, '-');
	}
	return buf_take(&b);
}

Test(layout, hyphenation_keeps_ukhyph_minimums_and_past_tenses_whole)
{
	static const char *const want[][2] = {
		{ "started", "started" }, { "drafted", "drafted" }, { "determined", "de-ter-mined" },
		{ "directorate", "di-rec-tor-ate" }, { "representation", "rep-re-sen-ta-tion" },
		{ "behavioural", "be-hav-ioural" },
	};

	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char *got = hyphenated(want[i][0]);

		cr_expect_str_eq(got, want[i][1]);
		free(got);
	}
}

Test(layout, the_exceptions_file_overrides_the_patterns)
{
	char *dir = tmpdir_new(), *path = xasprintf("%s/hyphenation.txt", dir), *got;
	static const char text[] = "% a comment\ndev-elopment\nManagement\n";

	put_file(path, text, strlen(text));
	setenv("DOCKET_HYPHENATION", path, 1);
	got = hyphenated("development");
	cr_expect_str_eq(got, "dev-elopment");
	free(got);
	got = hyphenated("management");
	cr_expect_str_eq(got, "management", "a word without a hyphen never breaks");
	free(got);
	got = hyphenated("performance");
	cr_expect_str_eq(got, "per-form-ance", "the patterns for the rest");
	free(got);
	rm_rf(dir);
	free(dir);
	free(path);
}

Test(layout, missing_characters_are_replaced_and_reported_once)
{
	struct doc *d = new_doc(0);
	struct doc_node *p = para(d->root, "Thanks \xF0\x9F\x99\x82 and again \xF0\x9F\x99\x82.");
	char *t, *msgs = NULL;
	size_t len;
	FILE *mem = open_memstream(&msgs, &len);
	int pages;

	p->first->pos.file = "templates/x.xml";
	p->first->pos.line = 12;
	p->first->pos.ctx = "paragraphs row 4";
	diag_set_stream(mem);
	t = trace_layout(d, &pages);
	diag_set_stream(NULL);
	fclose(mem);
	cr_assert_eq(count_in(t, "\xE2\x96\xA1"), 2, "both drawn as a white square:\n%s", t);
	cr_assert_eq(count_in(t, "\xF0\x9F\x99\x82"), 0, "never drawn as is");
	cr_assert_str_eq(msgs, "docket: templates/x.xml:12: paragraphs row 4: warning: character "
	    "not in Liberation Sans, drawn as a replacement mark: U+1F642 '\xF0\x9F\x99\x82'\n");
	free(msgs);
	free(t);
	doc_free(d);
}

Test(layout, links_become_link_areas)
{
	struct doc *d = new_doc(0);
	struct doc_node *p = add(d->root, DOC_PARA, NULL), *l;
	char *t;
	int pages;

	add(p, DOC_TEXT, "See the ");
	l = add(p, DOC_LINK, "https://www.cambridgeshire.gov.uk/council");
	add(l, DOC_TEXT, "council website");
	add(p, DOC_TEXT, ".");
	t = trace_layout(d, &pages);
	cr_assert_geq(find(t, "\"https://www.cambridgeshire.gov.uk/council\""), 0, "%s", t);
	free(t);
	doc_free(d);
}

/* A paper whose section 1 paragraph says "As section 1 says.", the words
 * in the middle a reference to the section when ref is set. */
static struct doc *
referring_paper(int ref)
{
	struct doc *d = new_doc(0);
	struct doc_node *s = add(d->root, DOC_SECTION, "Background"), *p, *r;

	s->as.heading.number = xstrdup("1");
	s->as.heading.level = 1;
	s->id = xstrdup("background");
	p = add(s, DOC_PARA, NULL);
	add(p, DOC_TEXT, "As ");
	r = ref ? add(p, DOC_REF, NULL) : p;
	if (ref)
		r->as.ref.target = s;
	add(r, DOC_TEXT, "section 1");
	add(p, DOC_TEXT, " says.");
	return d;
}

Test(layout, a_reference_is_drawn_as_its_words_and_is_no_link_yet)
{
	struct doc *plain = referring_paper(0), *ref = referring_paper(1);
	char *want, *got;
	int pages;

	want = trace_layout(plain, &pages);
	got = trace_layout(ref, &pages);
	cr_assert_geq(find(got, "section 1"), 0, "%s", got);
	cr_assert_lt(find(got, "\nlink "), 0, "%s", got);
	cr_assert_str_eq(got, want);
	free(want);
	free(got);
	doc_free(plain);
	doc_free(ref);
}

Test(layout, the_contents_list_gives_each_heading_its_page)
{
	struct doc *d = new_doc(0);
	struct doc_node *s, *a;
	char *t, *line, *save = NULL;
	int pages, i, page = 0, nhead = 0, ngoto = 0;
	int head_page[8], goto_page[8];
	double head_y[8], goto_y[8];

	add(d->root, DOC_CONTENTS, "Contents");
	for (i = 1; i <= 3; i++) {
		char title[32];

		snprintf(title, sizeof title, "Part %d", i);
		s = add(d->root, DOC_SECTION, title);
		s->as.heading.number = xasprintf("%d", i);
		s->as.heading.level = 1;
		for (int k = 0; k < 40; k++)
			para(s, "A line of filler text for the section.");
	}
	a = add(d->root, DOC_APPENDIX, "Action plan");
	a->as.heading.number = xstrdup("1");
	para(a, "x");
	t = trace_layout(d, &pages);
	/* Where each heading was drawn (its bookmark), and where the contents
	 * list sends the reader, in the same order. */
	for (line = strtok_r(t, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		double y, x, h, w;
		int p;

		if (sscanf(line, "page %d", &p) == 1)
			page = p;
		else if (sscanf(line, "outline 1 %lf", &y) == 1 && find(line, "\"Contents\"") < 0 &&
		    nhead < 8) {
			head_page[nhead] = page;
			head_y[nhead++] = y;
		} else if (sscanf(line, "goto %lf %lf %lf %lf page %d %lf", &x, &y, &w, &h, &p, &head_y[7])
		    == 6 && ngoto < 8) {
			goto_page[ngoto] = p;
			goto_y[ngoto++] = head_y[7];
		}
	}
	cr_assert_eq(nhead, 4, "three parts and the appendix");
	cr_assert_eq(ngoto, 4, "a link for each");
	for (i = 0; i < 4; i++) {
		cr_assert_eq(goto_page[i], head_page[i], "entry %d: page %d, heading on %d", i,
		    goto_page[i], head_page[i]);
		cr_assert_float_eq(goto_y[i], head_y[i], 0.05);
	}
	cr_assert_gt(head_page[3], head_page[0], "the headings are on several pages");
	free(t);
	doc_free(d);
}

/* A justified cell holding a word longer than the cell is wide: the word
 * is split between characters, and nothing is lost. */
Test(layout, a_word_wider_than_a_justified_cell_is_never_dropped)
{
	static const char word[] = "KCC2025HR00000000000000000000000000000000000000000000000001";
	struct doc *d = new_doc(0);
	struct doc_node *t = add(d->root, DOC_TABLE, NULL), *row;
	static struct drawn w[400];
	struct buf all = {0};
	size_t n, i;
	char *tr;
	int pages;

	t->as.table.ncols = 4;
	t->as.table.widths = xcalloc(4, sizeof *t->as.table.widths);
	row = add(t, DOC_ROW, NULL);
	for (i = 0; i < 4; i++) {
		t->as.table.widths[i] = 1;
		para(add(row, DOC_CELL, NULL), i == 1 ? "Record every case under "
		    "KCC2025HR00000000000000000000000000000000000000000000000001 in the register" : "x");
	}
	tr = trace_layout(d, &pages);
	n = drawn_texts(tr, w, 400);
	for (i = 0; i < n; i++)	/* the letters in order, whatever the spacing */
		for (const char *c = w[i].s; *c != '\0'; c++)
			if (*c != ' ')
				buf_addc(&all, *c);
	cr_assert_geq(find(all.s, word), 0, "all 60 characters drawn: %s", all.s);
	cr_assert_geq(find(all.s, "Recordeverycaseunder"), 0);
	cr_assert_geq(find(all.s, "intheregister"), 0);
	buf_free(&all);
	free(tr);
	doc_free(d);
}

/* Golden traces: the exact drawing calls of a paginated table and of
 * headings and paragraphs at page ends. A change of layout shows up here
 * as a diff to read; `make golden-update` rewrites them when it is meant. */
Test(layout, golden_table_split)
{
	struct doc *d = new_doc(1);
	char why[300], *t;
	int pages;

	para(d->root, "The plan follows.");
	big_table(d->root, 60);
	t = trace_layout(d, &pages);
	cr_assert_eq(golden_check(t, "tests/golden/layout/table-split.trace", why, sizeof why), 0,
	    "%s", why);
	free(t);
	doc_free(d);
}

Test(layout, golden_headings_and_paragraph_breaks)
{
	struct doc *d = new_doc(0);
	struct doc_node *s;
	char why[300], *t;
	int pages, i, k;

	for (i = 1; i <= 4; i++) {
		char title[32];

		snprintf(title, sizeof title, "Section %d", i);
		s = add(d->root, DOC_SECTION, title);
		s->as.heading.number = xasprintf("%d", i);
		s->as.heading.level = 1;
		for (k = 1; k <= 5; k++) {
			struct doc_node *p = para(s, "Members have previously been briefed that the Council "
			    "is changing how it communicates its priorities for supporting and developing "
			    "employees, and that a decision was taken to consolidate its workforce "
			    "priorities within the wider Business Plan.");

			p->as.para.number = xasprintf("%d.%d", i, k);
		}
	}
	t = trace_layout(d, &pages);
	cr_assert_gt(pages, 1);
	cr_assert_eq(golden_check(t, "tests/golden/layout/headings-paragraphs.trace", why, sizeof why),
	    0, "%s", why);
	free(t);
	doc_free(d);
}

/* Found in review. */
Test(layout, a_three_line_paragraph_is_not_split_two_and_one)
{
	struct doc *d = new_doc(0);
	struct buf words = {0};
	char *t, *p2;
	int pages, i;

	/* Thirty-one one-line paragraphs leave room at the foot of page 1 for
	 * two lines of the next (trace metrics: 87 characters a line). */
	for (i = 0; i < 31; i++)
		para(d->root, "Filler.");
	for (i = 0; i < 44; i++)
		buf_add(&words, i ? " word" : "word");
	buf_add(&words, " end.");
	para(d->root, words.s);
	t = trace_layout(d, &pages);
	cr_assert_eq(pages, 2);
	p2 = page_part(t, 2);
	/* The whole paragraph on page 2, not its last line alone. */
	cr_assert_eq(count_in(p2, "word"), 44, "%s", p2);
	buf_free(&words);
	free(p2);
	free(t);
	doc_free(d);
}

/* From 28 to 34 lines of filler the table moves from page 1 to page 2;
 * on the way (31) its caption and header would fit at the foot of page 1
 * with no room for a row under them. */
Test(layout, a_table_header_is_never_left_alone_at_the_foot_of_a_page)
{
	int fillers, starts_on[3] = {0};

	for (fillers = 28; fillers <= 34; fillers++) {
		struct doc *d = new_doc(0);
		char *t, *part = NULL;
		int pages, i, p;

		for (i = 0; i < fillers; i++)
			para(d->root, "Filler line.");
		big_table(d->root, 20);
		t = trace_layout(d, &pages);
		for (p = 1; p <= 2; p++) {
			free(part);
			part = page_part(t, p);
			if (find(part, "\"Ref\"") >= 0)
				break;
		}
		cr_assert_leq(p, 2, "%d fillers: the header on page 1 or 2", fillers);
		cr_assert_geq(find(part, "\"row1\""), 0,
		    "%d fillers: the header on page %d is followed by a row", fillers, p);
		starts_on[p]++;
		free(part);
		free(t);
		doc_free(d);
	}
	cr_assert_gt(starts_on[1], 0, "some tables start on page 1");
	cr_assert_gt(starts_on[2], 0, "and some on page 2");
}

Test(layout, a_header_taller_than_a_page_does_not_page_forever)
{
	struct doc *d = new_doc(0);
	struct doc_node *t = add(d->root, DOC_TABLE, NULL), *row;
	struct buf huge = {0};
	char *tr;
	int pages, i;

	for (i = 0; i < 540; i++)
		buf_add(&huge, "heading ");
	t->as.table.ncols = 1;
	t->as.table.widths = xcalloc(1, sizeof *t->as.table.widths);
	t->as.table.widths[0] = 1;
	row = add(t, DOC_ROW, NULL);
	row->flags = DOC_HEADER;
	para(add(row, DOC_CELL, NULL), huge.s);
	row = add(t, DOC_ROW, NULL);
	para(add(row, DOC_CELL, NULL), "the only row");
	tr = trace_layout(d, &pages);
	cr_assert_lt(pages, 10);
	cr_assert_eq(count_in(tr, "the only row"), 1, "the body row drawn once");
	buf_free(&huge);
	free(tr);
	doc_free(d);
}

/* The structure layout tells the device, for a tagged PDF: every kind of
 * element once, in a draft paper whose table continues over a page. The
 * golden file keeps only the begin, end and page lines. */
Test(layout, golden_structure)
{
	static const char *const q[] = { "Q1", "Q2" };
	struct doc *d = new_doc(1);
	struct doc_node *s1, *s2, *s3, *p, *l, *link, *ch;
	struct mvalue v[] = { MV(71), MV(72.5) };
	struct buf only = {0};
	char why[300], *t, first[32] = "", again[32] = "";
	const char *rep, *at;
	int pages;

	add(d->root, DOC_CONTENTS, "Contents");
	s1 = add(d->root, DOC_SECTION, "Background");
	s1->as.heading.number = xstrdup("1");
	s1->as.heading.level = 1;
	p = para(s1, "See ");
	link = add(p, DOC_LINK, "https://www.kent.gov.uk");
	add(link, DOC_TEXT, "the council's site");
	l = add(s1, DOC_LIST, NULL);
	add(add(l, DOC_ITEM, "a)"), DOC_TEXT, "the plan");
	add(add(l, DOC_ITEM, "b)"), DOC_TEXT, "its measures");
	s2 = add(s1, DOC_SECTION, "Progress");
	s2->as.heading.number = xstrdup("1.1");
	s2->as.heading.level = 2;
	s3 = add(s2, DOC_SECTION, "By directorate");
	s3->as.heading.level = 3;
	para(s3, "Each directorate reports.");
	ch = add(s3, DOC_CHART, NULL);
	ch->as.chart = chart_new(CHART_BAR, "Recommend", UNIT_PERCENT, q, 2);
	chart_add_series(ch->as.chart, "2024/25", v);
	big_table(add(d->root, DOC_APPENDIX, "Action plan"), 60);
	t = trace_layout(d, &pages);
	cr_assert_gt(pages, 2);
	/* The contents list's measuring pass draws nothing, the chart included. */
	cr_assert_gt(find(t, "begin Figure "), find(t, "page 1 "), "%.300s", t);
	cr_assert_eq(count_in(t, "begin Figure "), 1);
	cr_assert_eq(trace_structure_check(t, why, sizeof why), 0, "%s", why);
	cr_assert_geq(find(t, "begin H2 "), 0, "a section is H2");
	cr_assert_geq(find(t, "begin H3 "), 0, "a sub-section H3");
	cr_assert_geq(find(t, "begin H4 "), 0, "a sub-section of that H4, not flattened");
	cr_assert_geq(find(t, "begin Link #"), 0);
	cr_assert_geq(find(t, " \"https://www.kent.gov.uk\"\n"), 0, "the link's target");
	cr_assert_geq(find(t, "begin Lbl "), 0);
	cr_assert_geq(find(t, "begin Figure #"), 0);
	cr_assert_geq(find(t, "\"Bar chart: Recommend"), 0, "the figure's text alternative");
	cr_assert_geq(find(t, "begin TOCI "), 0);
	/* The header repeated overleaf is the same header cell, as an artifact. */
	at = strstr(t, "begin TH #");
	rep = strstr(t, "begin Artifact repeat");
	cr_assert(at != NULL && rep != NULL);
	sscanf(at, "begin TH %31s", first);
	cr_assert_not_null(at = strstr(rep, "begin TH #"));
	sscanf(at, "begin TH %31s", again);
	cr_assert_str_eq(first, again);
	for (const char *k = t; *k != '\0'; k = strchr(k, '\n') + 1)
		if (strncmp(k, "begin ", 6) == 0 || strncmp(k, "end ", 4) == 0 ||
		    strncmp(k, "page ", 5) == 0)
			buf_addn(&only, k, strcspn(k, "\n") + 1);
	cr_assert_eq(golden_check(only.s, "tests/golden/layout/structure.trace", why, sizeof why),
	    0, "%s", why);
	buf_free(&only);
	free(t);
	doc_free(d);
}

/* The checker itself finds what it is there to find. */
Test(layout, the_structure_check_finds_faults)
{
	char why[200];

	cr_assert_eq(trace_structure_check("begin P #1\ntext R 1 2 3 \"a\"\nend P\n", why,
	    sizeof why), 0, "%s", why);
	cr_assert_eq(trace_structure_check("begin P #1\nbegin TD #2\nend P\nend TD\n", why,
	    sizeof why), -1);
	cr_assert_geq(find(why, "end P, but TD is open"), 0, "%s", why);
	cr_assert_eq(trace_structure_check("begin Table #1\ntext R 1 2 3 \"a\"\nend Table\n", why,
	    sizeof why), -1);
	cr_assert_eq(trace_structure_check("begin P #1\ntext R 9 2 3 \"Page 1 of 2\"\nend P\n",
	    why, sizeof why), -1);
	cr_assert_geq(find(why, "page furniture"), 0, "%s", why);
	cr_assert_eq(trace_structure_check("begin Document #1\n", why, sizeof why), -1);
	cr_assert_eq(trace_structure_check("text R 1 2 3 \"a\"\n", why, sizeof why), -1);
}

/* The page number (1-based) the first line drawing needle is on. */
static int
page_of(const char *t, const char *needle)
{
	const char *at = strstr(t, needle), *p;
	int page = 0;

	cr_assert_not_null(at, "%s not drawn", needle);
	for (p = t; (p = strstr(p, "\npage ")) != NULL && p < at; p++)
		page++;
	return page + (strncmp(t, "page ", 5) == 0);
}

/* A lead-in ending in a colon never ends a page apart from the table it
 * leads in to, wherever the page ends around it; and it does move. */
Test(layout, a_lead_in_with_a_colon_stays_with_its_table)
{
	int filler, moved = 0;

	for (filler = 28; filler <= 40; filler++) {
		struct doc *d = new_doc(0);
		char *t;
		int pages, i;

		for (i = 0; i < filler; i++)
			para(d->root, "A line of filler.");
		para(d->root, "The actions at risk or off track are:");
		big_table(d->root, 30);
		t = trace_layout(d, &pages);
		cr_assert_eq(page_of(t, "\"The actions at risk"), page_of(t, "\"Action plan\""),
		    "filler %d", filler);
		moved += page_of(t, "\"The actions at risk") > page_of(t, "\"A line of filler.\"");
		free(t);
		doc_free(d);
	}
	cr_assert_gt(moved, 0, "some lead-in had to move to the next page");
}

/* Found in review: a captioned table whose rows all came from a loop over
 * nothing vanished, caption and all. */
Test(layout, a_table_with_no_rows_keeps_its_caption)
{
	struct doc *d = new_doc(0);
	struct doc_node *t = add(d->root, DOC_TABLE, NULL);
	char *tr;
	int pages;

	t->as.table.caption = xstrdup("Risk register");
	t->as.table.ncols = 1;
	t->as.table.widths = xcalloc(1, sizeof *t->as.table.widths);
	t->as.table.widths[0] = 1;
	tr = trace_layout(d, &pages);
	cr_assert_geq(find(tr, "\"Risk register\""), 0, "%s", tr);
	free(tr);
	doc_free(d);
}

/* A row that leads in to the next (an action with sub-actions, kept with
 * keep=) never ends a page without it, wherever the page ends; nor does a
 * group's heading row; and the rule does move rows. */
Test(layout, a_parent_row_stays_with_its_first_child)
{
	int filler, moved = 0;

	for (filler = 1; filler <= 32; filler++) {
		struct doc *d = new_doc(0);
		struct doc_node *t, *row;
		char *tr;
		int pages, i;

		for (i = 0; i < filler; i++)
			para(d->root, "A line of filler.");
		big_table(d->root, 20);	/* too long to be kept whole */
		t = d->root->last;
		row = add(t, DOC_ROW, NULL);
		row->flags = DOC_GROUP;
		para(add(row, DOC_CELL, NULL), "Priority 2");
		para(add(row, DOC_CELL, NULL), "Productivity");
		row = add(t, DOC_ROW, NULL);
		row->flags = DOC_KEEP_NEXT;
		para(add(row, DOC_CELL, NULL), "8");
		para(add(row, DOC_CELL, NULL), "Parent action");
		row = add(t, DOC_ROW, NULL);
		para(add(row, DOC_CELL, NULL), "8.1");
		para(add(row, DOC_CELL, NULL), "First sub-action");
		tr = trace_layout(d, &pages);
		cr_assert_eq(page_of(tr, "\"Priority 2\""), page_of(tr, "\"Parent action\""),
		    "filler %d", filler);
		cr_assert_eq(page_of(tr, "\"Parent action\""), page_of(tr, "\"First sub-action\""),
		    "filler %d", filler);
		moved += page_of(tr, "\"Priority 2\"") > page_of(tr, "\"A line of filler.\"");
		free(tr);
		doc_free(d);
	}
	cr_assert_gt(moved, 0, "some rows had to move to the next page");
}
