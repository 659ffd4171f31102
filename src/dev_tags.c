/* dev_tags.c: the bookkeeping of a tagged PDF, and the rest of the PDF
 * device that needs no libharu (see dev_tags.h); dev_pdf.c writes what it
 * decides. */
#include "dev_tags.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

static const char *const tags[ROLE_NROLES] = {
	[ROLE_DOCUMENT] = "Document", [ROLE_SECTION] = "Sect", [ROLE_HEADING] = "H",
	[ROLE_PARA] = "P", [ROLE_LIST] = "L", [ROLE_ITEM] = "LI", [ROLE_LABEL] = "Lbl",
	[ROLE_ITEM_BODY] = "LBody", [ROLE_TABLE] = "Table", [ROLE_CAPTION] = "Caption",
	[ROLE_ROW] = "TR", [ROLE_HEADER_CELL] = "TH", [ROLE_CELL] = "TD",
	[ROLE_FIGURE] = "Figure", [ROLE_LINK] = "Link", [ROLE_TOC] = "TOC",
	[ROLE_TOC_ITEM] = "TOCI",
};

/* Kid k, of kind and ref, to the end of element e's, or (e TAGS_NONE)
 * to none: the root's are the elements of no other. */
static void
kid_add(struct tags *t, size_t e, int kind, size_t ref, int mcid)
{
	struct tag_elem *el;

	if (e == TAGS_NONE)
		return;
	el = &t->elems[e];
	t->kids = xgrow(t->kids, &t->kcap, t->nkids + 1, sizeof *t->kids);
	t->kids[t->nkids] = (struct tag_kid){ kind, mcid, ref, TAGS_NONE };
	if (el->kid == TAGS_NONE)
		el->kid = t->nkids;
	else
		t->kids[el->last].next = t->nkids;
	el->last = t->nkids++;
	el->content |= kind != KID_ELEM;
	if (++el->nkids > TAGS_MAX_KIDS && el->content)
		t->overflow = 1;
}

size_t
tags_element(struct tags *t, enum dev_role role, const struct dev_attrs *a, int *made)
{
	struct tag_elem *e;
	size_t *at;

	*made = 0;
	if (a->key != NULL) {
		at = keymap_at(&t->index, a->key, (int)role);
		if (*at != 0)
			return *at - 1;
		*at = t->nelems + 1;
	}
	t->elems = xgrow(t->elems, &t->ecap, t->nelems + 1, sizeof *t->elems);
	e = &t->elems[t->nelems];
	e->key = a->key;
	e->role = role;
	e->page = TAGS_NONE;
	e->text = (struct buf){0};
	e->obj = NULL;
	e->parent = t->nopen > 0 ? t->open[t->nopen - 1] : TAGS_NONE;
	e->kid = e->last = TAGS_NONE;
	e->nkids = 0;
	e->content = 0;
	kid_add(t, e->parent, KID_ELEM, t->nelems, 0);
	snprintf(e->tag, sizeof e->tag, "%s", tags[role]);
	if (role == ROLE_HEADING)
		snprintf(e->tag, sizeof e->tag, "H%d", a->level < 1 ? 1 : a->level > 6 ? 6 : a->level);
	*made = 1;
	return t->nelems++;
}

int
tags_ignore(struct tags *t, enum dev_role role, const struct dev_attrs *a)
{
	if (t->ignored == 0 && role != ROLE_ARTIFACT)
		return 0;
	if (t->ignored++ == 0)
		t->artifact = a->artifact;
	return 1;
}

void
tags_open(struct tags *t, size_t e)
{
	t->open = xgrow(t->open, &t->ocap, t->nopen + 1, sizeof *t->open);
	t->open[t->nopen++] = e;
	t->figures += t->elems[e].role == ROLE_FIGURE;
}

void
tags_close(struct tags *t, enum dev_role role)
{
	size_t i;

	for (i = t->nopen; i > 0; i--)
		if (t->elems[t->open[i - 1]].role == role) {
			t->nopen = i - 1;
			t->figures -= role == ROLE_FIGURE;
			break;
		}
}

size_t
tags_link(const struct tags *t)
{
	size_t i;

	for (i = t->nopen; i > 0; i--)
		if (t->elems[t->open[i - 1]].role == ROLE_LINK)
			return t->open[i - 1];
	return TAGS_NONE;
}

