/* layout.c: places the document tree on pages. It walks the tree once,
 * entering and leaving each node, and tells the device the structure as
 * it goes (dev.h: begin and end). Blocks flow down the page and break to
 * the next; their lines come from layout_lines.c (total fit); table
 * header rows repeat on every page a table continues on; "Page x of y"
 * is drawn last, when the number of pages is known. */
#include "layout.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_chart.h"
#include "layout_lines.h"
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
#define JUSTIFY_MIN 90.0	/* pt: narrower cells stay ragged */
#define KEEP_ROWS  12		/* a table this short stays on one page if it can */
#define ARROW_W    10.0		/* pt before a cell's text for its arrow */

static const struct rgb black = { 0, 0, 0 };
static const struct rgb grey = { 0.35, 0.35, 0.35 };
static const struct rgb rule = { 0.55, 0.55, 0.55 };
static const struct rgb head_fill = { 0.85, 0.88, 0.92 };
static const struct rgb group_fill = { 0.93, 0.94, 0.96 };
static const struct rgb label_fill = { 0.95, 0.95, 0.95 };
static const struct rgb draft_grey = { 0.86, 0.86, 0.86 };
/* Light enough for black text, told apart by their words as well. */
static const struct rgb shade_fill[] = {
	{ 1, 1, 1 }, { 0.78, 0.92, 0.80 }, { 1.00, 0.90, 0.60 }, { 0.96, 0.72, 0.69 },
	{ 0.88, 0.88, 0.88 }, { 0.74, 0.84, 0.93 },
};

struct lay {
	const struct doc *doc;
	const struct dev *dev;
	int               page;		/* index of the current page, -1 before the first */
	double            y;		/* top of free space on it */
	int               failed;
	struct lines_ctx *lines;
	struct tocent    *toc;		/* headings met, in order */
	size_t            ntoc, tcap;
	const struct tocent *known;	/* the first pass's headings, or NULL */
	size_t            nknown;
};

/* Where a heading landed. */
struct tocent {
	const struct doc_node *node;
	int                    page;	/* 0-based */
	double                 y;	/* pt from the top */
};

static void
begin(const struct lay *L, enum dev_role role, const void *key)
{
	L->dev->ops->begin(L->dev->ctx, role, &(struct dev_attrs){ .key = key });
}

static void
end(const struct lay *L, enum dev_role role)
{
	L->dev->ops->end(L->dev->ctx, role);
}

static void
artifact(const struct lay *L, enum dev_artifact kind)
{
	L->dev->ops->begin(L->dev->ctx, ROLE_ARTIFACT, &(struct dev_attrs){ .artifact = kind });
}

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
	if (d->draft) {
		artifact(L, ARTIFACT_WATERMARK);
		v->ops->text_rotated(v->ctx, FONT_BOLD, 110, draft_grey,
		    PAGE_W / 2 - 215, PAGE_H / 2 + 160, 45, "DRAFT");
		end(L, ROLE_ARTIFACT);
	}
	artifact(L, ARTIFACT_HEADER);
	if (d->header != NULL)
		v->ops->text(v->ctx, FONT_REGULAR, 8.5, grey, MARGIN_L, 40, d->header,
		    strlen(d->header), -1);
	if (d->marking != NULL)
		v->ops->text(v->ctx, FONT_BOLD, 7.5, black, MARGIN_L, 54, d->marking,
		    strlen(d->marking), -1);
	v->ops->line(v->ctx, MARGIN_L, 60, PAGE_W - MARGIN_R, 60, 0.5, rule);
	end(L, ROLE_ARTIFACT);
}

static double
width(struct lay *L, enum dev_font f, double size, const char *s, size_t n)
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
				new_page(L);
				continue;
			}
			/* One line alone at the head of the next page: take one
			 * more with it, or move a short paragraph whole. */
			if (b->nl - i - fit == 1 && fit >= 3)
				fit--;
			else if (b->nl - i - fit == 1 && i == 0 && L->y > BODY_TOP) {
				new_page(L);
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
			new_page(L);
	}
}

