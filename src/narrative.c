/* narrative.c: a paper's narrative as Markdown (docs/narrative.md): written
 * out with the text escaped so that it reads back the same, and read back
 * with libcmark, the shape checked part by part and every fault reported
 * at its line and column. The only file that includes cmark.h. */
#include "narrative.h"

#include <cmark.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "util.h"

void
narrative_init(struct narrative *n)
{
	memset(n, 0, sizeof *n);
	n->points.ncols = 1;
	n->recs.ncols = 1;
	n->sections.ncols = 1;
	n->impls.ncols = 2;
	n->sources.ncols = 3;
}

static void
rows_free(struct narr_rows *r)
{
	size_t i;

	for (i = 0; i < r->n * r->ncols; i++)
		free(r->v[i]);
	free(r->v);
	free(r->line);
	free(r->seq);
	free(r->id);
}

void
narrative_free(struct narrative *n)
{
	size_t i;

	for (i = 0; n->paras != NULL && i < n->sections.n; i++)
		rows_free(&n->paras[i]);
	free(n->paras);
	rows_free(&n->points);
	rows_free(&n->recs);
	rows_free(&n->sections);
	rows_free(&n->impls);
	rows_free(&n->sources);
	free(n->title);
	free(n->label);
	free(n->summary);
}

void
narr_add(struct narr_rows *r, const char *const *v, unsigned line)
{
	size_t i;

	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 8;
		r->v = xrealloc(r->v, r->cap * r->ncols * sizeof *r->v);
		r->line = xrealloc(r->line, r->cap * sizeof *r->line);
		r->seq = xrealloc(r->seq, r->cap * sizeof *r->seq);
		r->id = xrealloc(r->id, r->cap * sizeof *r->id);
	}
	for (i = 0; i < r->ncols; i++)
		r->v[r->n * r->ncols + i] = xstrdup(v[i] != NULL ? v[i] : "");
	r->line[r->n] = line;
	r->seq[r->n] = 0;
	r->id[r->n] = 0;
	r->n++;
}

size_t
narr_add_section(struct narrative *n, const char *heading, unsigned line)
{
	narr_add(&n->sections, &heading, line);
	n->paras = xrealloc(n->paras, n->sections.n * sizeof *n->paras);
	memset(&n->paras[n->sections.n - 1], 0, sizeof *n->paras);
	n->paras[n->sections.n - 1].ncols = 2;
	return n->sections.n - 1;
}

/* Writing */

/* Adds text s to b so that Markdown reads it back as s, inline: what would
 * be markup is escaped, what would start a block at a line's start too; a
 * new line is a hard break, the next line indented by indent spaces. */
static void
put_text(struct buf *b, const char *s, int indent)
{
	int start = 1;
	char prev = ' ';
	size_t d;

	for (; *s != '\0'; prev = *s++) {
		if (*s == '\n' && s[1] != '\0') {
			buf_addf(b, "\\\n%*s", indent, "");
			start = 1;
			continue;
		}
		/* Markdown drops the white space (VT and FF too) at a line's
		 * start and at the text's end (a line break too), and reads a CR
		 * as a line's end: such a one is written as a character
		 * reference (libcmark leaves a lazy line's blanks after a line
		 * break in the text, and &#10; &#32; &#13; are a file's to
		 * write). */
		if (*s == '\n' || *s == '\r' || (isspace((unsigned char)*s) && (start || s[1] == '\0'))) {
			buf_addf(b, "&#%d;", *s);
			start = 0;
			continue;
		}
		/* ~ too: a ~~~ fence may break into a paragraph. */
		if (start && strchr(">-+=~", *s) != NULL)
			buf_addc(b, '\\');
		if (start && (d = strspn(s, "0123456789")) > 0 && (s[d] == '.' || s[d] == ')')) {
			buf_addn(b, s, d);
			s += d;
			buf_addc(b, '\\');
		}
		start = 0;
		if (strchr("\\`*[]<#", *s) != NULL ||
		    (*s == '_' && !(isalnum((unsigned char)prev) && isalnum((unsigned char)s[1]))) ||
		    (*s == '&' && (isalnum((unsigned char)s[1]) || s[1] == '#')))
			buf_addc(b, '\\');
		buf_addc(b, *s);
	}
}

/* s made one line: each new line in it a space. */
static void
one_line(char *s)
{
	for (; (s = strchr(s, '\n')) != NULL; )
		*s = ' ';
}