/* The innermost element's, unless it is inside an artifact; decoration
 * (a rule, a fill) is an artifact unless it is drawn in a figure. */
enum mark
tags_want(const struct tags *t, int decoration, size_t *e)
{
	*e = TAGS_NONE;
	if (t->ignored > 0)
		return MARK_ARTIFACT;
	if (t->nopen > 0 && (!decoration || t->figures > 0)) {
		*e = t->open[t->nopen - 1];
		return MARK_ELEM;
	}
	return MARK_DECOR;
}

/* Whether a line ending in s[0..len) may end inside a word: after a
 * hyphen, a slash or a dash. */
static int
joins(const char *s, size_t len)
{
	uint32_t cp;

	while (len > 0 && ((unsigned char)s[len - 1] & 0xC0) == 0x80)
		len--;
	if (len == 0)
		return 0;
	utf8_decode(s + len - 1, &cp);
	return cp == '-' || cp == '/' || (cp >= 0x2010 && cp <= 0x2014);
}

/* Text after other text of the structure on another line or page, or
 * after a gap, starts with a space: readers of the structure find words
 * by their spaces, not by where the glyphs stand. Page furniture between
 * is no matter. */
/* What is read of the innermost Link open, if one is, for assistive
 * technology that reads its annotation: s[0..len), after a space when
 * apart from what is there. */
static void
link_text(struct tags *t, int apart, const char *s, size_t len)
{
	size_t l = tags_link(t);

	if (l == TAGS_NONE)
		return;
	if (apart && t->elems[l].text.len > 0)
		buf_addc(&t->elems[l].text, ' ');
	buf_addn(&t->elems[l].text, s, len);
}

int
tags_said(struct tags *t, double base, size_t page, double x, double w, const char *s,
    size_t len)
{
	int lead = t->mark == MARK_ELEM && t->said && !t->said_joins &&
	    (base != t->said_base || page != t->said_page || x > t->said_end + 0.1);

	if (t->mark == MARK_ELEM && !t->in_span)
		link_text(t, lead, s, len);
	if (t->mark == MARK_ELEM) {
		t->said = 1;
		t->said_base = base;
		t->said_page = page;
		t->said_end = x + w;
		t->said_joins = joins(s, len);
	}
	return lead;
}

void
tags_rest_set(struct tags *t, const char *rest)
{
	free(t->rest);
	t->rest = xstrdup(rest);
}

size_t
tags_rest(struct tags *t, const char *s, size_t len)
{
	size_t n;

	if (t->rest == NULL || t->ignored > 0 || t->in_span)
		return 0;
	n = strlen(t->rest);
	if (n > len || memcmp(s, t->rest, n) != 0)
		n = 0;
	free(t->rest);
	t->rest = NULL;
	return n;
}

void
tags_jump(struct tags *t, size_t from, double x, double y, double w, double h, size_t to,
    double ty)
{
	struct tag_jump *j;

	t->jumps = xgrow(t->jumps, &t->jcap, t->njumps + 1, sizeof *t->jumps);
	j = &t->jumps[t->njumps++];
	j->from = from;
	j->x = x;
	j->y = y;
	j->w = w;
	j->h = h;
	j->to = to;
	j->ty = ty;
	j->elem = tags_link(t);
}

void
tags_annot(struct tags *t, void *annot, size_t elem, size_t page)
{
	t->annots = xgrow(t->annots, &t->acap, t->nannots + 1, sizeof *t->annots);
	t->annots[t->nannots] = (struct tag_annot){ annot, elem, page };
	kid_add(t, elem, KID_ANNOT, t->nannots++, 0);
}

int
tags_mcid(struct tags *t, size_t e, size_t page)
{
	struct tag_page *pg;

	if (page >= t->npages) {
		t->pages = xgrow(t->pages, &t->pcap, page + 1, sizeof *t->pages);
		memset(t->pages + t->npages, 0, (page + 1 - t->npages) * sizeof *t->pages);
		t->npages = page + 1;
	}
	pg = &t->pages[page];
	pg->elem = xgrow(pg->elem, &pg->cap, pg->n + 1, sizeof *pg->elem);
	pg->elem[pg->n] = e;
	if (t->elems[e].page == TAGS_NONE)
		t->elems[e].page = page;
	kid_add(t, e, KID_MCID, page, (int)pg->n);
	return (int)pg->n++;
}