static double kept_height(struct lay *L, const struct doc_node *t, double total);

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
	double h;

	if (n == NULL)
		return 0;
	switch (n->type) {
	case DOC_SECTION:
		return HEAD_GAP + 20 + 2 * BODY_LEAD;
	case DOC_TABLE:
		h = kept_height(L, n, TEXT_W + 2 * CELL_PAD);
		return h > 0 ? h : 2 * BODY_LEAD;
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
		new_page(L);
	else if (L->y > BODY_TOP)
		L->y += HEAD_GAP;
	L->dev->ops->outline(L->dev->ctx, level <= 1 ? 1 : 2, title, L->y);
	if (n->type != DOC_CONTENTS) {
		L->toc = xgrow(L->toc, &L->tcap, L->ntoc + 1, sizeof *L->toc);
		L->toc[L->ntoc++] = (struct tocent){ n, L->page, L->y };
	}
	/* H1 is the paper's title: a section is H2, its sub-section H3; an
	 * appendix (level 0) and the contents list stand as sections. */
	L->dev->ops->begin(L->dev->ctx, ROLE_HEADING, &(struct dev_attrs){ .key = n,
	    .level = level + 1 < 2 ? 2 : level + 1 > 6 ? 6 : level + 1 });
	place_box(L, &b, MARGIN_L, b.nl);
	end(L, ROLE_HEADING);
	L->y += 4;
	box_free(&b);
	free(title);
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
	begin(L, ROLE_PARA, n);
	place_box(L, &b, MARGIN_L, 2);
	end(L, ROLE_PARA);
	box_free(&b);
}

static void
list(struct lay *L, const struct doc_node *n)
{
	const struct doc_node *item;
	struct tbox b = {0};
	/* A list under a numbered paragraph sits at the paragraph's text. */
	double left = NUM_INDENT + ITEM_INDENT;

	begin(L, ROLE_LIST, n);
	for (item = n->first; item != NULL; item = item->next) {
		box_clear(&b);
		lines_inline(L->lines, &b, item, &(struct pstyle){ FONT_REGULAR, BODY_SIZE,
		    BODY_LEAD, left, TEXT_W - left, item->as.item.label, ITEM_INDENT, 0,
		    (item->flags & DOC_RAGGED) ? ALIGN_LEFT : ALIGN_JUSTIFY, item });
		L->y += item == n->first ? PARA_GAP * 0.6 : 2;
		begin(L, ROLE_ITEM, item);
		place_box(L, &b, MARGIN_L, 2);
		end(L, ROLE_ITEM);
	}
	end(L, ROLE_LIST);
	box_free(&b);
}

/* A table row laid out: one box per cell and the x and width of each. */
struct rowlay {
	struct tbox *cells;
	double      *x;
	double      *w;
	int          n;
	size_t      *next;	/* the next line of each cell to draw */
	enum doc_shade *shade;
	enum doc_arrow *arrow;
	const void   *key;	/* the row, for the device */
	const struct doc_node **node;	/* each cell's node, its key */
};

/* Running text in a cell wide enough for it is justified like the body;
 * headers, labels and narrow columns stay ragged. */