/* A heading's text, which is one line. */
static void
put_line(struct buf *b, const char *s)
{
	char *one = xstrdup(s);

	one_line(one);
	put_text(b, one, 0);
	free(one);
}

static const char *
cell(const struct narr_rows *r, size_t row, size_t col)
{
	return r->v[row * r->ncols + col];
}

/* A list of rows' first column, bulleted or numbered. */
static void
put_list(struct buf *b, const struct narr_rows *r, int numbered)
{
	size_t i, at;

	for (i = 0; i < r->n; i++) {
		at = b->len;
		if (numbered)
			buf_addf(b, "%zu. ", i + 1);
		else
			buf_add(b, "- ");
		/* A line the item continues on is indented as far as its text. */
		put_text(b, cell(r, i, 0), (int)(b->len - at));
		buf_addc(b, '\n');
	}
	if (r->n > 0)
		buf_addc(b, '\n');
}

char *
narrative_markdown(const struct narrative *n)
{
	struct buf b = {0};
	size_t i, j;

	buf_add(&b, "# ");
	put_line(&b, n->title);
	buf_addf(&b, "\n\n## %s\n\n", n->label);
	put_text(&b, n->summary, 0);
	buf_add(&b, "\n\n");
	put_list(&b, &n->points, 0);
	buf_add(&b, "## Recommendations\n\n");
	put_list(&b, &n->recs, 1);
	for (i = 0; i < n->sections.n; i++) {
		const struct narr_rows *p = &n->paras[i];

		buf_addf(&b, "## %zu. ", i + 1);
		put_line(&b, cell(&n->sections, i, 0));
		buf_add(&b, "\n\n");
		for (j = 0; j < p->n; j++) {
			int bullet = strcmp(cell(p, j, 0), "bullet") == 0;

			buf_add(&b, bullet ? "- " : "");
			put_text(&b, cell(p, j, 1), bullet ? 2 : 0);
			/* A list ends with its last bullet. */
			buf_add(&b, bullet && j + 1 < p->n && strcmp(cell(p, j + 1, 0), "bullet") == 0 ?
			    "\n" : "\n\n");
		}
	}
	buf_add(&b, "## Implications\n\n");
	for (i = 0; i < n->impls.n; i++) {
		buf_add(&b, "### ");
		put_line(&b, cell(&n->impls, i, 0));
		buf_add(&b, "\n\n");
		put_text(&b, cell(&n->impls, i, 1), 0);
		buf_add(&b, "\n\n");
	}
	buf_add(&b, "## Source documents\n\n");
	for (i = 0; i < n->sources.n; i++) {
		buf_add(&b, "- ");
		put_line(&b, cell(&n->sources, i, 0));
		buf_add(&b, "\\\n  ");
		put_line(&b, cell(&n->sources, i, 1));
		buf_add(&b, strcmp(cell(&n->sources, i, 2), "1") == 0 ? "\\\n  Exempt\n" : "\n");
	}
	/* One newline at the end, not two. */
	if (b.len >= 2 && b.s[b.len - 2] == '\n')
		b.s[--b.len] = '\0';
	return buf_take(&b);
}

/* Reading */

enum part { P_NONE, P_TITLE, P_SUMMARY, P_RECS, P_SECTIONS, P_IMPLS, P_SOURCES, P_END };

static const char *const part_heading[] = {
	"", "# title", "## Purpose", "## Recommendations", "## 1. Section", "## Implications",
	"## Source documents",
};

struct reader {
	const char       *file;
	struct narrative *n;
	enum part         part;		/* the part being read */
	unsigned          found[P_END];	/* the line each part's heading is on */
	int               bad;
	int               summary_done;	/* its points were read */
	unsigned          end;		/* the document's last line */
};

static struct srcpos
pos_of(const struct reader *rd, cmark_node *x)
{
	struct srcpos pos = { rd->file, 0, 0, NULL };

	/* An inline after a line break has no position of its own. */
	for (; x != NULL && cmark_node_get_start_line(x) == 0; x = cmark_node_parent(x))
		;
	if (x != NULL) {
		pos.line = (unsigned)cmark_node_get_start_line(x);
		pos.col = (unsigned)cmark_node_get_start_column(x);
	}
	return pos;
}

static void
fault(struct reader *rd, cmark_node *x, enum diag_code code, const char *what)
{
	struct srcpos pos = pos_of(rd, x);

	diag(code, &pos, what != NULL ? "%s" : NULL, what);
	rd->bad = 1;
}

