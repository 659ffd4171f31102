/* layout.c: places the document tree on pages. It walks the tree once,
 * entering and leaving each node, and tells the device the structure as
 * it goes (dev.h: begin and end). Blocks flow down the page and break to
 * the next; their lines come from layout_lines.c (total fit), tables and
 * the front sheet from layout_table.c, charts from layout_chart.c;
 * "Page x of y" is drawn last, when the number of pages is known. */
#include "layout_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_chart.h"
#include "util.h"

static const struct rgb grey = { 0.35, 0.35, 0.35 };
static const struct rgb draft_grey = { 0.86, 0.86, 0.86 };


void
lay_begin(const struct lay *L, enum dev_role role, const void *key)
{
	L->dev->ops->begin(L->dev->ctx, role, &(struct dev_attrs){ .key = key });
}

void
lay_end(const struct lay *L, enum dev_role role)
{
	L->dev->ops->end(L->dev->ctx, role);
}

void
lay_artifact(const struct lay *L, enum dev_artifact kind)
{
	L->dev->ops->begin(L->dev->ctx, ROLE_ARTIFACT, &(struct dev_attrs){ .artifact = kind });
}

/* Page furniture drawn as each page starts (under the content). */
void
lay_new_page(struct lay *L)
{
	const struct doc *d = L->doc;
	const struct dev *v = L->dev;

	L->page++;
	if (v->ops->page(v->ctx, L->page, PAGE_W, PAGE_H) == -1)
		L->failed = 1;
	L->y = BODY_TOP;
	if (d->draft) {
		lay_artifact(L, ARTIFACT_WATERMARK);
		v->ops->text_rotated(v->ctx, FONT_BOLD, 110, draft_grey,
		    PAGE_W / 2 - 215, PAGE_H / 2 + 160, 45, "DRAFT");
		lay_end(L, ROLE_ARTIFACT);
	}
	lay_artifact(L, ARTIFACT_HEADER);
	if (d->header != NULL)
		v->ops->text(v->ctx, FONT_REGULAR, 8.5, grey, MARGIN_L, 40, d->header,
		    strlen(d->header), -1);
	if (d->marking != NULL)
		v->ops->text(v->ctx, FONT_BOLD, 7.5, black, MARGIN_L, 54, d->marking,
		    strlen(d->marking), -1);
	v->ops->line(v->ctx, MARGIN_L, 60, PAGE_W - MARGIN_R, 60, 0.5, rule);
	lay_end(L, ROLE_ARTIFACT);
}

double
lay_width(struct lay *L, enum dev_font f, double size, const char *s, size_t n)
{
	return lines_width(L->lines, f, size, s, n);
}

/* How many lines of b from line `from` fit above the foot of the page. */
static size_t
lines_fitting(const struct lay *L, const struct tbox *b, size_t from)
{
	double y = L->y;
	size_t i;

	for (i = from; i < b->nl; i++) {
		y += (i > from || L->y > BODY_TOP ? b->l[i].before : 0) + b->l[i].height;
		if (y > BODY_BOT)
			break;
	}
	return i - from;
}

/* Places a box in the flow, breaking pages between lines: the first
 * `keep` lines stay together (at least two: no orphan at the foot of a
 * page), and no line is left alone at the head of the next (no widow). */
static void
place_box(struct lay *L, const struct tbox *b, double x, size_t keep)
{
	size_t i = 0, fit, k;

	if (keep < 2)
		keep = 2;
	while (i < b->nl) {
		fit = lines_fitting(L, b, i);
		if (fit < b->nl - i) {
			if (i == 0 && fit < keep && fit < b->nl && L->y > BODY_TOP) {
				lay_new_page(L);
				continue;
			}
			/* One line alone at the head of the next page: take one
			 * more with it, or move a short paragraph whole. */
			if (b->nl - i - fit == 1 && fit >= 3)
				fit--;
			else if (b->nl - i - fit == 1 && i == 0 && L->y > BODY_TOP) {
				lay_new_page(L);
				continue;
			}
			if (fit == 0)
				fit = 1;	/* a line taller than a page */
		}
		for (k = i; k < i + fit; k++) {
			L->y += k > i || L->y > BODY_TOP ? b->l[k].before : 0;
			box_draw(L->dev, b, k, k + 1, x, L->y);
			L->y += b->l[k].height;
		}
		i += fit;
		if (i < b->nl)
			lay_new_page(L);
	}
}

/* A heading as printed: "2. Background", "5.1 Finance", "Appendix 1: Action plan".
 * Caller frees. */
