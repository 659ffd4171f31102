/* layout.c: places the document tree on pages. Words are measured through
 * the device and broken into lines here (greedy, left-aligned); blocks flow
 * down the page and break to the next; table header rows repeat on every
 * page a table continues on; page furniture is drawn last, when the number
 * of pages is known. */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MARGIN_L   56.7		/* pt */
#define MARGIN_R   56.7
#define BODY_TOP   76.0		/* below the running header and marking */
#define BODY_BOT   (PAGE_H - 60.0)	/* above the footer */
#define TEXT_W     (PAGE_W - MARGIN_L - MARGIN_R)

#define BODY_SIZE  11.0
#define BODY_LEAD  14.5
#define TABLE_SIZE 9.0
#define TABLE_LEAD 11.5
#define CELL_PAD   3.5
#define NUM_INDENT 36.0		/* numbered paragraphs hang their number */
#define ITEM_INDENT 18.0	/* list labels */
#define PARA_GAP   7.0
#define HEAD_GAP   12.0
#define JUSTIFY_MIN 90.0	/* narrower cells stay ragged */
#define MAX_STRETCH 0.5		/* em added to a word gap at most */

static const struct rgb black = { 0, 0, 0 };
static const struct rgb grey = { 0.35, 0.35, 0.35 };
static const struct rgb rule = { 0.55, 0.55, 0.55 };
static const struct rgb head_fill = { 0.85, 0.88, 0.92 };
static const struct rgb group_fill = { 0.93, 0.94, 0.96 };
static const struct rgb label_fill = { 0.95, 0.95, 0.95 };
static const struct rgb link_blue = { 0.02, 0.27, 0.58 };
static const struct rgb draft_grey = { 0.86, 0.86, 0.86 };

/* A run of text placed on a line; x from the left of its box. */
struct piece {
	const char   *s;
	size_t        len;
	double        x;
	double        w;
	enum dev_font font;
	struct rgb    colour;
	int           space;	/* a space comes before it */
};

/* A line of a box: its pieces, the space above it and its height. */
struct tline {
	size_t first;
	size_t n;
	double before;
	double height;
	double size;
};

/* Lines ready to be placed, e.g. a paragraph or one table cell. */
struct tbox {
	struct piece *p;
	size_t        np, pcap;
	struct tline *l;
	size_t        nl, lcap;
};

struct lay {
	const struct doc *doc;
	const struct dev *dev;
	int               page;		/* index of the current page, -1 before the first */
	double            y;		/* top of free space on it */
	int               failed;
	struct piece     *words;	/* scratch for line breaking */
	size_t            nwords, wcap;
};

/* Page furniture drawn as each page starts (under the content). */
static void
new_page(struct lay *L)
{
	const struct doc *d = L->doc;
	const struct dev *v = L->dev;

	L->page++;
	if (v->ops->page(v->ctx, L->page, PAGE_W, PAGE_H) == -1)
		L->failed = 1;
	L->y = BODY_TOP;
	if (d->draft)
		v->ops->text_rotated(v->ctx, FONT_BOLD, 110, draft_grey,
		    PAGE_W / 2 - 215, PAGE_H / 2 + 160, 45, "DRAFT");
	if (d->header != NULL)
		v->ops->text(v->ctx, FONT_REGULAR, 8.5, grey, MARGIN_L, 40, d->header,
		    strlen(d->header));
	if (d->marking != NULL)
		v->ops->text(v->ctx, FONT_BOLD, 7.5, black, MARGIN_L, 54, d->marking,
		    strlen(d->marking));
	v->ops->line(v->ctx, MARGIN_L, 60, PAGE_W - MARGIN_R, 60, 0.5, rule);
}

static double
width(const struct lay *L, enum dev_font f, double size, const char *s, size_t n)
{
	return L->dev->ops->text_width(L->dev->ctx, f, size, s, n);
}

static void
box_clear(struct tbox *b)
{
	b->np = b->nl = 0;
}

static void
box_free(struct tbox *b)
{
	free(b->p);
	free(b->l);
	memset(b, 0, sizeof *b);
}

static struct tline *
box_line(struct tbox *b, double before, double height, double size)
{
	struct tline *l;

	b->l = xgrow(b->l, &b->lcap, b->nl + 1, sizeof *b->l);
	l = &b->l[b->nl++];
	l->first = b->np;
	l->n = 0;
	l->before = before;
	l->height = height;
	l->size = size;
	return l;
}

