/* layout_table.c: tables and the front sheet, for the layout stage:
 * column widths from the hints and the content, rows kept whole unless
 * taller than a page, header rows repeated (as an artifact) on every page
 * a table continues on, and each row and cell told to the device. */
#include "layout_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const struct rgb head_fill = { 0.85, 0.88, 0.92 };
static const struct rgb group_fill = { 0.93, 0.94, 0.96 };
static const struct rgb label_fill = { 0.95, 0.95, 0.95 };
/* Light enough for black text, told apart by their words as well; a
 * chart's series of a status takes its colour from here too. */
const struct rgb layout_shades[] = {
	{ 1, 1, 1 }, { 0.78, 0.92, 0.80 }, { 1.00, 0.90, 0.60 }, { 0.96, 0.72, 0.69 },
	{ 0.88, 0.88, 0.88 }, { 0.74, 0.84, 0.93 },
};

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

/* Cells are set ragged-right, as council papers set tables; a cell is
 * justified only where its template asks. A shaded cell holds a status
 * ("Not started"), never hyphenated. */
static enum align
cell_align(const struct doc_node *c)
{
	if (c->flags & DOC_JUSTIFY)
		return ALIGN_JUSTIFY;
	return c->as.cell.shade != SHADE_NONE ? ALIGN_WHOLE : ALIGN_LEFT;
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
		    cell_align(c));
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

	lay_begin(L, ROLE_ROW, r->key);
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
			v->ops->fill_rect(v->ctx, r->x[i], top, r->w[i], h, layout_shades[r->shade[i]]);
		if (r->arrow != NULL && r->arrow[i] != ARROW_NONE && r->next[i] == 0)
			arrow(v, r->arrow[i], r->x[i] + CELL_PAD, top + CELL_PAD);
		box_draw(v, &r->cells[i], r->next[i], stop,
		    r->x[i] + CELL_PAD + (r->arrow != NULL && r->arrow[i] ? ARROW_W : 0), top + CELL_PAD);
		lay_end(L, role);
		r->next[i] = stop;
		/* Each cell rules its left side; the last its right too. */
		v->ops->line(v->ctx, r->x[i], top, r->x[i], top + h, 0.5, rule);
		if (i == r->n - 1)
			v->ops->line(v->ctx, r->x[i] + r->w[i], top, r->x[i] + r->w[i], top + h, 0.5, rule);
	}
	v->ops->line(v->ctx, r->x[0], top, r->x[r->n - 1] + r->w[r->n - 1], top, 0.5, rule);
	v->ops->line(v->ctx, r->x[0], top + h, r->x[r->n - 1] + r->w[r->n - 1], top + h, 0.5, rule);
	lay_end(L, ROLE_ROW);
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
		lay_begin(L, ROLE_CAPTION, t);
	L->dev->ops->text(L->dev->ctx, FONT_BOLD, 10, black, MARGIN_L, L->y + 10, s, strlen(s), -1);
	if (!continued)
		lay_end(L, ROLE_CAPTION);
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

	lay_artifact(L, ARTIFACT_REPEAT);
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
	lay_end(L, ROLE_ARTIFACT);
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
				w = lay_width(L, f, TABLE_SIZE, p, (size_t)(e - p));
				if (w > *word)
					*word = w;
				*all += w + (*e == ' ' ? lay_width(L, f, TABLE_SIZE, " ", 1) : 0);
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
 * and its first body row (two lines of one taller than a page). */
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
			/* A row moves whole unless it is taller than a page. */
			h += rh <= BODY_BOT - BODY_TOP ? rh : 2 * TABLE_LEAD + 2 * CELL_PAD;
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

/* The x and width of each of t's columns, from x = left in total pt;
 * caller frees both. */
static void
columns(struct lay *L, const struct doc_node *t, double left, double total, double **colx,
    double **colw)
{
	double x = left;
	int i;

	*colx = xcalloc((size_t)t->as.table.ncols, sizeof **colx);
	*colw = xcalloc((size_t)t->as.table.ncols, sizeof **colw);
	column_widths(L, t, total, *colw);
	for (i = 0; i < t->as.table.ncols; i++) {
		(*colx)[i] = x;
		x += (*colw)[i];
	}
}