static char *
heading_title(const struct doc_node *n)
{
	const struct doc_heading *h = &n->as.heading;

	if (n->type == DOC_APPENDIX)
		return xasprintf("Appendix %s: %s", h->number ? h->number : "", h->title);
	if (h->number != NULL)
		return xasprintf("%s%s %s", h->number, h->level == 1 ? "." : "", h->title);
	return xstrdup(h->title);
}

/* Lines of a single run of text, as a paragraph. */
static void
text_lines(struct lay *L, struct tbox *b, const char *text, const struct pstyle *st)
{
	struct doc_node para = {0}, run = {0};

	run.type = DOC_TEXT;
	run.as.text.str = (char *)text;
	para.type = DOC_PARA;
	para.first = para.last = &run;
	lines_inline(L->lines, b, &para, st);
}

/* What must stand on the same page as the heading before block n: two
 * lines of a paragraph, the heading of a subsection, the whole of a short
 * table, or a chart, which never splits. */
static double
keep_height(struct lay *L, const struct doc_node *n)
{
	if (n == NULL)
		return 0;
	switch (n->type) {
	case DOC_SECTION:
		return HEAD_GAP + 20 + 2 * BODY_LEAD;
	case DOC_TABLE:
		return layout_table_keep(L, n, TEXT_W);
	case DOC_CHART:
		return PARA_GAP + layout_chart_height(L->lines, n, TEXT_W);
	default:
		return 2 * BODY_LEAD + PARA_GAP;
	}
}

static void
heading(struct lay *L, const struct doc_node *n, int level)
{
	struct tbox b = {0};
	char *title = heading_title(n);
	double size = level == 0 ? 14 : level == 1 ? 12.5 : 11, keep;

	text_lines(L, &b, title, &(struct pstyle){ FONT_BOLD, size, size * 1.3, 0, TEXT_W, NULL,
	    0, 0, ALIGN_LEFT, NULL });
	/* Keep the heading with what follows (see keep_height), and with a
	 * short table or a chart after a first short paragraph too. */
	keep = keep_height(L, n->first);
	if (n->first != NULL && n->first->type == DOC_PARA && n->first->next != NULL &&
	    (n->first->next->type == DOC_TABLE || n->first->next->type == DOC_CHART))
		keep += keep_height(L, n->first->next);
	if (keep > BODY_BOT - BODY_TOP - 40)
		keep = 2 * BODY_LEAD;
	if (L->y + HEAD_GAP + box_height(&b) + keep > BODY_BOT && L->y > BODY_TOP)
		lay_new_page(L);
	else if (L->y > BODY_TOP)
		L->y += HEAD_GAP;
	L->dev->ops->outline(L->dev->ctx, level <= 1 ? 1 : 2, title, L->y);
	if (n->type != DOC_CONTENTS) {
		L->toc = xgrow(L->toc, &L->tcap, L->ntoc + 1, sizeof *L->toc);
		L->toc[L->ntoc++] = (struct tocent){ n, L->page, L->y };
	}
	/* A section is H2, its sub-section H3 (H1 is kept for a paper's
	 * title); an appendix (level 0) and the contents list are H2 too. */
	L->dev->ops->begin(L->dev->ctx, ROLE_HEADING, &(struct dev_attrs){ .key = n,
	    .level = level + 1 < 2 ? 2 : level + 1 > 6 ? 6 : level + 1 });
	place_box(L, &b, MARGIN_L, b.nl);
	lay_end(L, ROLE_HEADING);
	L->y += 4;
	box_free(&b);
	free(title);
}

/* Whether paragraph n ends in a colon, leading in to the block after it. */
static int
leads_in(const struct doc_node *n)
{
	const struct doc_node *last = n;
	size_t len;

	while (last->last != NULL)
		last = last->last;
	if (last->type != DOC_TEXT || n->next == NULL)
		return 0;
	len = strlen(last->as.text.str);
	while (len > 0 && last->as.text.str[len - 1] == ' ')
		len--;
	return len > 0 && last->as.text.str[len - 1] == ':';
}

static void
paragraph(struct lay *L, const struct doc_node *n)
{
	struct tbox b = {0};
	double indent = n->as.para.number ? NUM_INDENT : 0;

	lines_inline(L->lines, &b, n, &(struct pstyle){ FONT_REGULAR, BODY_SIZE, BODY_LEAD,
	    indent, TEXT_W - indent, n->as.para.number, NUM_INDENT, 0,
	    (n->flags & DOC_RAGGED) ? ALIGN_LEFT : ALIGN_JUSTIFY, NULL });
	if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	/* A lead-in ending in a colon stays with what it leads in to. */
	if (L->y > BODY_TOP && leads_in(n)) {
		double need = box_height(&b) + keep_height(L, n->next);

		if (L->y + need > BODY_BOT && need <= BODY_BOT - BODY_TOP)
			lay_new_page(L);
	}
	lay_begin(L, ROLE_PARA, n);
	place_box(L, &b, MARGIN_L, 2);
	lay_end(L, ROLE_PARA);
	box_free(&b);
}