static void
box_piece(struct tbox *b, const struct piece *p)
{
	b->p = xgrow(b->p, &b->pcap, b->np + 1, sizeof *b->p);
	b->p[b->np++] = *p;
	b->l[b->nl - 1].n++;
}

static double
box_height(const struct tbox *b)
{
	double h = 0;
	size_t i;

	for (i = 0; i < b->nl; i++)
		h += b->l[i].before + b->l[i].height;
	return h;
}

/* Splits the inline content of n into pieces, one per word fragment. */
static void
collect(struct lay *L, const struct doc_node *n, enum dev_font font, struct rgb colour,
    double size, int *space)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_TEXT) {
			const char *s = c->text;

			while (*s != '\0') {
				const char *e;
				struct piece *p;

				if (*s == ' ') {
					*space = 1;
					s++;
					continue;
				}
				for (e = s; *e != '\0' && *e != ' '; e++)
					;
				L->words = xgrow(L->words, &L->wcap, L->nwords + 1, sizeof *L->words);
				p = &L->words[L->nwords++];
				p->s = s;
				p->len = (size_t)(e - s);
				p->font = font;
				p->colour = colour;
				p->space = *space;
				p->w = width(L, font, size, s, p->len);
				p->x = 0;
				*space = 0;
				s = e;
			}
		} else if (c->type == DOC_BOLD) {
			collect(L, c, FONT_BOLD, colour, size, space);
		} else if (c->type == DOC_ITALIC) {
			collect(L, c, FONT_ITALIC, colour, size, space);
		} else if (c->type == DOC_LINK) {
			collect(L, c, font, link_blue, size, space);
		}
	}
}

/* Length of the longest prefix of s[0..n) that fits in w, at least one
 * character, cut between UTF-8 characters. */
static size_t
fit_prefix(const struct lay *L, const struct piece *p, double size, double w)
{
	size_t cut = 0, next = 0;
	uint32_t cp;

	while (next < p->len) {
		size_t step = utf8_decode(p->s + next, &cp);

		if (width(L, p->font, size, p->s, next + step) > w && cut > 0)
			break;
		next += step;
		cut = next;
	}
	return cut;
}

/* Spreads the slack of a full line over its word gaps, so that it ends
 * at the right edge (the last line of a paragraph stays ragged, and so
 * does a line whose gaps would open wider than MAX_STRETCH em). */
static void
justify(struct tbox *b, size_t first, double slack, double size)
{
	size_t k, gaps = 0;
	double step, shift = 0;

	for (k = first + 1; k < b->np; k++)
		gaps += b->p[k].space != 0;
	if (gaps == 0 || slack <= 0)
		return;
	step = slack / (double)gaps;
	if (step > MAX_STRETCH * size)
		return;
	for (k = first + 1; k < b->np; k++) {
		shift += b->p[k].space ? step : 0;
		b->p[k].x += shift;
	}
}

/* Breaks the inline content of n into lines of at most w pt, starting at
 * x0 within the box. label, if any, is drawn at x0 - hang on the first
 * line. With just set, full lines are justified. */
static void
box_inline(struct lay *L, struct tbox *b, const struct doc_node *n, enum dev_font font,
    double size, double lead, double x0, double w, const char *label, double hang,
    double before, int just)
{
	double x = 0, space_w;
	size_t i, first;
	int space = 0;
	struct tline *line;

	L->nwords = 0;
	collect(L, n, font, black, size, &space);
	line = box_line(b, before, lead, size);
	if (label != NULL) {
		struct piece lp = { label, strlen(label), x0 - hang, 0, font, black, 0 };

		lp.w = width(L, font, size, label, lp.len);
		box_piece(b, &lp);
	}
	first = b->np;
	space_w = width(L, font, size, " ", 1);
	for (i = 0; i < L->nwords; i++) {
		struct piece p = L->words[i];
		double wordw = p.w, gap = (p.space && x > 0) ? space_w : 0;
		size_t j;

		/* The whole word: this piece and any glued to it. */
		for (j = i + 1; j < L->nwords && !L->words[j].space; j++)
			wordw += L->words[j].w;
		if (x > 0 && x + gap + wordw > w) {
			if (just)
				justify(b, first, w - x, size);
			line = box_line(b, 0, lead, size);
			first = b->np;
			x = 0;
			gap = 0;
		}
		/* A piece wider than the line is cut between characters. */
		while (x == 0 && p.w > w) {
			struct piece head = p;

			head.len = fit_prefix(L, &p, size, w);
			if (head.len >= p.len)
				break;
			head.w = width(L, p.font, size, head.s, head.len);
			head.x = x0;
			box_piece(b, &head);
			p.s += head.len;
			p.len -= head.len;
			p.w = width(L, p.font, size, p.s, p.len);
			line = box_line(b, 0, lead, size);
			first = b->np;
		}
		p.x = x0 + x + gap;
		box_piece(b, &p);
		x += gap + p.w;
	}
	(void)line;
}