/* Kid k of element `owner` (its object, first page) into `to` under key
 * (NULL: at the end of the array to); an element has its /P set to
 * parent, the owner or its group. Marked content on another page than
 * the owner's /Pg is an MCR, an annotation an OBJR. */
static void
kid_write(const struct tags *t, const struct tags_pdf *o, void *to, const char *key,
    const struct tag_kid *k, size_t owner, void *parent, void *const *pages)
{
	void *d;

	if (k->kind == KID_ELEM) {
		o->add(o->ctx, to, key, t->elems[k->ref].obj);
		o->add(o->ctx, t->elems[k->ref].obj, "P", parent);
		return;
	}
	if (k->kind == KID_MCID && k->ref == t->elems[owner].page) {
		o->num(o->ctx, to, key, k->mcid);
		return;
	}
	d = o->dict(o->ctx, 0);
	if (k->kind == KID_MCID) {
		o->name(o->ctx, d, "Type", "MCR");
		o->add(o->ctx, d, "Pg", pages[k->ref]);
		o->num(o->ctx, d, "MCID", k->mcid);
	} else {
		o->name(o->ctx, d, "Type", "OBJR");
		o->add(o->ctx, d, "Obj", t->annots[k->ref].annot);
		o->add(o->ctx, d, "Pg", pages[t->annots[k->ref].page]);
	}
	o->add(o->ctx, to, key, d);
}

/* The kid after k in its element's, or NULL. */
static const struct tag_kid *
kid_next(const struct tags *t, const struct tag_kid *k)
{
	return k->next == TAGS_NONE ? NULL : &t->kids[k->next];
}

/* Element e's /K. Most hold one MCID or one element, which is /K itself,
 * not an array of one: libharu spends near a kilobyte on each array, and
 * a large paper has tens of thousands. */
static void
kids_write(const struct tags *t, const struct tags_pdf *o, size_t e, void *const *pages)
{
	const struct tag_elem *el = &t->elems[e];
	const struct tag_kid *k = el->kid == TAGS_NONE ? NULL : &t->kids[el->kid];
	size_t n = el->nkids, g, ng, i;
	void *kids, *grp, *gkids;

	if (k == NULL)
		return;
	if (n == 1 && (k->kind == KID_ELEM || (k->kind == KID_MCID && k->ref == el->page))) {
		kid_write(t, o, el->obj, "K", k, e, el->obj, pages);
		return;
	}
	o->add(o->ctx, el->obj, "K", kids = o->array(o->ctx));
	if (n > TAGS_MAX_KIDS && !el->content && t->elems[k->ref].role == ROLE_CAPTION) {
		kid_write(t, o, kids, NULL, k, e, el->obj, pages);
		k = kid_next(t, k);
		n--;
	}
	if (n <= TAGS_MAX_KIDS || el->content) {
		for (; k != NULL; k = kid_next(t, k))
			kid_write(t, o, kids, NULL, k, e, el->obj, pages);
		return;
	}
	for (g = 0, ng = tags_groups(n); g < ng; g++) {
		grp = o->dict(o->ctx, 1);
		o->name(o->ctx, grp, "S", el->role == ROLE_TABLE ? "TBody" : "NonStruct");
		o->add(o->ctx, grp, "P", el->obj);
		o->add(o->ctx, grp, "K", gkids = o->array(o->ctx));
		o->add(o->ctx, kids, NULL, grp);
		for (i = tags_group_start(n, g); i < tags_group_start(n, g + 1); i++) {
			kid_write(t, o, gkids, NULL, k, e, grp, pages);
			k = kid_next(t, k);
		}
	}
}

/* The parent tree's value of key i: page i's elements by MCID, and after
 * the last page's, each annotation's Link. */
static void *
parent_value(const struct tags *t, const struct tags_pdf *o, size_t i, size_t npages)
{
	void *a;
	size_t j;

	if (i >= npages)
		return t->elems[t->annots[i - npages].elem].obj;
	a = o->array(o->ctx);
	for (j = 0; i < t->npages && j < t->pages[i].n; j++)
		o->add(o->ctx, a, NULL, t->elems[t->pages[i].elem[j]].obj);
	return a;
}