static enum align
cell_align(enum dev_font f, double w)
{
	return f == FONT_REGULAR && w >= JUSTIFY_MIN ? ALIGN_JUSTIFY : ALIGN_LEFT;
}

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
	r->shade = xcalloc((size_t)r->n, sizeof *r->shade);
	r->arrow = xcalloc((size_t)r->n, sizeof *r->arrow);
	r->node = xcalloc((size_t)r->n, sizeof *r->node);
	r->key = row;
	for (c = row->first; c != NULL; c = c->next, i++) {
		int k;

		r->node[i] = c;
		r->shade[i] = c->as.cell.shade;
		r->arrow[i] = c->as.cell.arrow;
		r->x[i] = col < ncols ? colx[col] : colx[ncols - 1];
		for (k = 0; k < c->as.cell.span && col < ncols; k++)
			r->w[i] += colw[col++];
		lines_blocks(L->lines, &r->cells[i], c, f, TABLE_SIZE, TABLE_LEAD,
		    r->w[i] - 2 * CELL_PAD - (c->as.cell.arrow ? ARROW_W : 0),
		    (c->flags & DOC_RAGGED) ? ALIGN_LEFT : cell_align(f, r->w[i] - 2 * CELL_PAD));
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
	free(r->shade);
	free(r->arrow);
	free(r->node);
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

/* A filled triangle in the first line of a cell at (x, top): up (dark
 * green), down (dark red) or level (pointing right, grey). Its shape says
 * it as well as its colour does, and the cell's words say it again. */
static void
arrow(const struct dev *v, enum doc_arrow a, double x, double top)
{
	static const struct rgb green = { 0.0, 0.45, 0.25 }, red = { 0.70, 0.10, 0.10 },
	    level = { 0.40, 0.40, 0.40 };
	double cy = top + TABLE_LEAD * 0.5 - 0.5, s = 3.2;
	struct dev_point up[3] = { { x, cy + s }, { x + 2 * s, cy + s }, { x + s, cy - s } };
	struct dev_point down[3] = { { x, cy - s }, { x + 2 * s, cy - s }, { x + s, cy + s } };
	struct dev_point right[3] = { { x, cy - s }, { x, cy + s }, { x + 2 * s, cy } };

	v->ops->path(v->ctx, a == ARROW_UP ? up : a == ARROW_DOWN ? down : right, 3, 1,
	    a == ARROW_UP ? &green : a == ARROW_DOWN ? &red : &level, NULL);
}

/* Tells the device cell i of the row begins: a header row's cells head
 * their columns, a group row's and a label its row. */
static enum dev_role
cell_begin(const struct dev *v, unsigned flags, const struct rowlay *r, int i)
{
	const struct doc_node *n = r->node[i];	/* a CELL, or a front sheet's FIELD */
	struct dev_attrs a = { .key = n, .span = n->type == DOC_CELL ? n->as.cell.span : 1 };
	enum dev_role role = ROLE_CELL;

	if (flags & (DOC_HEADER | DOC_GROUP) || ((flags & ROW_LABEL) && i == 0)) {
		role = ROLE_HEADER_CELL;
		a.scope = (flags & DOC_HEADER) ? SCOPE_COLUMN : SCOPE_ROW;
	}
	v->ops->begin(v->ctx, role, &a);
	return role;
}

/* Draws as much of the row as fits in avail pt; returns the height used.
 * Lines left over stay in r->next for the next page. */
static double
row_draw(struct lay *L, unsigned flags, struct rowlay *r, double avail)
{
	const struct dev *v = L->dev;
	double h = row_height(r, avail), top = L->y, ch;
	int i;

	begin(L, ROLE_ROW, r->key);
	for (i = 0; i < r->n; i++) {
		size_t stop = cell_fit(&r->cells[i], r->next[i], avail, &ch);
		enum dev_role role = cell_begin(v, flags, r, i);

		if (flags & DOC_HEADER)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, head_fill);
		else if (flags & DOC_GROUP)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, group_fill);
		else if ((flags & ROW_LABEL) && i == 0)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, label_fill);
		else if (r->shade != NULL && r->shade[i] != SHADE_NONE)
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, shade_fill[r->shade[i]]);
		if (r->arrow != NULL && r->arrow[i] != ARROW_NONE && r->next[i] == 0)
			arrow(v, r->arrow[i], r->x[i] + CELL_PAD, top + CELL_PAD);
		box_draw(v, &r->cells[i], r->next[i], stop,
		    r->x[i] + CELL_PAD + (r->arrow != NULL && r->arrow[i] ? ARROW_W : 0), top + CELL_PAD);
		end(L, role);
		r->next[i] = stop;
		/* Each cell rules its left side; the last its right too. */
		v->ops->line(v->ctx, r->x[i], top, r->x[i], top + h, 0.5, rule);
		if (i == r->n - 1)
			v->ops->line(v->ctx, r->x[i] + r->w[i], top, r->x[i] + r->w[i], top + h, 0.5, rule);
	}
	v->ops->line(v->ctx, r->x[0], top, r->x[r->n - 1] + r->w[r->n - 1], top, 0.5, rule);
	v->ops->line(v->ctx, r->x[0], top + h, r->x[r->n - 1] + r->w[r->n - 1], top + h, 0.5, rule);
	end(L, ROLE_ROW);
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