/* Lays out block content (paragraphs, lists, or bare inline text) of n
 * into b at width w. */
static void
box_blocks(struct lay *L, struct tbox *b, const struct doc_node *n, enum dev_font font,
    double size, double lead, double w)
{
	const struct doc_node *c, *item;
	double before = 0;
	int has_inline = 0;
	/* Running text in a cell wide enough for it is justified like the
	 * body; labels and short values are not. */
	int just = w >= JUSTIFY_MIN && font == FONT_REGULAR;

	for (c = n->first; c != NULL; c = c->next)
		has_inline |= doc_is_inline(c->type);
	if (has_inline || n->first == NULL) {
		box_inline(L, b, n, font, size, lead, 0, w, NULL, 0, 0, just);
		return;
	}
	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_PARA) {
			box_inline(L, b, c, font, size, lead, 0, w, NULL, 0, before, just);
		} else if (c->type == DOC_LIST) {
			for (item = c->first; item != NULL; item = item->next)
				box_inline(L, b, item, font, size, lead, ITEM_INDENT * size / BODY_SIZE,
				    w - ITEM_INDENT * size / BODY_SIZE, item->number,
				    ITEM_INDENT * size / BODY_SIZE, item == c->first ? before : 2, just);
		}
		before = size * 0.45;
	}
}

/* Draws the lines [from, to) of b with its left at x and the first line's
 * top at y. */
static void
draw_lines(struct lay *L, const struct tbox *b, size_t from, size_t to, double x, double y)
{
	const struct dev *v = L->dev;
	size_t i, k;

	for (i = from; i < to; i++) {
		const struct tline *l = &b->l[i];
		double base;

		if (i > from)
			y += l->before;
		base = y + l->height * 0.5 + l->size * 0.35;
		for (k = l->first; k < l->first + l->n; k++) {
			const struct piece *p = &b->p[k];

			v->ops->text(v->ctx, p->font, l->size, p->colour, x + p->x, base, p->s, p->len);
		}
		y += l->height;
	}
}

/* Places a box in the flow, line by line, breaking pages between lines;
 * keep: lines that must stay on the page of the first line. */
static void
place_box(struct lay *L, const struct tbox *b, double x, size_t keep)
{
	size_t i = 0;
	double need = 0;

	for (i = 0; i < keep && i < b->nl; i++)
		need += b->l[i].before + b->l[i].height;
	if (L->y + need > BODY_BOT && L->y > BODY_TOP)
		new_page(L);
	for (i = 0; i < b->nl; i++) {
		const struct tline *l = &b->l[i];
		double before = L->y > BODY_TOP ? l->before : 0;

		if (L->y + before + l->height > BODY_BOT && L->y > BODY_TOP) {
			new_page(L);
			before = 0;
		}
		L->y += before;
		draw_lines(L, b, i, i + 1, x, L->y);
		L->y += l->height;
	}
}

static void layout_blocks(struct lay *L, const struct doc_node *n);