void
tags_write_tree(const struct tags *t, const struct tags_pdf *o, void *root, void *root_kids,
    void *tree, void *const *pages, size_t npages)
{
	size_t i, g, n = npages + t->nannots, ng = tags_groups(n);
	void *kids = NULL, *leaf = tree, *nums, *lim;

	for (i = 0; i < t->nelems; i++) {
		if (t->elems[i].parent == TAGS_NONE) {
			o->add(o->ctx, root_kids, NULL, t->elems[i].obj);
			o->add(o->ctx, t->elems[i].obj, "P", root);
		}
		if (t->elems[i].page != TAGS_NONE)
			o->add(o->ctx, t->elems[i].obj, "Pg", pages[t->elems[i].page]);
		kids_write(t, o, i, pages);
	}
	for (g = 0; g < ng; g++) {
		if (ng > 1) {
			if (kids == NULL)
				o->add(o->ctx, tree, "Kids", kids = o->array(o->ctx));
			o->add(o->ctx, kids, NULL, leaf = o->dict(o->ctx, 1));
			o->add(o->ctx, leaf, "Limits", lim = o->array(o->ctx));
			o->num(o->ctx, lim, NULL, (long)tags_group_start(n, g));
			o->num(o->ctx, lim, NULL, (long)tags_group_start(n, g + 1) - 1);
		}
		o->add(o->ctx, leaf, "Nums", nums = o->array(o->ctx));
		for (i = tags_group_start(n, g); i < tags_group_start(n, g + 1); i++) {
			o->num(o->ctx, nums, NULL, (long)i);
			o->add(o->ctx, nums, NULL, parent_value(t, o, i, npages));
		}
	}
	o->num(o->ctx, root, "ParentTreeNextKey", (long)n);
}

void
tags_free(struct tags *t)
{
	size_t i;

	for (i = 0; i < t->nelems; i++)
		buf_free(&t->elems[i].text);
	for (i = 0; i < t->npages; i++)
		free(t->pages[i].elem);
	free(t->pages);
	free(t->kids);
	free(t->jumps);
	free(t->annots);
	free(t->elems);
	keymap_free(&t->index);
	free(t->open);
	free(t->rest);
}

/* The encoding of a PDF text string that keeps every character (cp1252
 * does not). */
void
tags_utf16be(struct buf *b, const char *s, size_t max)
{
	uint32_t cp;
	unsigned u[2];
	int i, n;

	buf_addn(b, "\xFE\xFF", 2);
	while (*s != '\0' && b->len + 4 <= max) {
		s += utf8_decode(s, &cp);
		n = cp > 0xFFFF ? 2 : 1;
		u[0] = n == 2 ? 0xD800 | ((cp - 0x10000) >> 10) : cp;
		u[1] = n == 2 ? 0xDC00 | ((cp - 0x10000) & 0x3FF) : 0;
		for (i = 0; i < n; i++) {
			buf_addc(b, (char)(u[i] >> 8));
			buf_addc(b, (char)(u[i] & 0xFF));
		}
	}
}

/* Windows-1252's characters 0x80..0x9F (0: none). */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
	0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D,
	0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Text strings outside content streams (outline, document information)
 * stop at a NUL byte in libharu, so they cannot be UTF-16 on the way in.
 * They go in as Windows-1252 with that encoder, which libharu writes out
 * as UTF-16BE. */
char *
tags_cp1252(const char *s)
{
	struct buf b = {0};
	uint32_t cp;
	size_t i;

	while (*s != '\0') {
		s += utf8_decode(s, &cp);
		if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0xFF)) {
			buf_addc(&b, (char)cp);
			continue;
		}
		for (i = 0; i < 32 && cp1252_high[i] != cp; i++)
			;
		buf_addc(&b, i < 32 && cp != 0 ? (char)(0x80 + i) : '?');
	}
	return buf_take(&b);
}

char *
tags_cp1252_utf8(const char *s)
{
	struct buf b = {0};
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp;

	for (; *u != '\0'; u++) {
		cp = *u >= 0x80 && *u < 0xA0 ? cp1252_high[*u - 0x80] : *u;
		if (cp == 0)
			cp = '?';
		if (cp < 0x80) {
			buf_addc(&b, (char)cp);
		} else if (cp < 0x800) {
			buf_addc(&b, (char)(0xC0 | cp >> 6));
			buf_addc(&b, (char)(0x80 | (cp & 0x3F)));
		} else {
			buf_addc(&b, (char)(0xE0 | cp >> 12));
			buf_addc(&b, (char)(0x80 | (cp >> 6 & 0x3F)));
			buf_addc(&b, (char)(0x80 | (cp & 0x3F)));
		}
	}
	return buf_take(&b);
}