static void
list(struct lay *L, const struct doc_node *n)
{
	const struct doc_node *item;
	struct tbox b = {0};
	/* A list under a numbered paragraph sits at the paragraph's text. */
	double left = NUM_INDENT + ITEM_INDENT;

	lay_begin(L, ROLE_LIST, n);
	for (item = n->first; item != NULL; item = item->next) {
		box_clear(&b);
		lines_inline(L->lines, &b, item, &(struct pstyle){ FONT_REGULAR, BODY_SIZE,
		    BODY_LEAD, left, TEXT_W - left, item->as.item.label, ITEM_INDENT, 0,
		    (item->flags & DOC_RAGGED) ? ALIGN_LEFT : ALIGN_JUSTIFY, item });
		L->y += item == n->first ? PARA_GAP * 0.6 : 2;
		lay_begin(L, ROLE_ITEM, item);
		place_box(L, &b, MARGIN_L, 2);
		lay_end(L, ROLE_ITEM);
	}
	lay_end(L, ROLE_LIST);
	box_free(&b);
}

/* A chart moves whole to the next page when it does not fit. */
static void
chart(struct lay *L, const struct doc_node *n)
{
	double h = layout_chart_height(L->lines, n, TEXT_W);

	if (L->y + PARA_GAP + h > BODY_BOT && L->y > BODY_TOP)
		lay_new_page(L);
	else if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	layout_chart_draw(L->lines, n, MARGIN_L, L->y, TEXT_W);
	L->y += h;
}

/* The headings a contents list shows, in document order. */
static void
toc_nodes(const struct doc_node *n, const struct doc_node ***out, size_t *nout, size_t *cap)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type != DOC_SECTION && c->type != DOC_APPENDIX)
			continue;
		if (c->type == DOC_APPENDIX || c->as.heading.level <= 2) {
			*out = xgrow(*out, cap, *nout + 1, sizeof **out);
			(*out)[(*nout)++] = c;
		}
		if (c->as.heading.level < 2)
			toc_nodes(c, out, nout, cap);
	}
}

/* A contents list: each heading with its page number, both a link to it.
 * The page numbers come from a first pass over the whole document. */
static void
contents(struct lay *L, const struct doc_node *n)
{
	const struct doc_node **heads = NULL;
	size_t nheads = 0, cap = 0, i, k;
	struct tbox b = {0};
	double numw = 40;

	heading(L, n, 1);
	lay_begin(L, ROLE_TOC, n);
	toc_nodes(L->doc->root, &heads, &nheads, &cap);
	for (i = 0; i < nheads; i++) {
		const struct tocent *at = NULL;
		int sub = heads[i]->type == DOC_SECTION && heads[i]->as.heading.level == 2;
		double indent = sub ? ITEM_INDENT * 2 : 0;
		char *title = heading_title(heads[i]), num[16];
		double top;

		for (k = 0; k < L->nknown; k++)
			if (L->known[k].node == heads[i])
				at = &L->known[k];
		snprintf(num, sizeof num, "%d", at ? at->page + 1 : 0);
		box_clear(&b);
		text_lines(L, &b, title, &(struct pstyle){ sub ? FONT_REGULAR : FONT_BOLD,
		    BODY_SIZE, BODY_LEAD, indent, TEXT_W - indent - numw, NULL, 0, i ? 3 : PARA_GAP,
		    ALIGN_LEFT, NULL });
		if (L->y + box_height(&b) > BODY_BOT)
			lay_new_page(L);
		top = L->y + (L->y > BODY_TOP ? b.l[0].before : 0);
		/* An entry is one link, its heading's key standing for both. */
		lay_begin(L, ROLE_TOC_ITEM, heads[i]);
		lay_begin(L, ROLE_LINK, heads[i]);
		place_box(L, &b, MARGIN_L, b.nl);
		L->dev->ops->text(L->dev->ctx, FONT_REGULAR, BODY_SIZE, black,
		    MARGIN_L + TEXT_W - lay_width(L, FONT_REGULAR, BODY_SIZE, num, strlen(num)),
		    L->y - BODY_LEAD * 0.5 + BODY_SIZE * 0.35, num, strlen(num), -1);
		if (at != NULL)
			L->dev->ops->goto_page(L->dev->ctx, MARGIN_L, top, TEXT_W, L->y - top, at->page,
			    at->y);
		lay_end(L, ROLE_LINK);
		lay_end(L, ROLE_TOC_ITEM);
		free(title);
	}
	lay_end(L, ROLE_TOC);
	box_free(&b);
	free(heads);
}