static void
heading(struct lay *L, const struct doc_node *n, int level)
{
	struct tbox b = {0};
	struct doc_node text = {0}, run = {0};
	char *title;
	double size = level == 0 ? 14 : level == 1 ? 12.5 : 11, keep;

	if (n->type == DOC_APPENDIX)
		title = xasprintf("Appendix %s: %s", n->number ? n->number : "", n->text);
	else if (n->number != NULL)
		title = xasprintf("%s%s %s", n->number, level == 1 ? "." : "", n->text);
	else
		title = xstrdup(n->text);
	run.type = DOC_TEXT;
	run.text = title;
	text.type = DOC_PARA;
	text.first = text.last = &run;
	box_inline(L, &b, &text, FONT_BOLD, size, size * 1.3, 0, TEXT_W, NULL, 0, 0, 0);
	/* Keep the heading with two lines of what follows, and with the
	 * heading of its first subsection. */
	keep = 2 * BODY_LEAD + (n->first && n->first->type == DOC_SECTION ? HEAD_GAP + 20 : 0);
	if (L->y + HEAD_GAP + box_height(&b) + keep > BODY_BOT && L->y > BODY_TOP)
		new_page(L);
	else if (L->y > BODY_TOP)
		L->y += HEAD_GAP;
	L->dev->ops->outline(L->dev->ctx, level <= 1 ? 1 : 2, title, L->y);
	place_box(L, &b, MARGIN_L, b.nl);
	L->y += 4;
	box_free(&b);
	free(title);
}

static void
paragraph(struct lay *L, const struct doc_node *n)
{
	struct tbox b = {0};
	double indent = n->number ? NUM_INDENT : 0;

	box_inline(L, &b, n, FONT_REGULAR, BODY_SIZE, BODY_LEAD, indent, TEXT_W - indent,
	    n->number, NUM_INDENT, 0, 1);
	if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	place_box(L, &b, MARGIN_L, 2);
	box_free(&b);
}

static void
list(struct lay *L, const struct doc_node *n)
{
	const struct doc_node *item;
	struct tbox b = {0};
	/* A list under a numbered paragraph sits at the paragraph's text. */
	double left = NUM_INDENT + ITEM_INDENT;

	for (item = n->first; item != NULL; item = item->next) {
		box_clear(&b);
		box_inline(L, &b, item, FONT_REGULAR, BODY_SIZE, BODY_LEAD, left, TEXT_W - left,
		    item->number, ITEM_INDENT, 0, 1);
		L->y += item == n->first ? PARA_GAP * 0.6 : 2;
		place_box(L, &b, MARGIN_L, 2);
	}
	box_free(&b);
}

/* A table row laid out: one box per cell and the x and width of each. */
struct rowlay {
	struct tbox *cells;
	double      *x;
	double      *w;
	int          n;
	size_t      *next;	/* the next line of each cell to draw */
};

static void
row_layout(struct lay *L, const struct doc_node *row, const double *colx,
    const double *colw, int ncols, struct rowlay *r)
{
	const struct doc_node *c;
	int i = 0, col = 0;
	enum dev_font f = (row->flags & (DOC_HEADER | DOC_GROUP)) ? FONT_BOLD : FONT_REGULAR;

	for (c = row->first; c != NULL; c = c->next)
		r->n++;
	r->cells = xcalloc((size_t)r->n, sizeof *r->cells);
	r->x = xcalloc((size_t)r->n, sizeof *r->x);
	r->w = xcalloc((size_t)r->n, sizeof *r->w);
	r->next = xcalloc((size_t)r->n, sizeof *r->next);
	for (c = row->first; c != NULL; c = c->next, i++) {
		int k;

		r->x[i] = col < ncols ? colx[col] : colx[ncols - 1];
		for (k = 0; k < c->span && col < ncols; k++)
			r->w[i] += colw[col++];
		box_blocks(L, &r->cells[i], c, f, TABLE_SIZE, TABLE_LEAD, r->w[i] - 2 * CELL_PAD);
	}
}

static void
row_free(struct rowlay *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		box_free(&r->cells[i]);
	free(r->cells);
	free(r->x);
	free(r->w);
	free(r->next);
	memset(r, 0, sizeof *r);
}

/* How many lines of a cell, from line `from`, fit in avail pt (padding
 * included); returns the end index and sets *h to their height. */
static size_t
cell_fit(const struct tbox *b, size_t from, double avail, double *h)
{
	size_t end = from;

	*h = 0;
	while (end < b->nl) {
		double lh = (end > from ? b->l[end].before : 0) + b->l[end].height;

		if (*h + lh + 2 * CELL_PAD > avail)
			break;
		*h += lh;
		end++;
	}
	return end;
}

