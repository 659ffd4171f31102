/* End-to-end tests of the tagged PDF, read back as a screen reader and a
 * checker read it: the structure by pdfinfo -struct-text, the content
 * streams uncompressed by qpdf, the text by pdftotext. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(tagged, .init = fixture_setup, .fini = fixture_teardown);


/* Paper id rendered into the fixture's folder; its path, which the
 * fixture frees. */
static const char *
render(int id)
{
	char name[32], ids[16];
	const char *path;
	struct run r;

	snprintf(name, sizeof name, "p%d.pdf", id);
	snprintf(ids, sizeof ids, "%d", id);
	path = fixture_path(name, 0);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", ids, "-o", path, NULL), 0,
	    "paper %d: %s", id, r.err);
	run_free(&r);
	return path;
}

/* Paper id's trace (render --trace); caller frees. */
static char *
trace_of(int id)
{
	char ids[16], *out;
	struct run r;

	snprintf(ids, sizeof ids, "%d", id);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", ids, "--trace", NULL), 0,
	    "paper %d: %s", id, r.err);
	out = xstrdup(r.out);
	run_free(&r);
	return out;
}

/* What `cmd 'pdf' after` prints; the command must succeed. Caller frees. */
static char *
output(const char *cmd, const char *pdf, const char *after)
{
	struct run r;
	char *out;

	cr_assert_eq(run_sh(&r, "%s '%s' %s", cmd, pdf, after), 0, "%s %s: %s", cmd, pdf, r.err);
	out = xstrdup(r.out);
	run_free(&r);
	return out;
}

/* pdf as qpdf's QDF, its streams uncompressed, with its NUL bytes (in
 * the fonts) made spaces so that it is one string. Caller frees. */
static char *
qdf_of(const char *pdf)
{
	char *qdf = xasprintf("%s.qdf", pdf), *s;
	struct run r;
	size_t len, i;

	cr_assert_eq(run_sh(&r, "qpdf --qdf --object-streams=disable '%s' '%s'", pdf, qdf), 0,
	    "%s: %s", pdf, r.err);
	run_free(&r);
	s = read_file(qdf, &len);
	cr_assert_not_null(s);
	for (i = 0; i < len; i++)
		s[i] = s[i] == '\0' ? ' ' : s[i];
	free(qdf);
	return s;
}

static const char *
next_line(const char *l)
{
	l += strcspn(l, "\n");
	return *l == '\n' ? l + 1 : l;
}

/* How many elements of type tag pdfinfo -struct-text lists: lines that
 * are the tag, then the end, " (block)" or ':' (its attributes follow). */
static int
in_structure(const char *st, const char *tag)
{
	size_t n = strlen(tag);
	const char *l;
	int count = 0;

	for (l = st; *l != '\0'; l = next_line(l)) {
		const char *t = l + strspn(l, " ");

		count += strncmp(t, tag, n) == 0 && strchr("\n :", t[n]) != NULL;
	}
	return count;
}

/* How many elements of type tag layout began in a trace: distinct
 * element numbers, an element continued counted once, and none begun in
 * an artifact (a header row repeated on a page the table continues on). */
static int
in_trace(const char *trace, const char *tag)
{
	static char seen[1 << 16];
	char role[16];
	const char *l;
	int n, count = 0, artifact = 0;

	memset(seen, 0, sizeof seen);
	for (l = trace; *l != '\0'; l = next_line(l)) {
		if (strncmp(l, "begin Artifact", 14) == 0)
			artifact++;
		else if (strncmp(l, "end Artifact", 12) == 0)
			artifact--;
		else if (artifact == 0 && sscanf(l, "begin %15s #%d", role, &n) == 2 &&
		    strcmp(role, tag) == 0 && n >= 0 && n < (int)sizeof seen && !seen[n]++)
			count++;
	}
	return count;
}

/* The heading of each bookmark, in their order, is in the structure in
 * that order: the structure reads in the paper's order. */
static void
headings_in_order(const char *trace, const char *st, int id)
{
	const char *l, *at = st;
	char title[32];

	for (l = strstr(trace, "\noutline "); l != NULL; l = strstr(l + 1, "\noutline ")) {
		const char *q = strchr(l, '"') + 1;

		snprintf(title, sizeof title, "%.*s", (int)strcspn(q, "\"\n"), q);
		at = strstr(at, title);
		cr_assert_not_null(at, "paper %d: the heading \"%s\" missing or out of order", id,
		    title);
	}
}