/* The plain text of x's inlines; markup and raw HTML are faults (their
 * text kept, so that the rest is read). A line break is a new line, or
 * with lines set ends a line of *lines (the text the last). */
static char *
inline_text(struct reader *rd, cmark_node *x, char ***lines, size_t *nlines)
{
	struct buf b = {0};
	cmark_iter *it = cmark_iter_new(x);
	cmark_event_type ev;
	cmark_node *k;
	size_t cap = 0;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		if (ev != CMARK_EVENT_ENTER)
			continue;
		k = cmark_iter_get_node(it);
		switch (cmark_node_get_type(k)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			if (cmark_node_get_type(k) == CMARK_NODE_CODE)
				fault(rd, k, D_MD_MARKUP, "code");
			buf_add(&b, cmark_node_get_literal(k));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			if (lines != NULL) {
				*lines = xgrow(*lines, &cap, *nlines + 1, sizeof **lines);
				(*lines)[(*nlines)++] = buf_take(&b);
			} else
				buf_addc(&b, cmark_node_get_type(k) == CMARK_NODE_SOFTBREAK ? ' ' : '\n');
			break;
		case CMARK_NODE_EMPH:
			fault(rd, k, D_MD_MARKUP, "italic");
			break;
		case CMARK_NODE_STRONG:
			fault(rd, k, D_MD_MARKUP, "bold");
			break;
		case CMARK_NODE_LINK:
			fault(rd, k, D_MD_MARKUP, "a link");
			break;
		case CMARK_NODE_IMAGE:
			fault(rd, k, D_MD_MARKUP, "an image");
			break;
		case CMARK_NODE_HTML_INLINE:
			fault(rd, k, D_MD_HTML, cmark_node_get_literal(k));
			break;
		default:
			break;
		}
	}
	cmark_iter_free(it);
	return buf_take(&b);
}

/* The one paragraph a list item holds, or NULL after saying so. */
static cmark_node *
item_para(struct reader *rd, cmark_node *item)
{
	cmark_node *p = cmark_node_first_child(item);

	if (p != NULL && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH &&
	    cmark_node_next(p) == NULL)
		return p;
	fault(rd, p != NULL ? p : item, D_MD_PLACE, "a list item is one paragraph, no more");
	return NULL;
}

/* Each item of list as a row of rows, style (when rows has two columns)
 * its first column. */
static void
read_list(struct reader *rd, cmark_node *list, struct narr_rows *rows, const char *style)
{
	cmark_node *item, *p;
	char *t;

	for (item = cmark_node_first_child(list); item != NULL; item = cmark_node_next(item)) {
		if ((p = item_para(rd, item)) == NULL)
			continue;
		t = inline_text(rd, p, NULL, NULL);
		if (rows->ncols == 2)
			narr_add(rows, (const char *[]){ style, t }, (unsigned)cmark_node_get_start_line(p));
		else
			narr_add(rows, (const char *[]){ t }, (unsigned)cmark_node_get_start_line(p));
		free(t);
	}
}

/* A source document: its title, a line break, its location, and
 * optionally a line "Exempt". */
static void
read_sources(struct reader *rd, cmark_node *list)
{
	cmark_node *item, *p;
	char **lines = NULL, *last;
	size_t n, i;

	for (item = cmark_node_first_child(list); item != NULL; item = cmark_node_next(item)) {
		if ((p = item_para(rd, item)) == NULL)
			continue;
		n = 0;
		last = inline_text(rd, p, &lines, &n);
		lines = xrealloc(lines, (n + 1) * sizeof *lines);
		lines[n++] = last;
		if (n == 3 && strcasecmp(lines[2], "exempt") != 0)
			fault(rd, p, D_MD_PLACE, "a source document's third line may only say 'Exempt'");
		else if (n == 2 || n == 3)
			narr_add(&rd->n->sources, (const char *[]){ lines[0], lines[1], n == 3 ? "1" :
			    "0" }, (unsigned)cmark_node_get_start_line(p));
		else
			fault(rd, p, D_MD_PLACE, "a source document is its title, then on a line "
			    "of its own its location (and 'Exempt' on a third when it is)");
		for (i = 0; i < n; i++)
			free(lines[i]);
	}
	free(lines);
}

/* A level-2 heading: the part it opens, or P_NONE after saying it is
 * not one. */