/* Height of the row's lines not yet drawn, padding included, within avail. */
static double
row_height(const struct rowlay *r, double avail)
{
	double h = 0, ch;
	int i;

	for (i = 0; i < r->n; i++) {
		cell_fit(&r->cells[i], r->next[i], avail, &ch);
		if (ch > h)
			h = ch;
	}
	return h + 2 * CELL_PAD;
}

static double
row_rest(const struct rowlay *r)
{
	return row_height(r, 1e9);
}

#define ROW_LABEL 0x100	/* the first cell is a shaded label */

/* Draws as much of the row as fits in avail pt; returns the height used.
 * Lines left over stay in r->next for the next page. */
static double
row_draw(struct lay *L, unsigned flags, struct rowlay *r, double avail)
{
	const struct dev *v = L->dev;
	double h = row_height(r, avail), top = L->y, ch;
	int i;

	for (i = 0; i < r->n; i++) {
		size_t end = cell_fit(&r->cells[i], r->next[i], avail, &ch);

		if (flags & DOC_HEADER)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, head_fill);
		else if (flags & DOC_GROUP)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, group_fill);
		else if ((flags & ROW_LABEL) && i == 0)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, label_fill);
		draw_lines(L, &r->cells[i], r->next[i], end, r->x[i] + CELL_PAD, top + CELL_PAD);
		r->next[i] = end;
		v->ops->line(v->ctx, r->x[i], top, r->x[i], top + h, 0.5, rule);
		v->ops->line(v->ctx, r->x[i] + r->w[i], top, r->x[i] + r->w[i], top + h, 0.5, rule);
	}
	v->ops->line(v->ctx, r->x[0], top, r->x[r->n - 1] + r->w[r->n - 1], top, 0.5, rule);
	v->ops->line(v->ctx, r->x[0], top + h, r->x[r->n - 1] + r->w[r->n - 1], top + h, 0.5, rule);
	L->y += h;
	return h;
}

static int
row_done(const struct rowlay *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		if (r->next[i] < r->cells[i].nl)
			return 0;
	return 1;
}

static void
caption(struct lay *L, const char *text, int continued)
{
	char *t = continued ? xasprintf("%s (continued)", text) : xstrdup(text);

	L->dev->ops->text(L->dev->ctx, FONT_BOLD, 10, black, MARGIN_L, L->y + 10, t, strlen(t));
	L->y += 15;
	free(t);
}

/* Draws the header rows of t at the top of a continuation page. */
static void
repeat_header(struct lay *L, const struct doc_node *t, const double *colx,
    const double *colw, const char *cap)
{
	const struct doc_node *row;

	if (cap != NULL)
		caption(L, cap, 1);
	for (row = t->first; row != NULL && (row->flags & DOC_HEADER); row = row->next) {
		struct rowlay r = {0};

		row_layout(L, row, colx, colw, t->ncols, &r);
		row_draw(L, row->flags, &r, BODY_BOT - L->y);
		row_free(&r);
	}
}

static void
table(struct lay *L, const struct doc_node *t, double left, double total)
{
	const struct doc_node *row;
	double *colx = xcalloc((size_t)t->ncols, sizeof *colx);
	double *colw = xcalloc((size_t)t->ncols, sizeof *colw);
	double sum = 0, x = left;
	int i, headers = 0;

	for (i = 0; i < t->ncols; i++)
		sum += t->widths[i];
	for (i = 0; i < t->ncols; i++) {
		colx[i] = x;
		colw[i] = total * t->widths[i] / sum;
		x += colw[i];
	}
	if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	for (row = t->first; row != NULL; row = row->next) {
		struct rowlay r = {0};
		int at_top = L->y <= BODY_TOP;	/* nothing of this page to gain by moving on */

		row_layout(L, row, colx, colw, t->ncols, &r);
		if (row->flags & DOC_HEADER)
			headers++;
		/* A caption and the header rows stay with the first body row. */
		if (row == t->first && t->text != NULL) {
			if (L->y + 15 + row_rest(&r) + 2 * TABLE_LEAD > BODY_BOT && !at_top)
				new_page(L);
			caption(L, t->text, 0);
		}
		/* Whole rows move to the next page; only a row taller than a
		 * page is split, between its lines. */
		for (;;) {
			if (row_rest(&r) > BODY_BOT - L->y && !at_top) {
				new_page(L);
				if (!(row->flags & DOC_HEADER) && headers > 0)
					repeat_header(L, t, colx, colw, t->text);
				at_top = 1;
				continue;
			}
			row_draw(L, row->flags, &r, BODY_BOT - L->y);
			if (row_done(&r))
				break;
			new_page(L);
			if (!(row->flags & DOC_HEADER) && headers > 0)
				repeat_header(L, t, colx, colw, t->text);
			at_top = 1;
		}
		row_free(&r);
	}
	free(colx);
	free(colw);
}

