/* layout_lines.c: breaks a paragraph's inline content into lines.
 *
 * The text of the paragraph's runs is gathered into one string (with any
 * character the font lacks replaced and reported), its break opportunities
 * found by libunibreak and its words' hyphenation points by libhyphen
 * (textbreak.c). That gives Knuth and Plass's boxes, glue and penalties;
 * the breaks are chosen by total fit over the whole paragraph, so that
 * justified lines share the slack evenly. Ragged-right text uses the same
 * search with rigid word spaces and a stretchable line end. */
#include "layout_lines.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "textbreak.h"
#include "util.h"

#define PEN_INF        10000	/* a penalty this high forbids a break */
#define PEN_HYPHEN     50	/* breaking at a hyphenation point */
#define PEN_EXPLICIT   50	/* after a hyphen or slash already in the text */
#define PEN_NAME       500	/* inside a name of two, "Turner-Robinson" */
#define PEN_EMERGENCY  5000	/* inside a word wider than the line */
#define LINE_PENALTY   10
#define DEM_FLAGGED    10000	/* two hyphenated lines in a row (TeX's) */
#define DEM_FITNESS    3000	/* a tight line next to a loose one */
#define STRETCH        0.6	/* of a word space, justified text */
#define SHRINK         0.3
#define RAGGED_STRETCH 3.0	/* em at a ragged line's end */
#define UNDERFULL      1e3	/* the ratio of a short line that cannot stretch */
#define FIT_EPS        1e-6	/* pt: rounding in the running sums */

static const struct rgb black = { 0, 0, 0 };
static const char added_hyphen[] = "-";	/* told from a hyphen of the text by its address */
static const struct rgb link_blue = { 0.02, 0.27, 0.58 };

enum itype { I_BOX, I_GLUE, I_PEN };

struct item {
	enum itype    t;
	double        w, y, z;	/* width, stretch, shrink: pt */
	int           p;	/* penalty */
	int           flagged;	/* a hyphen is drawn when broken here */
	size_t        off, len;	/* box: its text in the paragraph string */
	enum dev_font font;
	struct rgb    colour;
	const char   *href;
};

struct run {
	size_t                 off, len;	/* in the paragraph string */
	enum dev_font          font;
	struct rgb             colour;
	const char            *href;
	const struct doc_node *node;
};

/* A feasible break: at item pos, ending line `line`, with the sums of
 * width, stretch and shrink up to the start of the next line. */
struct node {
	size_t pos;
	int    line;
	int    fit;
	int    prev;	/* index in the pool, -1 for the start */
	double dem;
	double W, Y, Z;
};

struct scratch {
	struct run     *runs;
	size_t          nruns, rcap;
	struct item    *items;
	size_t          nitems, icap;
	double         *W, *Y, *Z;
	size_t          scap;
	struct node    *pool;
	size_t          npool, pcap;
	int            *active, *next_active;
	size_t          acap, ncap;
	char           *brk, *hy;
	size_t          bcap, hcap;
	unsigned char (*glyph)[65536];	/* per face: 0 unknown, 1 drawn, 2 missing */
	uint32_t       *reported;
	size_t          nreported, repcap;
};

static struct scratch *
scratch(struct lines_ctx *c)
{
	if (c->scratch == NULL) {
		struct scratch *s = xcalloc(1, sizeof *s);

		s->glyph = xcalloc(FONT_NFACES, sizeof *s->glyph);
		c->scratch = s;
	}
	return c->scratch;
}

void
lines_free(struct lines_ctx *c)
{
	struct scratch *s = c->scratch;

	if (s == NULL)
		return;
	free(s->runs);
	free(s->items);
	free(s->W);
	free(s->Y);
	free(s->Z);
	free(s->pool);
	free(s->active);
	free(s->next_active);
	free(s->brk);
	free(s->hy);
	free(s->glyph);
	free(s->reported);
	free(s);
	c->scratch = NULL;
}

double
lines_width(struct lines_ctx *c, enum dev_font f, double size, const char *s, size_t n)
{
	return c->dev->ops->text_width(c->dev->ctx, f, size, s, n);
}

void
box_clear(struct tbox *b)
{
	size_t i;

	for (i = 0; i < b->ntexts; i++)
		free(b->texts[i]);
	b->np = b->nl = b->ntexts = 0;
}