/* A table's caption; again, "(continued)", on the pages it continues on. */
static void
caption(struct lay *L, const struct doc_node *t, int continued)
{
	const char *caption = t->as.table.caption;
	char *s = continued ? xasprintf("%s (continued)", caption) : xstrdup(caption);

	if (!continued)
		begin(L, ROLE_CAPTION, t);
	L->dev->ops->text(L->dev->ctx, FONT_BOLD, 10, black, MARGIN_L, L->y + 10, s, strlen(s), -1);
	if (!continued)
		end(L, ROLE_CAPTION);
	L->y += 15;
	free(s);
}

/* Draws the caption and header rows of t again at the top of a
 * continuation page: the same header cells, drawn as an artifact. */
static void
repeat_header(struct lay *L, const struct doc_node *t, const double *colx,
    const double *colw)
{
	const struct doc_node *row;
	double h = 0;

	artifact(L, ARTIFACT_REPEAT);
	if (t->as.table.caption != NULL)
		caption(L, t, 1);
	for (row = t->first; row != NULL && (row->flags & DOC_HEADER); row = row->next) {
		struct rowlay r = {0};

		row_layout(L, row, colx, colw, t->as.table.ncols, &r);
		h += row_rest(&r);
		row_free(&r);
	}
	/* A header taller than a third of a page is not repeated: the body
	 * rows need the room. */
	for (row = t->first; row != NULL && (row->flags & DOC_HEADER) &&
	    h <= (BODY_BOT - BODY_TOP) / 3; row = row->next) {
		struct rowlay r = {0};

		row_layout(L, row, colx, colw, t->as.table.ncols, &r);
		row_draw(L, row->flags, &r, BODY_BOT - L->y);
		row_free(&r);
	}
	end(L, ROLE_ARTIFACT);
}

/* The widest word and the whole natural width of the text under n, in pt. */
static void
measure_text(struct lay *L, const struct doc_node *n, enum dev_font f, double *word,
    double *all)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_TEXT) {
			const char *p = c->as.text.str, *e;

			while (*p != '\0') {
				double w;

				for (e = p; *e != '\0' && *e != ' '; e++)
					;
				w = width(L, f, TABLE_SIZE, p, (size_t)(e - p));
				if (w > *word)
					*word = w;
				*all += w + (*e == ' ' ? width(L, f, TABLE_SIZE, " ", 1) : 0);
				p = *e == ' ' ? e + 1 : e;
			}
		} else
			measure_text(L, c, c->type == DOC_BOLD ? FONT_BOLD : f, word, all);
	}
}

/* Column widths from the template's hints and the content: each column
 * starts at its share of the hints; a column whose longest word would not
 * fit takes what it needs from the columns with room to spare, first from
 * those wider than all their text. */
static void
column_widths(struct lay *L, const struct doc_node *t, double total, double *colw)
{
	int ncols = t->as.table.ncols;
	const double *hint = t->as.table.widths;	/* relative widths */
	double *minw = xcalloc((size_t)ncols, sizeof *minw);
	double *maxw = xcalloc((size_t)ncols, sizeof *maxw);
	double sum = 0, need = 0, spare, give;
	const struct doc_node *row, *cell;
	int i, col, pass;

	for (i = 0; i < ncols; i++)
		sum += hint[i];
	for (row = t->first; row != NULL; row = row->next) {
		enum dev_font f = (row->flags & (DOC_HEADER | DOC_GROUP)) ? FONT_BOLD : FONT_REGULAR;

		for (cell = row->first, col = 0; cell != NULL;
		    col += cell->as.cell.span, cell = cell->next) {
			double word = 0, all = 0;

			if (cell->as.cell.span != 1 || col >= ncols)
				continue;
			measure_text(L, cell, f, &word, &all);
			if (cell->as.cell.arrow != ARROW_NONE) {
				word += ARROW_W;
				all += ARROW_W;
			}
			if (word + 2 * CELL_PAD > minw[col])
				minw[col] = word + 2 * CELL_PAD;
			if (all + 2 * CELL_PAD > maxw[col])
				maxw[col] = all + 2 * CELL_PAD;
		}
	}
	for (i = 0; i < ncols; i++) {
		colw[i] = total * hint[i] / sum;
		if (minw[i] > total / ncols)
			minw[i] = total / ncols;	/* a word that long is hyphenated */
		if (colw[i] < minw[i])
			need += minw[i] - colw[i];
	}
	/* Pass 0 takes from columns wider than their text, pass 1 from
	 * columns wider than their longest word. */
	for (pass = 0; pass < 2 && need > 0.01; pass++) {
		for (spare = 0, i = 0; i < ncols; i++) {
			double floor = pass == 0 ? fmax(maxw[i], minw[i]) : minw[i];

			spare += colw[i] > floor ? colw[i] - floor : 0;
		}
		if (spare <= 0)
			continue;
		give = need < spare ? need : spare;
		for (i = 0; i < ncols; i++) {
			double floor = pass == 0 ? fmax(maxw[i], minw[i]) : minw[i];

			if (colw[i] > floor)
				colw[i] -= give * (colw[i] - floor) / spare;
		}
		for (i = 0; i < ncols; i++) {
			if (colw[i] < minw[i] && need > 0) {
				double add = (minw[i] - colw[i]) * give / need;

				colw[i] += add;
			}
		}
		need -= give;
	}
	free(minw);
	free(maxw);
}