/* The front sheet: a two-column label/value table that is never split. */
static void
frontsheet(struct lay *L, const struct doc_node *n)
{
	static char empty[] = "";
	const struct doc_node *field;
	double labelw = TEXT_W * 0.28, valw = TEXT_W - labelw;

	for (field = n->first; field != NULL; field = field->next) {
		struct doc_node label = {0}, run = {0};
		struct tbox lb = {0}, vb = {0};
		struct rowlay r = {0};
		double h;

		run.type = DOC_TEXT;
		run.text = field->text ? field->text : empty;
		label.type = DOC_CELL;
		label.first = label.last = &run;
		box_blocks(L, &lb, &label, FONT_BOLD, BODY_SIZE - 0.5, BODY_LEAD, labelw - 2 * CELL_PAD);
		box_blocks(L, &vb, field, FONT_REGULAR, BODY_SIZE - 0.5, BODY_LEAD, valw - 2 * CELL_PAD);
		r.n = 2;
		r.cells = (struct tbox[2]){ lb, vb };
		r.x = (double[2]){ MARGIN_L, MARGIN_L + labelw };
		r.w = (double[2]){ labelw, valw };
		r.next = (size_t[2]){ 0, 0 };
		h = row_rest(&r);
		if (L->y + h > BODY_BOT && L->y > BODY_TOP)
			new_page(L);
		row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		while (!row_done(&r)) {	/* only a field taller than a page */
			new_page(L);
			row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		}
		box_free(&lb);
		box_free(&vb);
	}
	L->y += PARA_GAP;
}

static void
layout_blocks(struct lay *L, const struct doc_node *n)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL && !L->failed; c = c->next) {
		switch (c->type) {
		case DOC_FRONTSHEET:
			frontsheet(L, c);
			break;
		case DOC_SECTION:
			heading(L, c, c->level);
			layout_blocks(L, c);
			break;
		case DOC_APPENDIX:
			if (L->y > BODY_TOP)
				new_page(L);
			heading(L, c, 0);
			layout_blocks(L, c);
			break;
		case DOC_PARA:
			paragraph(L, c);
			break;
		case DOC_LIST:
			list(L, c);
			break;
		case DOC_TABLE:
			/* Cell text lines up with the text column; the rules stand out. */
			table(L, c, MARGIN_L - CELL_PAD, TEXT_W + 2 * CELL_PAD);
			break;
		case DOC_PAGEBREAK:
			if (L->y > BODY_TOP)
				new_page(L);
			break;
		default:
			break;
		}
	}
}

int
layout_run(const struct doc *doc, const struct dev *dev)
{
	struct lay L = {0};
	struct dev_meta meta = { doc->title, doc->author, doc->subject, doc->keywords };
	int i, pages;

	L.doc = doc;
	L.dev = dev;
	L.page = -1;
	dev->ops->set_meta(dev->ctx, &meta);
	new_page(&L);
	layout_blocks(&L, doc->root);
	pages = L.page + 1;
	/* "Page x of y" needs y: drawn now on every page. */
	for (i = 0; i < pages && !L.failed; i++) {
		char *t = xasprintf("Page %d of %d", i + 1, pages);
		double w = width(&L, FONT_REGULAR, 9, t, strlen(t));

		if (dev->ops->page(dev->ctx, i, PAGE_W, PAGE_H) == -1)
			L.failed = 1;
		dev->ops->text(dev->ctx, FONT_REGULAR, 9, grey, (PAGE_W - w) / 2, PAGE_H - 36, t,
		    strlen(t));
		free(t);
	}
	free(L.words);
	if (L.failed) {
		diag(D_PDF, NULL, "cannot add a page");
		return -1;
	}
	return pages;
}