double
layout_table_keep(struct lay *L, const struct doc_node *t, double total)
{
	const struct doc_node *row;
	double *colx, *colw, h = PARA_GAP;

	columns(L, t, 0, total, &colx, &colw);
	if (count_rows(t) <= KEEP_ROWS) {
		h += t->as.table.caption != NULL ? 15 : 0;
		for (row = t->first; row != NULL; row = row->next) {
			struct rowlay r = {0};

			row_layout(L, row, colx, colw, t->as.table.ncols, &r);
			h += row_rest(&r);
			row_free(&r);
		}
	}
	/* Kept whole only with room on its page for a lead-in of a few lines. */
	if (count_rows(t) > KEEP_ROWS || h > BODY_BOT - BODY_TOP - 4 * BODY_LEAD)
		h = PARA_GAP + opening_height(L, t, colx, colw);
	free(colx);
	free(colw);
	return h;
}

/* Whether a row leads in to the next: a group's heading row, or one kept
 * with the next (an action with sub-actions). */
static int
leads_in(const struct doc_node *row)
{
	return (row->flags & (DOC_GROUP | DOC_KEEP_NEXT)) && row->next != NULL;
}

/* What must stand on the page after row, which leads in to the next: the
 * rows that lead on and the first that does not, whole, as a row that
 * does not fit where it starts moves to the next page whole. */
static double
kept_after(struct lay *L, const struct doc_node *row, const double *colx, const double *colw)
{
	double h = 0;

	do {
		struct rowlay r = {0};

		row = row->next;
		row_layout(L, row, colx, colw, row->parent->as.table.ncols, &r);
		h += row_rest(&r);
		row_free(&r);
	} while (leads_in(row));
	return h;
}

void
layout_table(struct lay *L, const struct doc_node *t, double left, double total)
{
	const struct doc_node *row;
	double *colx, *colw;
	int headers = 0;

	columns(L, t, left, total, &colx, &colw);
	if (L->y > BODY_TOP)
		L->y += PARA_GAP;
	lay_begin(L, ROLE_TABLE, t);
	/* A short table that fits on a page is not split: it starts a page
	 * if it must. */
	if (L->y > BODY_TOP && count_rows(t) <= KEEP_ROWS) {
		double h = layout_table_keep(L, t, total);

		if (L->y + h > BODY_BOT && h <= BODY_BOT - BODY_TOP)
			lay_new_page(L);
	}
	/* A table left with no rows (its <each> matched none) keeps its caption. */
	if (t->first == NULL && t->as.table.caption != NULL)
		caption(L, t, 0);
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
				lay_new_page(L);
			if (t->as.table.caption != NULL)
				caption(L, t, 0);
		}
		if (leads_in(row) && !at_top) {
			double need = row_rest(&r) + kept_after(L, row, colx, colw);

			if (L->y + need > BODY_BOT && need <= BODY_BOT - BODY_TOP) {
				lay_new_page(L);
				if (headers > 0)
					repeat_header(L, t, colx, colw);
				at_top = 1;
			}
		}
		/* Whole rows move to the next page; only a row taller than a
		 * page is split, between its lines. */
		for (;;) {
			if (row_rest(&r) > BODY_BOT - L->y && !at_top) {
				lay_new_page(L);
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
			lay_new_page(L);
			if (!(row->flags & DOC_HEADER) && headers > 0)
				repeat_header(L, t, colx, colw);
			at_top = 1;
		}
		row_free(&r);
	}
	lay_end(L, ROLE_TABLE);
	free(colx);
	free(colw);
}

/* The front sheet: a two-column label/value table, kept on one page
 * whenever it fits on one. */
void
layout_frontsheet(struct lay *L, const struct doc_node *n)
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
		    BODY_LEAD, valw - 2 * CELL_PAD, ALIGN_LEFT);
		total += fmax(box_height(&boxes[2 * i]), box_height(&boxes[2 * i + 1])) + 2 * CELL_PAD;
	}
	if (L->y + total > BODY_BOT && L->y > BODY_TOP && total <= BODY_BOT - BODY_TOP)
		lay_new_page(L);
	lay_begin(L, ROLE_TABLE, n);
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
			lay_new_page(L);	/* a front sheet longer than a page */
		row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		while (!row_done(&r)) {	/* only a field taller than a page */
			lay_new_page(L);
			row_draw(L, ROW_LABEL, &r, BODY_BOT - L->y);
		}
	}
	lay_end(L, ROLE_TABLE);
	for (i = 0; i < 2 * nf; i++)
		box_free(&boxes[i]);
	free(boxes);
	L->y += PARA_GAP;
}