/* The text of the running header, the first text drawn in one. */
static void
running_header(const char *trace, char *text, size_t n, int id)
{
	const char *h = strstr(trace, "begin Artifact header\ntext ");

	cr_assert_not_null(h, "paper %d has a running header", id);
	h = strchr(h, '"') + 1;
	snprintf(text, n, "%.*s", (int)strcspn(h, "\""), h);
	cr_assert_gt(strlen(text), 10, "paper %d", id);
}

/* Demo paper id is a tagged PDF whose structure holds what layout began,
 * in reading order: headings, paragraphs, lists, tables with their rows,
 * scoped header cells and cells, figures with their text alternative;
 * and none of the page furniture. pdfinfo takes seconds over the
 * structure of a long paper, so each paper is a test of its own. */
static void
structure_check(int id)
{
	static const char *const tags[] = { "Document", "Sect", "H1", "H2", "H3", "P", "L", "LI",
	    "Lbl", "LBody", "Table", "Caption", "TR", "TH", "TD", "Figure", "TOC", "TOCI",
	    "Link" };
	const char *pdf = render(id), *tagged, *th;
	char *info = output("pdfinfo", pdf, ""), *st = output("pdfinfo -struct-text", pdf, "");
	char *qdf = qdf_of(pdf), *trace = trace_of(id), header[128];
	size_t i;

	tagged = strstr(info, "\nTagged:");
	cr_assert(tagged != NULL && strncmp(tagged + 8 + strspn(tagged + 8, " "), "yes\n", 4) == 0,
	    "paper %d is not tagged:\n%s", id, info);
	for (i = 0; i < sizeof tags / sizeof *tags; i++)
		cr_expect_eq(in_structure(st, tags[i]), in_trace(trace, tags[i]),
		    "paper %d: %d %s in the PDF's structure, %d begun by layout", id,
		    in_structure(st, tags[i]), tags[i], in_trace(trace, tags[i]));
	cr_assert_eq(in_structure(st, "Document"), 1, "paper %d", id);
	/* Every header cell says what it heads. */
	cr_assert_eq(count_in(st, "TH:\n"), in_structure(st, "TH"), "paper %d", id);
	for (th = strstr(st, "TH:\n"); th != NULL; th = strstr(th + 1, "TH:\n")) {
		const char *attr = th + 4 + strspn(th + 4, " ");

		cr_assert(strncmp(attr, "/Scope /Row\n", 12) == 0 ||
		    strncmp(attr, "/Scope /Column\n", 15) == 0,
		    "paper %d: a header cell without its scope: %.60s", id, th);
	}
	cr_assert_eq(count_in(st, "/ColSpan ") > 0, count_in(trace, " span=") > 0,
	    "paper %d: cells spanning columns say so", id);
	headings_in_order(trace, st, id);
	cr_assert_eq(find(st, "DRAFT"), -1, "paper %d: the DRAFT mark in the structure", id);
	cr_assert_eq(find(st, "Page 1 of"), -1, "paper %d: page numbers in the structure", id);
	running_header(trace, header, sizeof header, id);
	cr_assert_eq(find(st, header), -1, "paper %d: the running header in the structure", id);
	cr_assert_eq(count_in(qdf, "/Alt <feff"), in_structure(st, "Figure"),
	    "paper %d: a figure without its text alternative", id);
	free(trace);
	free(qdf);
	free(st);
	free(info);
}

Test(tagged, paper_1_structure) { structure_check(1); }
Test(tagged, paper_2_structure) { structure_check(2); }
Test(tagged, paper_3_structure) { structure_check(3); }
Test(tagged, paper_4_structure) { structure_check(4); }
Test(tagged, paper_5_structure) { structure_check(5); }
Test(tagged, paper_6_structure) { structure_check(6); }
Test(tagged, paper_7_structure) { structure_check(7); }

/* What the seven checks above cover: the demo papers have lists, charts,
 * header cells spanning columns, and the DRAFT mark. */