static enum part
heading_part(struct reader *rd, cmark_node *h, const char *t, long *num, const char **rest)
{
	static const struct { const char *name; enum part part; } names[] = {
		{ "Purpose", P_SUMMARY }, { "Executive Summary", P_SUMMARY },
		{ "Recommendations", P_RECS }, { "Recommendation", P_RECS },
		{ "Implications", P_IMPLS }, { "Significant Implications", P_IMPLS },
		{ "Source documents", P_SOURCES }, { "Background papers", P_SOURCES },
	};
	size_t i, d = strspn(t, "0123456789");

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(t, names[i].name) == 0) {
			*rest = names[i].name;
			return names[i].part;
		}
	if (d > 0 && d < 6 && t[d] == '.' && t[d + 1] == ' ' && t[d + 2] != '\0') {
		*num = strtol(t, NULL, 10);
		*rest = t + d + 2;
		return P_SECTIONS;
	}
	fault(rd, h, D_MD_HEADING, t);
	return P_NONE;
}

/* A heading: the part it opens, checked for its place. */
static void
read_heading(struct reader *rd, cmark_node *h)
{
	struct narrative *n = rd->n;
	int level = cmark_node_get_heading_level(h);
	char *t = inline_text(rd, h, NULL, NULL), *what;
	const char *rest = NULL;
	enum part p = P_NONE;
	long num = 0;

	/* A heading is one line, as export writes it: a line break in an
	 * underlined (setext) one is a space. */
	one_line(t);

	if (level == 1)
		p = P_TITLE;
	else if (level == 2)
		p = heading_part(rd, h, t, &num, &rest);
	else if (level == 3 && rd->part == P_IMPLS)
		narr_add(&n->impls, (const char *[]){ t, NULL }, (unsigned)cmark_node_get_start_line(h));
	else
		fault(rd, h, D_MD_HEADING, level == 3 ? "### is for an implication's heading, under "
		    "## Implications" : t);
	if (p == P_NONE)
		goto out;
	if (p < rd->part || (p == rd->part && p != P_SECTIONS)) {
		what = xasprintf("'%s'", t);
		fault(rd, h, p == rd->part || rd->found[p] ? D_MD_TWICE : D_MD_ORDER, what);
		free(what);
		/* Out of place, but there: not missing too. */
		if (rd->found[p] == 0)
			rd->found[p] = (unsigned)cmark_node_get_start_line(h);
		goto out;
	}
	if (p == P_SECTIONS && num != (long)n->sections.n + 1) {
		what = xasprintf("section %ld, where section %zu comes next", num, n->sections.n + 1);
		fault(rd, h, D_MD_SECTION_NUMBER, what);
		free(what);
	}
	rd->part = p;
	if (rd->found[p] == 0)
		rd->found[p] = (unsigned)cmark_node_get_start_line(h);
	if (p == P_TITLE) {
		n->title = t;
		t = NULL;
	} else if (p == P_SUMMARY) {
		free(n->label);
		n->label = xstrdup(rest);
	} else if (p == P_SECTIONS)
		narr_add_section(n, rest, (unsigned)cmark_node_get_start_line(h));
out:
	free(t);
}

/* A paragraph in the part being read. */
static void
read_para(struct reader *rd, cmark_node *x)
{
	struct narrative *n = rd->n;
	char *t = inline_text(rd, x, NULL, NULL);
	unsigned line = (unsigned)cmark_node_get_start_line(x);
	struct narr_rows *im = &n->impls;

	switch (rd->part) {
	case P_SUMMARY:
		if (n->summary == NULL && !rd->summary_done) {
			n->summary = t;
			return;
		}
		fault(rd, x, D_MD_PLACE, "the purpose is one paragraph, its points a list under it");
		break;
	case P_SECTIONS:
		narr_add(&n->paras[n->sections.n - 1], (const char *[]){ "numbered", t }, line);
		break;
	case P_IMPLS:
		if (im->n > 0 && im->v[im->n * 2 - 1][0] == '\0' && t[0] != '\0') {
			free(im->v[im->n * 2 - 1]);
			im->v[im->n * 2 - 1] = t;
			return;
		}
		fault(rd, x, D_MD_PLACE, im->n == 0 ? "text under Implications goes under a "
		    "### heading of its own" : "an implication is one paragraph");
		break;
	default:
		fault(rd, x, D_MD_PLACE, rd->part == P_RECS ? "recommendations are a numbered list" :
		    rd->part == P_SOURCES ? "source documents are a list" :
		    "text before the first part");
		break;
	}
	free(t);
}