/* Lines of the row drawn so far, to see a row that makes no progress. */
static size_t
rows_drawn(const struct rowlay *r)
{
	size_t n = 0;
	int i;

	for (i = 0; i < r->n; i++)
		n += r->next[i];
	return n;
}

/* The height a table needs where it starts: its caption, its header rows
 * and two lines of its first body row. */
static double
opening_height(struct lay *L, const struct doc_node *t, const double *colx, const double *colw)
{
	const struct doc_node *row;
	double h = t->as.table.caption != NULL ? 15 : 0;

	for (row = t->first; row != NULL; row = row->next) {
		struct rowlay r = {0};
		double rh;

		row_layout(L, row, colx, colw, t->as.table.ncols, &r);
		rh = row_rest(&r);
		row_free(&r);
		if (row->flags & DOC_HEADER)
			h += rh;
		else {
			h += fmin(rh, 2 * TABLE_LEAD + 2 * CELL_PAD);
			break;
		}
	}
	return h;
}

static int
count_rows(const struct doc_node *t)
{
	const struct doc_node *row;
	int n = 0;

	for (row = t->first; row != NULL; row = row->next)
		n++;
	return n;
}

/* The height of a table short enough to be kept on one page (caption and
 * the space above included), or 0 for a longer one. */
static double
kept_height(struct lay *L, const struct doc_node *t, double total)
{
	const struct doc_node *row;
	double *colx, *colw, h = PARA_GAP + (t->as.table.caption != NULL ? 15 : 0), x = 0;
	int i;

	if (count_rows(t) > KEEP_ROWS)
		return 0;
	colx = xcalloc((size_t)t->as.table.ncols, sizeof *colx);
	colw = xcalloc((size_t)t->as.table.ncols, sizeof *colw);
	column_widths(L, t, total, colw);
	for (i = 0; i < t->as.table.ncols; i++) {
		colx[i] = x;
		x += colw[i];
	}
	for (row = t->first; row != NULL; row = row->next) {
		struct rowlay r = {0};

		row_layout(L, row, colx, colw, t->as.table.ncols, &r);
		h += row_rest(&r);
		row_free(&r);
	}
	free(colx);
	free(colw);
	return h;
}