Test(tagged, the_demo_papers_cover_the_structure_checked)
{
	int id, lists = 0, figures = 0, spans = 0, drafts = 0;

	for (id = 1; id <= DEMO_PAPERS; id++) {
		char *trace = trace_of(id);

		lists += in_trace(trace, "L");
		figures += in_trace(trace, "Figure");
		spans += count_in(trace, " span=");
		drafts += count_in(trace, "begin Artifact watermark");
		free(trace);
	}
	cr_assert_gt(lists, 0);
	cr_assert_gt(figures, 0);
	cr_assert_gt(spans, 0);
	cr_assert_gt(drafts, 0);
}

/* Paper 2's structure as a screen reader is given it. */
Test(tagged, golden_structure_of_paper_2)
{
	char *st = output("pdfinfo -struct-text", render(2), ""), why[300];

	cr_assert_eq(golden_check(st, "tests/golden/tagged/paper-2.struct", why, sizeof why), 0,
	    "%s", why);
	free(st);
}

/* A token of PDF syntax at *s before end into tok: a name, a number, an
 * operator, a bracket, "<<" or ">>"; a string becomes "()". 0 at the end. */
static int
token(const char **s, const char *end, char *tok, size_t cap)
{
	const char *p = *s, *start;
	int depth = 0;

	while (p < end && isspace((unsigned char)*p))
		p++;
	if (p >= end)
		return 0;
	start = p;
	if (*p == '(') {
		for (; p < end; p++) {
			if (*p == '\\')
				p++;
			else if (*p == '(')
				depth++;
			else if (*p == ')' && --depth == 0)
				break;
		}
		snprintf(tok, cap, "()");
		*s = p + 1;
		return 1;
	}
	if (*p == '<' && p + 1 < end && p[1] != '<') {
		p = memchr(p, '>', (size_t)(end - p));
		snprintf(tok, cap, "()");
		*s = p != NULL ? p + 1 : end;
		return 1;
	}
	if ((*p == '<' || *p == '>') && p + 1 < end && p[1] == *p)
		p += 2;
	else if (strchr("[]{}", *p) != NULL)
		p++;
	else
		for (p += *p == '/'; p < end && !isspace((unsigned char)*p) &&
		    strchr("()<>[]{}/%", *p) == NULL; p++)
			continue;
	snprintf(tok, cap, "%.*s", (int)(p - start), start);
	*s = p;
	return 1;
}

/* Object num of the qdf file, from its "num 0 obj" line to its endobj:
 * *end set. */
static const char *
object(const char *qdf, int num, const char **end)
{
	char head[32];
	const char *o;

	snprintf(head, sizeof head, "\n%d 0 obj\n", num);
	o = strstr(qdf, head);
	cr_assert_not_null(o, "no object %d", num);
	*end = strstr(o, "\nendobj");
	cr_assert_not_null(*end);
	return o + strlen(head);
}

/* The number after key in [o, end), which must be there. */
static int
number_of(const char *o, const char *end, const char *key)
{
	const char *k = strstr(o, key);
	int n;

	cr_assert(k != NULL && k < end && sscanf(k + strlen(key), " %d", &n) == 1, "no %s", key);
	return n;
}

/* The parent tree's entry for key: how many elements it lists (an array
 * of them for a page, one for an annotation); -1 when it has none. */
static int
parents(const char *qdf, int key)
{
	const char *end, *root = object(qdf, number_of(qdf, qdf + strlen(qdf), "/StructTreeRoot "),
	    &end);
	const char *tree = object(qdf, number_of(root, end, "/ParentTree "), &end), *s;
	char tok[64];
	int depth = 0, k = -1, refs = 0, key_next = 1;

	s = strstr(tree, "/Nums");
	cr_assert(s != NULL && s < end, "a parent tree without /Nums");
	s += 5;
	/* [key value key value ...], a value an array of references or one */
	while (token(&s, end, tok, sizeof tok)) {
		if (strcmp(tok, "[") == 0) {
			refs = ++depth == 2 ? 0 : refs;
		} else if (strcmp(tok, "]") == 0) {
			if (--depth == 0)
				break;
			if (k == key)
				return refs;
			key_next = 1;
		} else if (depth == 1 && key_next) {
			k = atoi(tok);
			key_next = 0;
		} else if (depth == 1 && strcmp(tok, "R") == 0) {
			if (k == key)
				return 1;
			key_next = 1;
		} else if (depth == 2 && strcmp(tok, "R") == 0) {
			refs++;
		}
	}
	return -1;
}