void
box_free(struct tbox *b)
{
	box_clear(b);
	free(b->p);
	free(b->l);
	free(b->texts);
	memset(b, 0, sizeof *b);
}

double
box_height(const struct tbox *b)
{
	double h = 0;
	size_t i;

	for (i = 0; i < b->nl; i++)
		h += b->l[i].before + b->l[i].height;
	return h;
}

void
box_draw(const struct dev *v, const struct tbox *b, size_t from, size_t to, double x, double y)
{
	size_t i, k;
	char word[64];		/* the rest of a word an added hyphen broke */

	for (i = from; i < to; i++) {
		const struct tline *l = &b->l[i];
		double base;

		if (i > from)
			y += l->before;
		base = y + l->height * 0.5 + l->size * 0.35;
		for (k = l->first; k < l->first + l->n; k++) {
			const struct piece *p = &b->p[k];
			struct dev_attrs a = { .key = p->label ? b->item : p->href, .uri = p->href };
			enum dev_role role = p->label ? ROLE_LABEL : ROLE_LINK;
			int marked = p->label ? b->item != NULL : p->href != NULL;

			if (marked)
				v->ops->begin(v->ctx, role, &a);
			if (p->s == added_hyphen) {
				const struct piece *n = &b->p[k + 1 < b->np ? k + 1 : k];
				size_t rest = strcspn(n->s, " ");

				rest = rest < n->len ? rest : n->len;
				snprintf(word, sizeof word, "%.*s", rest < sizeof word ? (int)rest : 0, n->s);
				v->ops->begin(v->ctx, ROLE_HYPHEN, &(struct dev_attrs){ .alt = word });
			}
			v->ops->text(v->ctx, p->font, l->size, p->colour, x + p->x, base, p->s, p->len,
			    p->w);
			if (p->s == added_hyphen)
				v->ops->end(v->ctx, ROLE_HYPHEN);
			if (p->href != NULL)
				v->ops->link(v->ctx, x + p->x, y, p->w, l->height, p->href);
			if (marked)
				v->ops->end(v->ctx, role);
			if (marked && p->label)
				v->ops->begin(v->ctx, ROLE_ITEM_BODY, &(struct dev_attrs){ .key = b->item });
		}
		y += l->height;
	}
	if (to == b->nl && to > from && b->item != NULL)
		v->ops->end(v->ctx, ROLE_ITEM_BODY);
}

static void
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
}

/* Adds a piece to the last line, joined to the piece before it when the
 * two are one stretch of text in one face and colour. */
static void
box_piece(struct tbox *b, const struct piece *p, int joinable)
{
	struct tline *l = &b->l[b->nl - 1];
	struct piece *last = l->n > 0 ? &b->p[b->np - 1] : NULL;

	/* joinable 1: p follows last in the text; 2: after one space set at
	 * its natural width, so the pair draws the same as one string. */
	if (joinable && last != NULL && last->font == p->font && last->href == p->href &&
	    memcmp(&last->colour, &p->colour, sizeof p->colour) == 0 &&
	    ((joinable == 1 && last->s + last->len == p->s) ||
	    (joinable == 2 && last->s + last->len + 1 == p->s && last->s[last->len] == ' '))) {
		last->len = (size_t)(p->s + p->len - last->s);
		last->w = p->x + p->w - last->x;
		return;
	}
	b->p = xgrow(b->p, &b->pcap, b->np + 1, sizeof *b->p);
	b->p[b->np++] = *p;
	l->n++;
}

static void
collect(struct scratch *s, const struct doc_node *n, enum dev_font font, struct rgb colour,
    const char *href, struct buf *text)
{
	const struct doc_node *c;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_TEXT && c->as.text.str[0] != '\0') {
			struct run *r;

			s->runs = xgrow(s->runs, &s->rcap, s->nruns + 1, sizeof *s->runs);
			r = &s->runs[s->nruns++];
			r->off = text->len;
			r->len = strlen(c->as.text.str);
			r->font = font;
			r->colour = colour;
			r->href = href;
			r->node = c;
			buf_add(text, c->as.text.str);
		} else if (c->type == DOC_BOLD)
			collect(s, c, FONT_BOLD, colour, href, text);
		else if (c->type == DOC_ITALIC)
			collect(s, c, FONT_ITALIC, colour, href, text);
		else if (c->type == DOC_LINK)
			collect(s, c, font, link_blue, c->as.link.uri, text);
		else if (c->type == DOC_REF)	/* its words, as yet not a link */
			collect(s, c, font, colour, href, text);
	}
}