static void
table(struct lay *L, const struct doc_node *t, double left, double total)
{
	const struct doc_node *row;
	double *colx = xcalloc((size_t)t->as.table.ncols, sizeof *colx);
	double *colw = xcalloc((size_t)t->as.table.ncols, sizeof *colw);
	double x = left;
	int i, headers = 0;

	column_widths(L, t, total, colw);
	for (i = 0; i < t->as.table.ncols; i++) {
		colx[i] = x;
		x += colw[i];
	}
	if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	begin(L, ROLE_TABLE, t);
	/* A short table that fits on a page is not split: it starts a page
	 * if it must. */
	if (L->y > BODY_TOP && count_rows(t) <= KEEP_ROWS) {
		double h = kept_height(L, t, total);

		if (L->y + h > BODY_BOT && h <= BODY_BOT - BODY_TOP)
			new_page(L);
	}
	for (row = t->first; row != NULL; row = row->next) {
		struct rowlay r = {0};
		int at_top = L->y <= BODY_TOP;	/* nothing of this page to gain by moving on */
		size_t before;

		row_layout(L, row, colx, colw, t->as.table.ncols, &r);
		if (row->flags & DOC_HEADER)
			headers++;
		/* A caption and the header rows stay with two lines of the
		 * first body row. */
		if (row == t->first) {
			if (L->y + opening_height(L, t, colx, colw) > BODY_BOT && !at_top)
				new_page(L);
			if (t->as.table.caption != NULL)
				caption(L, t, 0);
		}
		/* Whole rows move to the next page; only a row taller than a
		 * page is split, between its lines. */
		for (;;) {
			if (row_rest(&r) > BODY_BOT - L->y && !at_top) {
				new_page(L);
				if (!(row->flags & DOC_HEADER) && headers > 0)
					repeat_header(L, t, colx, colw);
				at_top = 1;
				continue;
			}
			before = rows_drawn(&r);
			row_draw(L, row->flags, &r, BODY_BOT - L->y);
			if (row_done(&r))
				break;
			if (at_top && rows_drawn(&r) == before) {
				/* Not a line fits under the repeated header: draw
				 * the rest regardless rather than page on forever. */
				row_draw(L, row->flags, &r, 1e9);
				break;
			}
			new_page(L);
			if (!(row->flags & DOC_HEADER) && headers > 0)
				repeat_header(L, t, colx, colw);
			at_top = 1;
		}
		row_free(&r);
	}
	end(L, ROLE_TABLE);
	free(colx);
	free(colw);
}

/* A chart moves whole to the next page when it does not fit. */
static void
chart(struct lay *L, const struct doc_node *n)
{
	double h = layout_chart_height(L->lines, n, TEXT_W);

	if (L->y + PARA_GAP + h > BODY_BOT && L->y > BODY_TOP)
		new_page(L);
	else if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	layout_chart_draw(L->lines, n, MARGIN_L, L->y, TEXT_W);
	L->y += h;
}

/* The front sheet: a two-column label/value table, kept on one page
 * whenever it fits on one. */