/* Lays out the tree in one walk: containers tell the device they begin
 * on the way in and end on the way out; a block whose layout needs all
 * of it at once (a paragraph, a table) is laid out on the way in and its
 * children passed over. */
static void
layout_tree(struct lay *L, const struct doc_node *root)
{
	struct doc_iter it;
	enum doc_event ev;

	doc_iter_init(&it, root);
	while (!L->failed && (ev = doc_iter_next(&it)) != DOC_DONE) {
		const struct doc_node *c = it.node;

		if (ev == DOC_EXIT) {
			if (c->type == DOC_DOCUMENT)
				lay_end(L, ROLE_DOCUMENT);
			else if (c->type == DOC_SECTION || c->type == DOC_APPENDIX)
				lay_end(L, ROLE_SECTION);
			continue;
		}
		switch (c->type) {
		case DOC_DOCUMENT:
			lay_begin(L, ROLE_DOCUMENT, c);
			break;
		case DOC_FRONTSHEET:
			layout_frontsheet(L, c);
			doc_iter_skip(&it);
			break;
		case DOC_SECTION:
			lay_begin(L, ROLE_SECTION, c);
			heading(L, c, c->as.heading.level);
			break;
		case DOC_APPENDIX:
			if (L->y > BODY_TOP)
				lay_new_page(L);
			lay_begin(L, ROLE_SECTION, c);
			heading(L, c, 0);
			break;
		case DOC_PARA:
			paragraph(L, c);
			doc_iter_skip(&it);
			break;
		case DOC_LIST:
			list(L, c);
			doc_iter_skip(&it);
			break;
		case DOC_TABLE:
			/* Within the margins, as the front sheet is. */
			layout_table(L, c, MARGIN_L, TEXT_W);
			doc_iter_skip(&it);
			break;
		case DOC_CHART:
			chart(L, c);
			break;
		case DOC_PAGEBREAK:
			if (L->y > BODY_TOP)
				lay_new_page(L);
			break;
		case DOC_CONTENTS:
			lay_begin(L, ROLE_SECTION, c);
			contents(L, c);
			lay_end(L, ROLE_SECTION);
			break;
		default:
			doc_iter_skip(&it);
			break;
		}
	}
}

/* The first pass of a paper with a contents list measures through the
 * real device and draws nothing. */
struct quiet {
	const struct dev *real;
};

static double
q_text_width(void *ctx, enum dev_font f, double size, const char *s, size_t len)
{
	const struct dev *r = ((struct quiet *)ctx)->real;

	return r->ops->text_width(r->ctx, f, size, s, len);
}

static int
q_has_glyph(void *ctx, enum dev_font f, uint32_t cp)
{
	const struct dev *r = ((struct quiet *)ctx)->real;

	return r->ops->has_glyph(r->ctx, f, cp);
}

static int q_page(void *c, int i, double w, double h) { (void)c; (void)i; (void)w; (void)h; return 0; }
static void q_text(void *c, enum dev_font f, double s, struct rgb k, double x, double y,
    const char *t, size_t n, double w)
    { (void)c; (void)f; (void)s; (void)k; (void)x; (void)y; (void)t; (void)n; (void)w; }
static void q_rotated(void *c, enum dev_font f, double s, struct rgb k, double x, double y,
    double a, const char *t) { (void)c; (void)f; (void)s; (void)k; (void)x; (void)y; (void)a; (void)t; }
static void q_line(void *c, double a, double b, double d, double e, double w, struct rgb k)
    { (void)c; (void)a; (void)b; (void)d; (void)e; (void)w; (void)k; }
static void q_rect(void *c, double x, double y, double w, double h, struct rgb k)
    { (void)c; (void)x; (void)y; (void)w; (void)h; (void)k; }
static void q_path(void *c, const struct dev_point *p, size_t n, int cl, const struct rgb *f,
    const struct dev_stroke *s) { (void)c; (void)p; (void)n; (void)cl; (void)f; (void)s; }
static void q_begin(void *c, enum dev_role r, const struct dev_attrs *a) { (void)c; (void)r; (void)a; }
static void q_end(void *c, enum dev_role r) { (void)c; (void)r; }
static void q_link(void *c, double x, double y, double w, double h, const char *u)
    { (void)c; (void)x; (void)y; (void)w; (void)h; (void)u; }