void
tags_hex16(struct buf *b, const char *s, size_t len)
{
	static const char digits[] = "0123456789ABCDEF";
	const char *end = s + len;
	uint32_t cp;
	char h[4];

	while (s < end) {
		s += utf8_decode(s, &cp);
		if (cp > 0xFFFF)
			cp = '?';
		h[0] = digits[(cp >> 12) & 15];
		h[1] = digits[(cp >> 8) & 15];
		h[2] = digits[(cp >> 4) & 15];
		h[3] = digits[cp & 15];
		buf_addn(b, h, 4);
	}
}

void
tags_tj_start(struct tj *tj, double x, double lead, double size)
{
	tj->pos = x;
	tj->ops.len = 0;
	buf_add(&tj->ops, "[<");
	tj->open = 1;
	if (lead > 0) {	/* a space, then back over it */
		tags_hex16(&tj->ops, " ", 1);
		buf_addf(&tj->ops, "> %ld <", lround(lead * 1000 / size));
	}
}

/* A gap of a space or more keeps its space character, for readers that
 * copy the text; the rest of it is an offset in thousandths of the size,
 * negative to the right. */
void
tags_tj_gap(struct tj *tj, double x, double space, double size)
{
	double gap = x - tj->pos;
	long adj;

	if (gap > 0.1) {
		tags_hex16(&tj->ops, " ", 1);
		tj->pos += space;
		gap -= space;
	}
	adj = lround(-gap * 1000 / size);
	if (adj != 0) {
		buf_addf(&tj->ops, "> %ld <", adj);
		tj->pos -= adj * size / 1000;
	}
}

void
tags_tj_add(struct tj *tj, const char *s, size_t len, double w)
{
	tags_hex16(&tj->ops, s, len);
	tj->pos += w;
}

void
tags_tj_end(struct tj *tj)
{
	buf_add(&tj->ops, ">] TJ\n");
	tj->open = 0;
}

/* The operator that opens the marked content t->mark: mcid is
 * MARK_ELEM's. The text is op's (n bytes) or a constant. */
static const char *
mark_op(const struct tags *t, int mcid, char *op, size_t n)
{
	static const char *const furniture[] = {
		[ARTIFACT_HEADER] = "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
		[ARTIFACT_FOOTER] = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
		[ARTIFACT_WATERMARK] = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\n",
		[ARTIFACT_REPEAT] = "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
	};

	if (t->mark == MARK_DECOR)
		return "/Artifact BMC\n";
	if (t->mark == MARK_ARTIFACT)
		return furniture[t->artifact];
	snprintf(op, n, "/%s <</MCID %d>> BDC\n", t->elems[t->mark_elem].tag, mcid);
	return op;
}

void
tags_mark(struct tags *t, int decoration)
{
	size_t e;
	enum mark want = tags_want(t, decoration, &e);
	char op[48];

	if (t->mark == want && t->mark_elem == e)
		return;
	tags_mark_close(t);
	t->mark = want;
	t->mark_elem = e;
	t->out.put(t->out.ctx, mark_op(t, want == MARK_ELEM ? t->out.mcid(t->out.ctx, e) : 0, op,
	    sizeof op));
}

/* A sequence and a text object may not overlap. */
void
tags_mark_close(struct tags *t)
{
	t->out.end_text(t->out.ctx);
	if (t->mark != MARK_NONE)
		t->out.put(t->out.ctx, "EMC\n");
	t->in_span = 0;
	t->mark = MARK_NONE;
}

/* It is a sequence of its own, not one nested in the element's: readers
 * that collect an MCID's text stop at the end of a nested one. Its tag is
 * Span, the one poppler reads ActualText of. */