/* Checks page n's content stream: every text-showing operator inside
 * marked content (an element's or an artifact), the sequences balanced,
 * and its MCIDs each once, 0 to count - 1 with count the parent tree's
 * elements for the page. */
static void
check_page(const char *qdf, const char *pdf, int n)
{
	char mark[32], tok[64], seen[4096] = {0};
	const char *page, *end, *c, *cend;
	int depth = 0, dict = 0, mcid = 0, count, nmcids = 0, i;

	snprintf(mark, sizeof mark, "%%%% Page %d\n", n);
	page = strstr(qdf, mark);
	cr_assert_not_null(page, "%s: no page %d", pdf, n);
	page = strstr(page, " 0 obj\n");
	end = strstr(page, "\nendobj");
	count = parents(qdf, number_of(page, end, "/StructParents "));
	c = object(qdf, number_of(page, end, "/Contents "), &cend);
	c = strstr(c, "stream\n") + 7;
	cend = strstr(c, "\nendstream");
	while (token(&c, cend, tok, sizeof tok)) {
		if (strcmp(tok, "<<") == 0) {
			dict++;
		} else if (strcmp(tok, ">>") == 0) {
			dict--;
		} else if (dict > 0 && strcmp(tok, "/MCID") == 0) {
			mcid = 1;
		} else if (mcid) {
			i = atoi(tok);
			cr_assert(i >= 0 && i < count, "%s p%d: MCID %d, the parent tree has %d", pdf,
			    n, i, count);
			cr_assert_eq(seen[i]++, 0, "%s p%d: MCID %d twice", pdf, n, i);
			nmcids++;
			mcid = 0;
		} else if (strcmp(tok, "BDC") == 0 || strcmp(tok, "BMC") == 0) {
			depth++;
		} else if (strcmp(tok, "EMC") == 0) {
			cr_assert_gt(depth--, 0, "%s p%d: EMC without its BDC", pdf, n);
		} else if (strcmp(tok, "Tj") == 0 || strcmp(tok, "TJ") == 0 ||
		    strcmp(tok, "'") == 0 || strcmp(tok, "\"") == 0) {
			cr_assert_gt(depth, 0, "%s p%d: text outside marked content", pdf, n);
		}
	}
	cr_assert_eq(depth, 0, "%s p%d: marked content left open", pdf, n);
	cr_assert_eq(nmcids, count, "%s p%d: %d MCIDs, the parent tree lists %d", pdf, n, nmcids,
	    count);
}

/* In every demo paper, every text is marked content and every MCID of a
 * page is in the parent tree once, read from the PDF by qpdf. */
Test(tagged, every_text_is_marked_and_every_mcid_has_its_element)
{
	int id, n, texts = 0;

	for (id = 1; id <= DEMO_PAPERS; id++) {
		const char *pdf = render(id);
		char *qdf = qdf_of(pdf), *check;

		for (n = 1; n <= pdf_pages(pdf); n++)
			check_page(qdf, pdf, n);
		texts += count_in(qdf, "TJ\n");
		check = output("qpdf --check", pdf, "");
		cr_assert_geq(find(check, "No syntax or stream encoding errors found"), 0, "%s: %s",
		    pdf, check);
		free(check);
		free(qdf);
	}
	cr_assert_gt(texts, 1000);
}

/* Counts in paper id the words docket hyphenated at a line's end that
 * copy whole, and the hyphens of the text at a line's end that stay;
 * fails on one that does neither. Where the lines end in "-" as drawn,
 * docket's hyphens and the text's alike, is read from the PDF with its
 * ActualText taken out (qpdf, sed). pdftotext -raw keeps each line as
 * drawn. The PDF without it is written to plain. */