static void q_goto(void *c, double x, double y, double w, double h, int p, double t)
    { (void)c; (void)x; (void)y; (void)w; (void)h; (void)p; (void)t; }
static void q_outline(void *c, int l, const char *t, double y) { (void)c; (void)l; (void)t; (void)y; }
static void q_meta(void *c, const struct dev_meta *m) { (void)c; (void)m; }
static void q_page_label(void *c, int p, const char *s) { (void)c; (void)p; (void)s; }
static void q_forget(void *c) { (void)c; }

static const struct dev_ops quiet_ops = {
	.text_width = q_text_width,
	.has_glyph = q_has_glyph,
	.page = q_page,
	.text = q_text,
	.text_rotated = q_rotated,
	.line = q_line,
	.fill_rect = q_rect,
	.path = q_path,
	.begin = q_begin,
	.end = q_end,
	.link = q_link,
	.goto_page = q_goto,
	.outline = q_outline,
	.set_meta = q_meta,
	.page_label = q_page_label,
	.forget_keys = q_forget,
};

static int
has_contents(const struct doc_node *n)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL; c = c->next)
		if (c->type == DOC_CONTENTS)
			return 1;
	return 0;
}

/* Lays the whole document out once; returns the number of pages. */
static int
pass(struct lay *L)
{
	/* Charts draw through the lines' device: the quiet one on a first
	 * pass, not the real one. */
	L->lines->dev = L->dev;
	lay_new_page(L);
	layout_tree(L, L->doc->root);
	return L->page + 1;
}

/* Lays doc out through the quiet device from page index first into *L,
 * which keeps where its headings landed; returns its number of pages. */
static int
measure(const struct doc *doc, const struct dev *dev, struct lines_ctx *lines, int first,
    struct lay *L)
{
	struct quiet q = { dev };
	struct dev qdev = { &quiet_ops, &q };
	int pages;

	L->doc = doc;
	L->dev = &qdev;
	L->lines = lines;
	L->page = first - 1;
	pages = pass(L) - first;
	L->dev = NULL;
	L->lines->dev = dev;
	return pages;
}

int
layout_pages(const struct doc *doc, const struct dev *dev)
{
	struct lines_ctx lines = { dev, NULL };
	struct lay L = {0};
	int pages = measure(doc, dev, &lines, 0, &L);

	lines_free(&lines);
	free(L.toc);
	return pages;
}

/* layout_part, telling the device meta (when not NULL) before it draws. */
static int
run(const struct doc *doc, const struct dev *dev, int first, int total,
    const struct dev_meta *meta)
{
	struct lines_ctx lines = { dev, NULL };
	struct lay L = {0}, head = {0};
	int i, pages;

	if (has_contents(doc->root))
		measure(doc, dev, &lines, first, &head);
	if (meta != NULL)
		dev->ops->set_meta(dev->ctx, meta);
	L.doc = doc;
	L.dev = dev;
	L.lines = &lines;
	L.page = first - 1;
	L.known = head.toc;
	L.nknown = head.ntoc;
	pages = pass(&L) - first;
	/* "Page x of y" needs y: drawn now on every page. */
	for (i = first; i < first + pages && !L.failed; i++) {
		char *t = xasprintf("Page %d of %d", i + 1, total > 0 ? total : pages);
		double w = lay_width(&L, FONT_REGULAR, 9, t, strlen(t));

		if (dev->ops->page(dev->ctx, i, PAGE_W, PAGE_H) == -1)
			L.failed = 1;
		lay_artifact(&L, ARTIFACT_FOOTER);
		dev->ops->text(dev->ctx, FONT_REGULAR, 9, grey, (PAGE_W - w) / 2, PAGE_H - 36, t,
		    strlen(t), w);
		lay_end(&L, ROLE_ARTIFACT);
		free(t);
	}
	lines_free(&lines);
	free(head.toc);
	free(L.toc);
	if (L.failed) {
		diag(D_PDF_PAGE, NULL, NULL);
		return -1;
	}
	return pages;
}

int
layout_run(const struct doc *doc, const struct dev *dev)
{
	struct dev_meta meta = { doc->title, doc->author, doc->subject, doc->keywords, doc->date,
	    doc->draft };

	return run(doc, dev, 0, 0, &meta);
}

int
layout_part(const struct doc *doc, const struct dev *dev, int first, int total)
{
	return run(doc, dev, first, total, NULL);
}