static int
has_glyph(struct lines_ctx *c, struct scratch *s, enum dev_font f, uint32_t cp)
{
	if (cp > 0xFFFF)
		return c->dev->ops->has_glyph(c->dev->ctx, f, cp);
	if (s->glyph[f][cp] == 0)
		s->glyph[f][cp] = c->dev->ops->has_glyph(c->dev->ctx, f, cp) ? 1 : 2;
	return s->glyph[f][cp] == 1;
}

/* The mark drawn for a character the face lacks: U+FFFD, else a white
 * square, else '?'. */
static const char *
replacement(struct lines_ctx *c, struct scratch *s, enum dev_font f)
{
	if (has_glyph(c, s, f, 0xFFFD))
		return "\xEF\xBF\xBD";
	if (has_glyph(c, s, f, 0x25A1))
		return "\xE2\x96\xA1";
	return "?";
}

/* Rewrites the paragraph string with every character its face lacks
 * replaced by a visible mark (see replacement), and reports each
 * such character once, at the first place it is met. */
static char *
replace_missing(struct lines_ctx *c, struct scratch *s, const char *text)
{
	struct buf out = {0};
	size_t r, i, k, step;
	uint32_t cp;

	for (r = 0; r < s->nruns; r++) {
		struct run *run = &s->runs[r];
		size_t start = out.len;

		for (i = run->off; i < run->off + run->len; i += step) {
			step = utf8_decode(text + i, &cp);
			if (cp == ' ' || has_glyph(c, s, run->font, cp)) {
				buf_addn(&out, text + i, step);
				continue;
			}
			buf_add(&out, replacement(c, s, run->font));
			for (k = 0; k < s->nreported && s->reported[k] != cp; k++)
				;
			if (k < s->nreported)
				continue;
			s->reported = xgrow(s->reported, &s->repcap, s->nreported + 1,
			    sizeof *s->reported);
			s->reported[s->nreported++] = cp;
			diag(D_GLYPH, &run->node->pos, "U+%04X '%.*s'", (unsigned)cp, (int)step,
			    text + i);
		}
		run->off = start;
		run->len = out.len - start;
	}
	return buf_take(&out);
}

static struct item *
add_item(struct scratch *s, enum itype t)
{
	struct item *it;

	s->items = xgrow(s->items, &s->icap, s->nitems + 1, sizeof *s->items);
	it = &s->items[s->nitems++];
	memset(it, 0, sizeof *it);
	it->t = t;
	return it;
}

static void
add_box(struct lines_ctx *c, struct scratch *s, const struct run *r, size_t off, size_t len,
    double size, const char *text)
{
	struct item *it = add_item(s, I_BOX);

	it->off = off;
	it->len = len;
	it->font = r->font;
	it->colour = r->colour;
	it->href = r->href;
	it->w = lines_width(c, r->font, size, text + off, len);
}

static void
add_penalty(struct scratch *s, int p, double w, int flagged)
{
	struct item *it = add_item(s, I_PEN);

	it->p = p;
	it->w = w;
	it->flagged = flagged;
}

static int
is_letter(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
}

/* Names ("Turner-Robinson", "Nottingham"), dates, codes ("KPI-7",
 * "LE3") and anything else capitalised or with a figure in it: a reader
 * must see them whole. */
static int
is_upper(char ch)
{
	return ch >= 'A' && ch <= 'Z';
}