void
tags_span_open(struct tags *t, const char *text)
{
	struct buf u = {0}, op = {0};
	size_t i, e;

	tags_mark_close(t);
	if (t->nopen == 0)
		return;
	e = t->open[t->nopen - 1];
	link_text(t, 0, text, strlen(text));	/* the rest of a word, read as it */
	tags_utf16be(&u, text, 1024);
	buf_addf(&op, "/Span <</MCID %d /ActualText <", t->out.mcid(t->out.ctx, e));
	for (i = 0; i < u.len; i++)
		buf_addf(&op, "%02X", (unsigned char)u.s[i]);
	buf_add(&op, ">>> BDC\n");
	t->out.put(t->out.ctx, op.s);
	t->mark = MARK_ELEM;
	t->mark_elem = e;
	t->in_span = 1;
	buf_free(&u);
	buf_free(&op);
}

void
tags_span_close(struct tags *t)
{
	if (t->in_span)
		tags_mark_close(t);
}

/* libharu 2.3.0 writes one `begincidrange <0000> <FFFF> 0` as the
 * ToUnicode map of a UTF-8 font, which is not a ToUnicode map at all:
 * text extraction works by luck and screen readers may get nothing. With
 * the UTF-8 encoder each character's code is its code point, so the right
 * map sends every code to itself: 248 bfranges (surrogates left out). */
void
tags_to_unicode(struct buf *b)
{
	unsigned hi, n = 0, total = 256 - 8;

	buf_add(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (hi = 0; hi < 256; hi++) {
		if (hi >= 0xD8 && hi <= 0xDF)
			continue;
		if (n % 100 == 0)
			buf_addf(b, "%u beginbfrange\n", total - n < 100 ? total - n : 100);
		buf_addf(b, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
		if (++n % 100 == 0 || n == total)
			buf_add(b, "endbfrange\n");
	}
	buf_add(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

void
tags_forget(struct tags *t)
{
	size_t i;

	for (i = 0; i < t->nelems; i++)
		t->elems[i].key = NULL;
	keymap_clear(&t->index);
}

size_t
tags_groups(size_t n)
{
	return n <= TAGS_MAX_KIDS ? 1 : (n + TAGS_MAX_KIDS - 1) / TAGS_MAX_KIDS;
}

size_t
tags_group_start(size_t n, size_t i)
{
	size_t g = tags_groups(n);

	/* i * n / g without overflow: n is far below SIZE_MAX / g. */
	return i >= g ? n : i * n / g;
}

unsigned
tags_width(uint16_t **adv, const char *s, size_t len,
    unsigned (*measure)(void *ctx, const char *s, size_t n), void *ctx)
{
	const char *end = s + len;
	unsigned total = 0, w;
	uint32_t cp;
	size_t n;

	if (*adv == NULL)
		*adv = xcalloc(0x10000, sizeof **adv);
	for (; s < end; s += n) {
		if ((n = utf8_decode(s, &cp)) > (size_t)(end - s)) {
			n = (size_t)(end - s);	/* a cut character: measured, not kept */
			cp = 0x110000;
		}
		if (cp <= 0xFFFF && (*adv)[cp] != 0) {
			total += (*adv)[cp] - 1u;
			continue;
		}
		w = measure(ctx, s, n);
		if (cp <= 0xFFFF && w < 0xFFFF)
			(*adv)[cp] = (uint16_t)(w + 1);
		total += w;
	}
	return total;
}

static const char *const face_files[FONT_NFACES] = {
	"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
};

char *
tags_face_path(const char *fontdir, enum dev_font f)
{
	return xasprintf("%s/%s", fontdir, face_files[f]);
}

int
tags_faces_readable(const char *fontdir)
{
	int f;

	for (f = 0; f < FONT_NFACES; f++) {
		char *path = tags_face_path(fontdir, f);
		struct srcpos pos = { path, 0, 0, NULL };

		if (access(path, R_OK) == -1) {
			diag(D_FONT_UNREADABLE, &pos, "%s", strerror(errno));
			free(path);
			return -1;
		}
		free(path);
	}
	return 0;
}

int
tags_rest_of_word(struct tags *t, const struct dev *d, enum dev_font f, double size,
    struct rgb c, double x, double y, const char *s, size_t len, double w)
{
	size_t n = tags_rest(t, s, len);
	double w1;

	if (n == 0)
		return 0;
	w1 = d->ops->text_width(d->ctx, f, size, s, n);
	tags_span_open(t, "");
	d->ops->text(d->ctx, f, size, c, x, y, s, n, w1);
	tags_span_close(t);
	d->ops->text(d->ctx, f, size, c, x + w1, y, s + n, len - n, w - w1);
	return 1;
}