static void
read_block_list(struct reader *rd, cmark_node *x)
{
	struct narrative *n = rd->n;
	int ordered = cmark_node_get_list_type(x) == CMARK_ORDERED_LIST;

	if (rd->part == P_SUMMARY && !ordered && n->summary != NULL && !rd->summary_done) {
		read_list(rd, x, &n->points, NULL);
		rd->summary_done = 1;
	} else if (rd->part == P_RECS && n->recs.n == 0)
		read_list(rd, x, &n->recs, NULL);
	else if (rd->part == P_SECTIONS && !ordered)
		read_list(rd, x, &n->paras[n->sections.n - 1], "bullet");
	else if (rd->part == P_SOURCES && n->sources.n == 0)
		read_sources(rd, x);
	else
		fault(rd, x, D_MD_PLACE, rd->part == P_SECTIONS ? "a numbered list: the paper numbers "
		    "a section's paragraphs itself; write each as a paragraph, or use bullets" :
		    "a list");
}

static void
read_block(struct reader *rd, cmark_node *x)
{
	switch (cmark_node_get_type(x)) {
	case CMARK_NODE_HEADING:
		read_heading(rd, x);
		break;
	case CMARK_NODE_PARAGRAPH:
		read_para(rd, x);
		break;
	case CMARK_NODE_LIST:
		read_block_list(rd, x);
		break;
	case CMARK_NODE_HTML_BLOCK:
		fault(rd, x, D_MD_HTML, NULL);
		break;
	case CMARK_NODE_CODE_BLOCK:
		fault(rd, x, D_MD_PLACE, "a code block (a line indented by four spaces?)");
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		fault(rd, x, D_MD_PLACE, "a quotation (>)");
		break;
	default:
		fault(rd, x, D_MD_PLACE, "a rule (---)");
		break;
	}
}

/* The bytes that are not UTF-8, and NULs: each reported. */
static int
check_bytes(const char *file, const char *s, size_t len)
{
	struct srcpos pos = { file, 1, 1, NULL };
	size_t i = 0, bad;
	int rc = 0;

	while (i < len) {
		bad = utf8_invalid_at(s + i, len - i);
		if (bad == (size_t)-1)
			bad = len - i;
		for (; bad > 0; bad--, i++)
			if (s[i] == '\n') {
				pos.line++;
				pos.col = 1;
			} else if (s[i] == '\0') {
				diag(D_MD_NUL, &pos, NULL);
				rc = -1;
				pos.col++;
			} else
				pos.col++;
		if (i < len) {
			diag(D_MD_UTF8, &pos, "byte 0x%02x", (unsigned char)s[i]);
			rc = -1;
			i++;
			pos.col++;
		}
	}
	return rc;
}

int
narrative_parse(const char *file, const char *text, size_t len, struct narrative *n)
{
	struct reader rd = { file, n, P_NONE, {0}, 0, 0, 0 };
	cmark_node *doc, *x;
	enum part p, q;
	size_t i;

	if (check_bytes(file, text, len) == -1)
		return -1;
	if ((doc = cmark_parse_document(text, len, CMARK_OPT_DEFAULT)) == NULL)
		fatal_oom();
	rd.end = (unsigned)cmark_node_get_end_line(doc);
	for (x = cmark_node_first_child(doc); x != NULL; x = cmark_node_next(x))
		read_block(&rd, x);
	for (p = P_TITLE; p < P_END; p++) {
		struct srcpos pos = { file, rd.end + 1, 1, NULL };

		if (rd.found[p] != 0 || p == P_SECTIONS)
			continue;
		/* Where it should have been: at the next part there is. */
		for (q = p + 1; q < P_END && rd.found[q] == 0; q++)
			;
		if (q < P_END)
			pos.line = rd.found[q];
		diag(D_MD_MISSING, &pos, "'%s'", part_heading[p]);
		rd.bad = 1;
	}
	if (rd.found[P_SUMMARY] != 0 && n->summary == NULL) {
		struct srcpos pos = { file, rd.found[P_SUMMARY], 1, NULL };

		diag(D_MD_MISSING, &pos, "the purpose's paragraph, under its heading");
		rd.bad = 1;
	}
	for (i = 0; i < n->impls.n; i++)
		if (n->impls.v[i * 2 + 1][0] == '\0') {
			struct srcpos pos = { file, n->impls.line[i], 1, NULL };

			diag(D_MD_MISSING, &pos, "the implication's paragraph, under its heading");
			rd.bad = 1;
		}
	cmark_node_free(doc);
	return rd.bad ? -1 : 0;
}