static void
hyphens(int id, const char *plain, int *whole, int *kept)
{
	const char *pdf = render(id), *l;
	char *raw = output("pdftotext -raw", pdf, "-"), *text = xasprintf("\n%s", raw), *drawn;
	char *raw_drawn, *want;
	struct run r;

	cr_assert_eq(run_sh(&r, "qpdf --qdf --object-streams=disable '%s' - | "
	    "LC_ALL=C sed -E 's|/ActualText <[0-9a-fA-F]*>||' | fix-qdf > '%s'", pdf, plain), 0,
	    "%s", r.err);
	run_free(&r);
	raw_drawn = output("pdftotext -raw", plain, "-");
	drawn = xasprintf("\n%s", raw_drawn);
	for (l = drawn + 1; *l != '\0'; l = next_line(l)) {
		size_t n = strcspn(l, "\n");
		const char *next = l + n + (l[n] == '\n');
		int w = (int)strcspn(next, " \n");

		if (n < 2 || l[n - 1] != '-' || !isalpha((unsigned char)l[n - 2]) ||
		    !isalpha((unsigned char)*next))
			continue;
		/* The line and the next one's first word joined, as a line, more
		 * often than where the ActualText is out (the same words may be
		 * a line elsewhere). */
		want = xasprintf("\n%.*s%.*s\n", (int)(n - 1), l, w, next);
		if (count_in(text, want) > count_in(drawn, want)) {
			(*whole)++;
		} else {
			free(want);
			want = xasprintf("%.*s\n%.*s", (int)n, l, w, next);
			cr_assert_geq(find(text, want), 0, "paper %d: neither whole nor kept: %s", id,
			    want);
			(*kept)++;
		}
		free(want);
	}
	free(drawn);
	free(raw_drawn);
	free(text);
	free(raw);
}

/* A word docket hyphenates at a line's end copies whole ("recog-nised"
 * in paper 1), and a hyphen of the text at a line's end stays ("Council-
 * wide" in the action plan's cells). */
Test(tagged, a_hyphenated_word_copies_whole)
{
	const char *plain = fixture_path("plain.pdf", 0);
	int id, whole = 0, kept = 0;

	for (id = 1; id <= DEMO_PAPERS; id++)
		hyphens(id, plain, &whole, &kept);
	cr_assert_gt(whole, 0, "the demo papers have words docket hyphenated");
	cr_assert_gt(kept, 0, "the demo papers have hyphens of their text at a line's end");
}

/* A contents list and a link: TOC, TOCI and Link elements, each link
 * annotation an object of its Link element, keyed in the parent tree. */
Test(tagged, links_are_elements_with_their_annotations)
{
	char *data = xasprintf("%s/share", e2e.dir), *st, *qdf;
	const char *pdf = fixture_path("links.pdf", 0), *a;
	struct run r;
	int annots = 0;

	cr_assert_eq(run_sh(&r, "mkdir -p '%s' && cp -r templates '%s/' && "
	    "ln -s '%s/fonts' '%s/fonts' && printf '<paper title=\"Links\" header=\"Links\">"
	    "<contents/><section title=\"First\"><p>See <link href=\"https://example.org/guide\">"
	    "the guide</link> for more.</p></section><section title=\"Second\"><p>Nothing.</p>"
	    "</section></paper>\\n' > '%s/templates/links.xml'", data, data, getenv("PWD"), data,
	    data), 0, "%s", r.err);
	run_free(&r);
	sql_on(e2e.db, "UPDATE paper SET template = 'links.xml' WHERE id = 5");
	setenv("DOCKET_DATADIR", data, 1);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "5", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	st = output("pdfinfo -struct-text", pdf, "");
	qdf = qdf_of(pdf);
	cr_assert_eq(in_structure(st, "TOC"), 1, "%s", st);
	cr_assert_eq(in_structure(st, "TOCI"), 2, "%s", st);
	cr_assert_eq(in_structure(st, "Link"), 3, "%s", st);
	cr_assert_eq(count_in(st, "Object "), 3, "each Link lists its annotation: %s", st);
	cr_assert_eq(count_in(qdf, "/Subtype /Link\n"), 3);
	cr_assert_eq(count_in(qdf, "/Type /OBJR\n"), 3);
	for (a = strstr(qdf, "/StructParent "); a != NULL; a = strstr(a + 1, "/StructParent ")) {
		cr_assert_eq(parents(qdf, atoi(a + 14)), 1, "annotation %d has no element",
		    atoi(a + 14));
		annots++;
	}
	cr_assert_eq(annots, 3);
	free(qdf);
	free(st);
	free(data);
}