static void
frontsheet(struct lay *L, const struct doc_node *n)
{
	static char empty[] = "";
	const struct doc_node *field;
	double labelw = TEXT_W * 0.28, valw = TEXT_W - labelw, total = 0;
	struct tbox *boxes;
	size_t nf = 0, i;

	for (field = n->first; field != NULL; field = field->next)
		nf++;
	boxes = xcalloc(2 * nf + 1, sizeof *boxes);
	for (field = n->first, i = 0; field != NULL; field = field->next, i++) {
		struct doc_node label = {0}, run = {0};

		run.type = DOC_TEXT;
		run.as.text.str = field->as.field.label ? field->as.field.label : empty;
		label.type = DOC_CELL;
		label.first = label.last = &run;
		lines_blocks(L->lines, &boxes[2 * i], &label, FONT_BOLD, BODY_SIZE - 0.5, BODY_LEAD,
		    labelw - 2 * CELL_PAD, ALIGN_LEFT);
		lines_blocks(L->lines, &boxes[2 * i + 1], field, FONT_REGULAR, BODY_SIZE - 0.5,
		    BODY_LEAD, valw - 2 * CELL_PAD, cell_align(FONT_REGULAR, valw - 2 * CELL_PAD));
		total += fmax(box_height(&boxes[2 * i]), box_height(&boxes[2 * i + 1])) + 2 * CELL_PAD;
	}
	if (L->y + total > BODY_BOT && L->y > BODY_TOP && total <= BODY_BOT - BODY_TOP)
		new_page(L);
	begin(L, ROLE_TABLE, n);
	for (field = n->first, i = 0; i < nf; field = field->next, i++) {
		struct rowlay r = {0};

		/* The label has no node of its own: it is the field's header
		 * cell, told apart from the field's value by its role. */
		r.key = field;
		r.node = (const struct doc_node *[2]){ field, field };
		r.n = 2;
		r.cells = &boxes[2 * i];
		r.x = (double[2]){ MARGIN_L, MARGIN_L + labelw };
		r.w = (double[2]){ labelw, valw };
		r.next = (size_t[2]){ 0, 0 };
		if (L->y + row_rest(&r) > BODY_BOT && L->y > BODY_TOP)
			new_page(L);	/* a front sheet longer than a page */
		row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		while (!row_done(&r)) {	/* only a field taller than a page */
			new_page(L);
			row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		}
	}
	end(L, ROLE_TABLE);
	for (i = 0; i < 2 * nf; i++)
		box_free(&boxes[i]);
	free(boxes);
	L->y += PARA_GAP;
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
	begin(L, ROLE_TOC, n);
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
			new_page(L);
		top = L->y + (L->y > BODY_TOP ? b.l[0].before : 0);
		/* An entry is one link, its heading's key standing for both. */
		begin(L, ROLE_TOC_ITEM, heads[i]);
		begin(L, ROLE_LINK, heads[i]);
		place_box(L, &b, MARGIN_L, b.nl);
		L->dev->ops->text(L->dev->ctx, FONT_REGULAR, BODY_SIZE, black,
		    MARGIN_L + TEXT_W - width(L, FONT_REGULAR, BODY_SIZE, num, strlen(num)),
		    L->y - BODY_LEAD * 0.5 + BODY_SIZE * 0.35, num, strlen(num), -1);
		if (at != NULL)
			L->dev->ops->goto_page(L->dev->ctx, MARGIN_L, top, TEXT_W, L->y - top, at->page,
			    at->y);
		end(L, ROLE_LINK);
		end(L, ROLE_TOC_ITEM);
		free(title);
	}
	end(L, ROLE_TOC);
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
				end(L, ROLE_DOCUMENT);
			else if (c->type == DOC_SECTION || c->type == DOC_APPENDIX)
				end(L, ROLE_SECTION);
			continue;
		}
		switch (c->type) {
		case DOC_DOCUMENT:
			begin(L, ROLE_DOCUMENT, c);
			break;
		case DOC_FRONTSHEET:
			frontsheet(L, c);
			doc_iter_skip(&it);
			break;
		case DOC_SECTION:
			begin(L, ROLE_SECTION, c);
			heading(L, c, c->as.heading.level);
			break;
		case DOC_APPENDIX:
			if (L->y > BODY_TOP)
				new_page(L);
			begin(L, ROLE_SECTION, c);
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
			/* Cell text lines up with the text column; the rules stand out. */
			table(L, c, MARGIN_L - CELL_PAD, TEXT_W + 2 * CELL_PAD);
			doc_iter_skip(&it);
			break;
		case DOC_CHART:
			chart(L, c);
			break;
		case DOC_PAGEBREAK:
			if (L->y > BODY_TOP)
				new_page(L);
			break;
		case DOC_CONTENTS:
			contents(L, c);
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
	new_page(L);
	layout_tree(L, L->doc->root);
	return L->page + 1;
}

int
layout_run(const struct doc *doc, const struct dev *dev)
{
	struct lines_ctx lines = { dev, NULL };
	struct lay L = {0}, first = {0};
	struct dev_meta meta = { doc->title, doc->author, doc->subject, doc->keywords, doc->date,
	    doc->draft };
	struct quiet q = { dev };
	struct dev qdev = { &quiet_ops, &q };
	int i, pages;

	if (has_contents(doc->root)) {
		first.doc = doc;
		first.dev = &qdev;
		first.lines = &lines;
		first.page = -1;
		pass(&first);
	}
	L.doc = doc;
	L.dev = dev;
	L.lines = &lines;
	L.page = -1;
	L.known = first.toc;
	L.nknown = first.ntoc;
	dev->ops->set_meta(dev->ctx, &meta);
	pages = pass(&L);
	/* "Page x of y" needs y: drawn now on every page. */
	for (i = 0; i < pages && !L.failed; i++) {
		char *t = xasprintf("Page %d of %d", i + 1, pages);
		double w = width(&L, FONT_REGULAR, 9, t, strlen(t));

		if (dev->ops->page(dev->ctx, i, PAGE_W, PAGE_H) == -1)
			L.failed = 1;
		artifact(&L, ARTIFACT_FOOTER);
		dev->ops->text(dev->ctx, FONT_REGULAR, 9, grey, (PAGE_W - w) / 2, PAGE_H - 36, t,
		    strlen(t), w);
		end(&L, ROLE_ARTIFACT);
		free(t);
	}
	lines_free(&lines);
	free(first.toc);
	free(L.toc);
	if (L.failed) {
		diag(D_PDF_PAGE, NULL, NULL);
		return -1;
	}
	return pages;
}