static int
never_hyphenated(const char *w, size_t n)
{
	size_t i;

	if (n > 0 && is_upper(w[0]))
		return 1;
	for (i = 0; i < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			return 1;
	return 0;
}

/* The boxes of one word piece text[from..to) of run r, with hyphenation
 * points between them; in ragged text only when the piece is wider than
 * the line (width pt), where it could not fit otherwise. */
static void
add_word(struct lines_ctx *c, struct scratch *s, const struct run *r, const char *text,
    size_t from, size_t to, const struct pstyle *st)
{
	size_t i = from, j, start = from;
	double size = st->size, hyphen = lines_width(c, r->font, size, "-", 1);
	int whole = st->align == ALIGN_WHOLE || never_hyphenated(text + from, to - from);

	if (st->align != ALIGN_JUSTIFY &&
	    lines_width(c, r->font, size, text + from, to - from) <= st->width) {
		add_box(c, s, r, from, to - from, size, text);
		return;
	}

	while (i < to) {
		if (!is_letter((unsigned char)text[i])) {
			i++;
			continue;
		}
		for (j = i; j < to && is_letter((unsigned char)text[j]); j++)
			;
		s->hy = xgrow(s->hy, &s->hcap, j - i + 1, 1);
		if (whole)
			memset(s->hy, 0, j - i);
		else
			tb_hyphens(text + i, j - i, s->hy);
		for (size_t k = i; k + 1 < j; k++) {
			if (!s->hy[k - i])
				continue;
			add_box(c, s, r, start, k + 1 - start, size, text);
			add_penalty(s, PEN_HYPHEN, hyphen, 1);
			start = k + 1;
		}
		i = j;
	}
	if (to > start)
		add_box(c, s, r, start, to - start, size, text);
}

/* Turns the runs into boxes, glue and penalties. */
static void
build_items(struct lines_ctx *c, struct scratch *s, const char *text, size_t n,
    const struct pstyle *st)
{
	double size = st->size;
	size_t r, i;
	double space;

	s->nitems = 0;
	s->brk = xgrow(s->brk, &s->bcap, n + 1, 1);
	tb_breaks(text, n, s->brk);
	for (r = 0; r < s->nruns; r++) {
		const struct run *run = &s->runs[r];

		space = lines_width(c, run->font, size, " ", 1);
		for (i = run->off; i < run->off + run->len; ) {
			size_t e, k, from;

			if (text[i] == ' ') {
				if (s->nitems > 0 && s->items[s->nitems - 1].t != I_GLUE) {
					struct item *g = add_item(s, I_GLUE);

					g->w = space;
					g->y = space * STRETCH;
					g->z = space * SHRINK;
				}
				i++;
				continue;
			}
			for (e = i; e < run->off + run->len && text[e] != ' '; e++)
				;
			/* Breaks inside the word the text itself allows: after a
			 * hyphen, a slash, a dash. */
			for (from = i, k = i; k + 1 < e; k++) {
				if (s->brk[k] != TB_ALLOW)
					continue;
				add_word(c, s, run, text, from, k + 1, st);
				add_penalty(s, is_upper(text[from]) && is_upper(text[k + 1]) ?
				    PEN_NAME : PEN_EXPLICIT, 0, 0);
				from = k + 1;
			}
			add_word(c, s, run, text, from, e, st);
			/* A word that goes on in the next run may break between them. */
			if (e == run->off + run->len && e < n && text[e] != ' ' && s->brk[e - 1] == TB_ALLOW)
				add_penalty(s, PEN_EXPLICIT, 0, 0);
			i = e;
		}
	}
	while (s->nitems > 0 && s->items[s->nitems - 1].t == I_GLUE)
		s->nitems--;
}

/* The width of the boxes from item i up to the next place a line may end
 * (item *end), with the hyphen drawn if it ends there: the least a line
 * holding item i can be. */
static double
unbreakable_width(const struct scratch *s, size_t i, size_t *end)
{
	double w = 0;

	for (; i < s->nitems && s->items[i].t == I_BOX; i++)
		w += s->items[i].w;
	*end = i;
	return i < s->nitems && s->items[i].t == I_PEN ? w + s->items[i].w : w;
}

/* Splits between its characters every stretch of boxes wider than the
 * line (one word, a word whose face changes, a piece before a hyphen), so
 * that no line can be overfull. */
static void
split_wide_boxes(struct lines_ctx *c, struct scratch *s, const char *text, double size,
    double width)
{
	size_t i, e, n = s->nitems;
	struct item *old;
	char *wide = NULL;

	for (i = 0; i < n; i = e) {
		e = i + 1;
		if (s->items[i].t != I_BOX || unbreakable_width(s, i, &e) <= width)
			continue;
		if (wide == NULL)
			wide = xcalloc(n, 1);
		memset(wide + i, 1, e - i);
	}
	if (wide == NULL)
		return;
	old = s->items;
	s->items = NULL;
	s->nitems = s->icap = 0;
	for (i = 0; i < n; i++) {
		struct item it = old[i];
		size_t k, step;
		uint32_t cp;

		if (!wide[i]) {
			*add_item(s, it.t) = it;
			continue;
		}
		for (k = 0; k < it.len; k += step) {
			struct run r = { 0, 0, it.font, it.colour, it.href, NULL };

			step = utf8_decode(text + it.off + k, &cp);
			if (k > 0 || (i > 0 && wide[i - 1]))
				add_penalty(s, PEN_EMERGENCY, 0, 0);
			add_box(c, s, &r, it.off + k, step, size, text);
		}
	}
	free(wide);
	free(old);
}

static int
fitness(double r)
{
	return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

/* The adjustment ratio of a line from node a to item b. */
static double
ratio(const struct scratch *s, const struct node *a, size_t b, double width, double extra)
{
	double L = s->W[b] - a->W, y = s->Y[b] - a->Y + extra, z = s->Z[b] - a->Z;

	if (s->items[b].t == I_PEN)
		L += s->items[b].w;
	/* The sums run over the whole paragraph: a line exactly as wide as
	 * the measure may come out a hair over it. */
	if (fabs(L - width) < FIT_EPS)
		return 0;
	if (L < width)
		return y > 0 ? (width - L) / y : UNDERFULL;
	return z > 0 ? (width - L) / z : -INFINITY;
}

static int
new_node(struct scratch *s, size_t pos, int line, int fit, int prev, double dem)
{
	struct node *nd;
	size_t i;

	s->pool = xgrow(s->pool, &s->pcap, s->npool + 1, sizeof *s->pool);
	nd = &s->pool[s->npool];
	nd->pos = pos;
	nd->line = line;
	nd->fit = fit;
	nd->prev = prev;
	nd->dem = dem;
	/* The next line starts at the first box after the break: the glue
	 * and penalties between are dropped. */
	i = pos;
	if (prev >= 0)
		while (i < s->nitems && s->items[i].t != I_BOX &&
		    !(s->items[i].t == I_PEN && s->items[i].p <= -PEN_INF && i > pos))
			i++;
	nd->W = s->W[i];
	nd->Y = s->Y[i];
	nd->Z = s->Z[i];
	return (int)s->npool++;
}

/* Total fit: returns the pool index of the best final node, or -1 when no
 * set of breaks keeps every line's ratio within tolerance. */
static int
total_fit(struct scratch *s, double width, double extra, double tolerance)
{
	size_t n = s->nitems, b, k, nact, nnext;
	int best_final = -1, dropped;

	s->npool = 0;
	s->active = xgrow(s->active, &s->acap, 1, sizeof *s->active);
	s->active[0] = new_node(s, 0, 0, 1, -1, 0);
	nact = 1;
	for (b = 0; b < n && nact > 0; b++) {
		const struct item *it = &s->items[b];
		double best[4] = { INFINITY, INFINITY, INFINITY, INFINITY };
		int from[4] = { -1, -1, -1, -1 }, f;

		if (!((it->t == I_PEN && it->p < PEN_INF) ||
		    (it->t == I_GLUE && b > 0 && s->items[b - 1].t == I_BOX)))
			continue;
		s->next_active = xgrow(s->next_active, &s->ncap, nact + 4, sizeof *s->next_active);
		for (k = 0, nnext = 0, dropped = -1; k < nact; k++) {
			const struct node *a = &s->pool[s->active[k]];
			double r = ratio(s, a, b, width, extra), d;
			int forced = it->t == I_PEN && it->p <= -PEN_INF;

			if (!(r < -1 || forced))
				s->next_active[nnext++] = s->active[k];
			else if (r < -1 && (dropped < 0 || a->dem < s->pool[dropped].dem))
				dropped = s->active[k];
			if (r < -1 || r > tolerance)
				continue;
			d = LINE_PENALTY + fmin(100 * pow(fabs(r), 3), 10000);
			d *= d;
			if (it->t == I_PEN && it->p > 0)
				d += (double)it->p * it->p;
			else if (it->t == I_PEN && !forced)
				d -= (double)it->p * it->p;
			if (it->t == I_PEN && it->flagged && s->items[a->pos].t == I_PEN &&
			    s->items[a->pos].flagged)
				d += DEM_FLAGGED;
			f = fitness(r);
			if (abs(f - a->fit) > 1)
				d += DEM_FITNESS;
			d += a->dem;
			if (d < best[f]) {
				best[f] = d;
				from[f] = s->active[k];
			}
		}
		for (f = 0; f < 4; f++)
			if (from[f] >= 0)
				s->next_active[nnext++] = new_node(s, b, s->pool[from[f]].line + 1, f,
				    from[f], best[f]);
		/* Last resort: rather than lose the paragraph, break here after
		 * the overfull line (after split_wide_boxes, only a character
		 * wider than the line can be). */
		if (nnext == 0 && dropped >= 0 && isinf(tolerance))
			s->next_active[nnext++] = new_node(s, b, s->pool[dropped].line + 1, 1, dropped,
			    s->pool[dropped].dem + 1e12);
		s->active = xgrow(s->active, &s->acap, nnext, sizeof *s->active);
		memcpy(s->active, s->next_active, nnext * sizeof *s->active);
		nact = nnext;
	}
	for (k = 0; k < nact; k++) {
		const struct node *a = &s->pool[s->active[k]];

		if (a->pos == n - 1 && (best_final < 0 || a->dem < s->pool[best_final].dem))
			best_final = s->active[k];
	}
	return best_final;
}

/* Lays the items into lines of b at the breaks ending at node `last`. */
static void
set_lines(struct lines_ctx *c, struct scratch *s, struct tbox *b, int last, const char *text,
    const struct pstyle *st)
{
	size_t nbreaks = 0, i, k, start = 0;
	size_t *breaks;
	int nd;

	for (nd = last; nd >= 0 && s->pool[nd].prev >= 0; nd = s->pool[nd].prev)
		nbreaks++;
	breaks = xcalloc(nbreaks ? nbreaks : 1, sizeof *breaks);
	for (nd = last, k = nbreaks; k > 0; nd = s->pool[nd].prev)
		breaks[--k] = s->pool[nd].pos;
	for (k = 0; k < nbreaks; k++) {
		size_t end = breaks[k];
		struct node from = { 0 };
		double r = 0, x = 0;
		int joinable = 0;

		while (start < end && s->items[start].t != I_BOX)
			start++;
		box_line(b, k == 0 ? st->before : 0, st->lead, st->size);
		if (k == 0 && st->label != NULL) {
			struct piece lp = { st->label, strlen(st->label), st->x0 - st->hang, 0, st->font,
			    black, NULL, 1 };

			lp.w = lines_width(c, st->font, st->size, lp.s, lp.len);
			box_piece(b, &lp, 0);
		}
		from.W = s->W[start];
		from.Y = s->Y[start];
		from.Z = s->Z[start];
		/* A justified paragraph's last line keeps its natural spaces
		 * unless they must shrink for it to fit, as they may in any line. */
		if (st->align == ALIGN_JUSTIFY) {
			r = ratio(s, &from, end, st->width, 0);
			if (isinf(r) || (k + 1 == nbreaks && r > 0))
				r = 0;	/* nothing to stretch: one word alone */
			if (r < -1)
				r = -1;
		}
		for (i = start; i < end; i++) {
			const struct item *it = &s->items[i];

			if (it->t == I_BOX) {
				struct piece p = { text + it->off, it->len, st->x0 + x, it->w, it->font,
				    it->colour, it->href, 0 };

				box_piece(b, &p, joinable);
				x += it->w;
				joinable = 1;
			} else if (it->t == I_GLUE) {
				x += it->w + (r > 0 ? r * it->y : r * it->z);
				joinable = r == 0 ? 2 : 0;
			}
		}
		if (s->items[end].t == I_PEN && s->items[end].flagged && end > 0) {
			const struct item *prev = &s->items[end - 1];
			struct piece p = { added_hyphen, 1, st->x0 + x, s->items[end].w, prev->font,
			    prev->colour, prev->href, 0 };

			box_piece(b, &p, 0);
		}
		start = end + 1;
	}
	free(breaks);
}

void
lines_inline(struct lines_ctx *c, struct tbox *b, const struct doc_node *n,
    const struct pstyle *st)
{
	struct scratch *s = scratch(c);
	struct buf gathered = {0};
	char *text;
	size_t len, i;
	double extra = st->align != ALIGN_JUSTIFY ? RAGGED_STRETCH * st->size : 0;
	int last;

	s->nruns = 0;
	collect(s, n, st->font, black, NULL, &gathered);
	text = replace_missing(c, s, gathered.s ? gathered.s : "");
	buf_free(&gathered);
	len = strlen(text);
	b->texts = xgrow(b->texts, &b->tcap, b->ntexts + 1, sizeof *b->texts);
	b->texts[b->ntexts++] = text;

	b->item = st->item;
	build_items(c, s, text, len, st);
	if (s->nitems == 0) {	/* nothing to set: a label alone, or no line */
		if (st->label != NULL) {
			struct piece lp = { st->label, strlen(st->label), st->x0 - st->hang, 0,
			    st->font, black, NULL, 1 };

			box_line(b, st->before, st->lead, st->size);
			box_piece(b, &lp, 0);
		}
		return;
	}
	split_wide_boxes(c, s, text, st->size, st->width);
	if (st->align != ALIGN_JUSTIFY)
		for (i = 0; i < s->nitems; i++)
			s->items[i].y = s->items[i].z = 0;	/* rigid word spaces */
	/* The paragraph ends with glue that fills the last line, and a forced break. */
	add_item(s, I_GLUE)->y = 1e6;
	add_penalty(s, -PEN_INF, 0, 0);

	s->W = xgrow(s->W, &s->scap, s->nitems + 1, sizeof *s->W);
	s->Y = xrealloc(s->Y, s->scap * sizeof *s->Y);
	s->Z = xrealloc(s->Z, s->scap * sizeof *s->Z);
	s->W[0] = s->Y[0] = s->Z[0] = 0;
	for (i = 0; i < s->nitems; i++) {
		const struct item *it = &s->items[i];

		s->W[i + 1] = s->W[i] + (it->t == I_PEN ? 0 : it->w);
		s->Y[i + 1] = s->Y[i] + (it->t == I_GLUE ? it->y : 0);
		s->Z[i + 1] = s->Z[i] + (it->t == I_GLUE ? it->z : 0);
	}
	if ((last = total_fit(s, st->width, extra, 1.5)) < 0 &&
	    (last = total_fit(s, st->width, extra, 4)) < 0)
		last = total_fit(s, st->width, extra, INFINITY);
	set_lines(c, s, b, last, text, st);
}

char *
lines_drawable(struct lines_ctx *c, enum dev_font f, const char *text, const struct doc_node *at)
{
	struct scratch *s = scratch(c);

	s->runs = xgrow(s->runs, &s->rcap, 1, sizeof *s->runs);
	s->nruns = 1;
	memset(s->runs, 0, sizeof *s->runs);
	s->runs[0].len = strlen(text);
	s->runs[0].font = f;
	s->runs[0].node = at;
	return replace_missing(c, s, text);
}

void
lines_blocks(struct lines_ctx *c, struct tbox *b, const struct doc_node *n, enum dev_font font,
    double size, double lead, double w, enum align align)
{
	const struct doc_node *k, *item;
	int has_inline = 0;
	double indent = size * 1.6;
	struct pstyle st = { font, size, lead, 0, w, NULL, 0, 0, align, NULL };

	for (k = n->first; k != NULL; k = k->next)
		has_inline |= doc_is_inline(k->type);
	if (has_inline || n->first == NULL) {
		lines_inline(c, b, n, &st);
		return;
	}
	for (k = n->first; k != NULL; k = k->next) {
		if (k->type == DOC_PARA) {
			lines_inline(c, b, k, &st);
		} else if (k->type == DOC_LIST) {
			for (item = k->first; item != NULL; item = item->next) {
				struct pstyle is = { font, size, lead, indent, w - indent,
				    item->as.item.label, indent, item == k->first ? st.before : 2,
				    align, NULL };

				lines_inline(c, b, item, &is);
			}
		}
		st.before = size * 0.45;
	}
}
