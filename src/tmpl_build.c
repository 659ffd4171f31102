/* tmpl_build.c: the document's nodes (doc.h) that a template's elements
 * make, with what they need checked against the data and the ids that
 * <ref>s will point to. */
#include "tmpl_fill.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "measures.h"
#include "util.h"

/* A <chart> as its series and points come in. */
struct chartbuild {
	struct cseries {
		char          *name;
		enum doc_shade shade;
		char         **labels;
		char         **units;	/* a point's own unit, or NULL */
		struct mvalue *values;
		struct mvalue *marks;	/* a point's own target */
		size_t         n, cap, lcap, ucap, mcap;
	}     *series;
	size_t nseries, cap;
};

/* Keeps s (owned) for the life of the document; returns it. */
static const char *
keep_string(struct doc *doc, char *s)
{
	doc->strings = xgrow(doc->strings, &doc->scap, doc->nstrings + 1,
	    sizeof *doc->strings);
	doc->strings[doc->nstrings++] = s;
	return s;
}

struct doc_node *
build_node(struct fill *st, enum doc_type type, const struct tnode *x)
{
	struct srcpos p = x->pos;
	size_t i;

	/* The node keeps a copy of its file name in the document; the names
	 * come from a few strings of the template, so the last is remembered
	 * (the document's strings also hold one context a data row). */
	if (p.file != st->file_src) {
		for (i = 0; i < st->nfiles && strcmp(st->files[i], p.file) != 0; i++)
			;
		if (i == st->nfiles) {
			st->files = xgrow(st->files, &st->fcap, st->nfiles + 1, sizeof *st->files);
			st->files[st->nfiles++] = keep_string(st->doc, xstrdup(p.file));
		}
		st->file_src = p.file;
		st->file_kept = st->files[i];
	}
	p.file = st->file_kept;
	return doc_node_new(type, &p);
}

/* Appends n to parent, or reports that the template put it where the
 * paper cannot hold it; frees n then. */
static int
put(struct fill *st, struct doc_node *parent, struct doc_node *n, const struct tnode *x)
{
	if (doc_append(parent, n) == 0)
		return 0;
	terror(st, x, D_MISPLACED, "<%s>", x->name);
	doc_node_free(n);
	return -1;
}

/* A word of an attribute and what it means. */
struct word {
	const char *name;
	int         value;
};

/* What v means among the n words of w, or -1 when it is none of them. */
static int
word_value(const struct word *w, size_t n, const char *v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(w[i].name, v) == 0)
			return w[i].value;
	return -1;
}

/* A cell's shading from its name; the rating keys of rate.h and the
 * action statuses of the schema name theirs. */
static enum doc_shade
shade_of(struct fill *st, const struct tnode *x, const char *v)
{
	static const struct word names[] = {
		{ "", SHADE_NONE }, { "none", SHADE_NONE }, { "green", SHADE_GREEN },
		{ "amber", SHADE_AMBER }, { "red", SHADE_RED }, { "grey", SHADE_GREY },
		{ "not-rated", SHADE_GREY }, { "blue", SHADE_BLUE },
		/* an action's status: complete in blue, as several councils show it */
		{ "complete", SHADE_BLUE }, { "on_track", SHADE_GREEN }, { "at_risk", SHADE_AMBER },
		{ "off_track", SHADE_RED }, { "not_started", SHADE_GREY },
	};
	int k = word_value(names, sizeof names / sizeof names[0], v);

	if (k < 0)
		terror(st, x, D_UNKNOWN_SHADE, "'%s'", v);
	return k < 0 ? SHADE_NONE : (enum doc_shade)k;
}

/* A cell's arrow from its name; the direction keys of rate.h name theirs
 * (improving points up, worsening down, whatever the measure's polarity). */
static enum doc_arrow
arrow_of(struct fill *st, const struct tnode *x, const char *v)
{
	static const struct word names[] = {
		{ "", ARROW_NONE }, { "none", ARROW_NONE }, { "up", ARROW_UP },
		{ "improving", ARROW_UP }, { "down", ARROW_DOWN }, { "worsening", ARROW_DOWN },
		{ "level", ARROW_LEVEL },
	};
	int k = word_value(names, sizeof names / sizeof names[0], v);

	if (k < 0)
		terror(st, x, D_UNKNOWN_ARROW, "'%s'", v);
	return k < 0 ? ARROW_NONE : (enum doc_arrow)k;
}

/* Keeps the id="..." of n on it, and n among the nodes a <ref> may name. */
static void
anchor(struct fill *st, const struct tnode *x, struct doc_node *n)
{
	char *id = bind_attr(st, x, "id");
	size_t k;

	if (id == NULL || st->checking) {	/* a loop over no rows builds nothing kept */
		free(id);
		return;
	}
	for (k = 0; k < st->nanchors; k++)
		if (strcmp(st->anchors[k]->id, id) == 0) {
			terror(st, x, D_ID_TWICE, "'%s'", id);
			free(id);
			return;
		}
	n->id = id;
	st->anchors = xgrow(st->anchors, &st->acap, st->nanchors + 1, sizeof *st->anchors);
	st->anchors[st->nanchors++] = n;
}

/* Inline content in a block that holds paragraphs goes into an implicit
 * paragraph, continued while inline content follows. */
static struct doc_node *
inline_parent(struct fill *st, struct doc_node *parent, const struct tnode *x)
{
	struct doc_node *p;

	if (parent->type == DOC_FIELD) {
		if (parent->last != NULL && parent->last->type == DOC_PARA &&
		    parent->last->as.para.implicit)
			return parent->last;
		p = build_node(st, DOC_PARA, x);
		p->as.para.implicit = 1;
		p->flags |= DOC_PLAIN;
		doc_append(parent, p);
		return p;
	}
	return parent;
}

/* Whether a template node next to a text is inline content (text, b, i,
 * link, ref, or a binding's if or each, which may hold either). */
static int
inline_sibling(const struct tnode *x)
{
	if (x == NULL)
		return 0;
	switch (x->kind) {
	case T_TEXT: case T_B: case T_I: case T_LINK: case T_REF: case T_IF: case T_EACH:
		return 1;
	default:
		return 0;
	}
}

void
build_text(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	char *t;
	struct doc_node *n;

	st->bound_set = st->bound_row = NULL;
	t = bind_text(st, x, x->text, 1);

	/* A space between inline elements is text; between blocks, or at the
	 * edge of a cell or field, it is only layout of the template. */
	if (t[0] == '\0' || (t[0] == ' ' && t[1] == '\0' &&
	    ((!doc_is_inline(parent->type) && parent->type != DOC_PARA &&
	    parent->type != DOC_ITEM && parent->type != DOC_CELL) ||
	    (parent->type == DOC_CELL && !(inline_sibling(x->prev) && inline_sibling(x->next)))))) {
		free(t);
		return;
	}
	parent = inline_parent(st, parent, x);
	n = build_node(st, DOC_TEXT, x);
	n->as.text.str = t;
	if (st->bound_set != NULL && st->bound_row != NULL)
		n->pos.ctx = keep_string(st->doc, xasprintf("%s row %s", st->bound_set, st->bound_row));
	if (doc_append(parent, n) == -1) {
		terror(st, x, D_TEXT_OUTSIDE, "'%s'", t);
		doc_node_free(n);
	}
}

/* <p style="numbered|bullet|plain">: a bullet becomes an item of the list
 * of bullets it follows, or of a new one. */
static void
add_para(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	char *style = bind_attr(st, x, "style"), *align = bind_attr(st, x, "align");
	struct doc_node *n;

	if (style != NULL && strcmp(style, "bullet") == 0) {
		struct doc_node *list = parent->last;

		if (list == NULL || list->type != DOC_LIST || !(list->flags & DOC_BULLETS)) {
			list = build_node(st, DOC_LIST, x);
			list->flags |= DOC_BULLETS;
			if (put(st, parent, list, x) == -1)
				goto out;
		}
		n = build_node(st, DOC_ITEM, x);
		n->as.item.label = xstrdup("\xE2\x80\xA2");
		doc_append(list, n);
	} else {
		n = build_node(st, DOC_PARA, x);
		if (style != NULL && strcmp(style, "plain") == 0)
			n->flags |= DOC_PLAIN;
		else if (style != NULL && style[0] != '\0' && strcmp(style, "numbered") != 0)
			terror(st, x, D_UNKNOWN_STYLE, "'%s'", style);
		if (put(st, parent, n, x) == -1)
			goto out;
		anchor(st, x, n);
	}
	if (align != NULL && strcmp(align, "left") == 0)
		n->flags |= DOC_RAGGED;
	else if (align != NULL && strcmp(align, "justify") != 0)
		terror(st, x, D_UNKNOWN_ALIGN, "'%s'", align);
	expand_children(st, x, n);
out:
	free(style);
	free(align);
}

static void
add_table(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	char *w = bind_attr(st, x, "widths"), *p, *end;
	struct doc_node *t = build_node(st, DOC_TABLE, x);
	double v;

	t->as.table.caption = bind_attr(st, x, "caption");
	if (w == NULL) {
		terror(st, x, D_TABLE_WIDTHS, NULL);
		w = xstrdup("1");
	}
	for (p = w; ; p = end) {
		v = strtod(p, &end);
		if (end == p)
			break;
		if (!(v > 0) || !isfinite(v))
			terror(st, x, D_BAD_WIDTHS, "'%s'", w);
		t->as.table.widths = xrealloc(t->as.table.widths,
		    (size_t)(t->as.table.ncols + 1) * sizeof *t->as.table.widths);
		t->as.table.widths[t->as.table.ncols++] = v;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0' || t->as.table.ncols == 0)
		terror(st, x, D_BAD_WIDTHS, "'%s'", w);
	free(w);
	if (put(st, parent, t, x) == 0) {
		anchor(st, x, t);
		expand_children(st, x, t);
	}
}

static void
check_row(struct fill *st, const struct tnode *x, const struct doc_node *row)
{
	const struct doc_node *c;
	int n = 0, ncols = row->parent->as.table.ncols;

	for (c = row->first; c != NULL; c = c->next)
		n += c->as.cell.span;
	if (ncols > 0 && n != ncols) {
		terror(st, x, D_ROW_COLUMNS, "the row has %d, the table %d", n, ncols);
	}
}

/* <ref to="ID"/>: a REF node, pointed at what it names and given its
 * words once everything is numbered (tmpl.c). */
static void
add_ref(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	struct doc_node *n;

	if (st->checking) {
		free(bind_attr(st, x, "to"));
		return;
	}
	n = build_node(st, DOC_REF, x);
	if (put(st, inline_parent(st, parent, x), n, x) == -1)
		return;
	st->refs = xgrow(st->refs, &st->rcap, st->nrefs + 1, sizeof *st->refs);
	st->refs[st->nrefs].node = n;
	st->refs[st->nrefs++].to = bind_attr(st, x, "to");
}

/* The number of x's attribute `what` (value, target, floor): the number
 * the bound value carries, when the attribute is that binding alone;
 * else its text, bindings filled, read as a number. */
static struct mvalue
chart_number(struct fill *st, const struct tnode *x, const char *what)
{
	struct mvalue r = MV_NA;
	char *v, *end;
	double d;

	if (bind_attr_num(st, x, what, &d) == 0)
		return MV(d);
	v = bind_attr(st, x, what);
	if (v == NULL || v[strspn(v, " ")] == '\0')
		goto out;	/* no value: a gap, never 0 */
	d = strtod(v, &end);
	if (*end != '\0') {
		terror(st, x, D_NOT_A_NUMBER, "%s '%s'", what, v);
		goto out;
	}
	r = MV(d);
out:
	free(v);
	return r;
}

/* <series name> inside a <chart>, and <point label value> inside that. */
static void
add_series(struct fill *st, const struct tnode *x)
{
	struct chartbuild *b = st->chart;
	struct cseries *c;
	char *v;

	if (st->checking) {	/* bindings checked, nothing added */
		free(bind_attr(st, x, "name"));
		expand_children(st, x, NULL);
		return;
	}
	b->series = xgrow(b->series, &b->cap, b->nseries + 1, sizeof *b->series);
	c = &b->series[b->nseries++];
	memset(c, 0, sizeof *c);
	c->name = bind_attr(st, x, "name");
	if ((v = bind_attr(st, x, "shade")) != NULL) {
		c->shade = shade_of(st, x, v);
		free(v);
	}
	expand_children(st, x, NULL);
}

static void
add_point(struct fill *st, const struct tnode *x)
{
	struct cseries *c;

	if (st->checking || st->chart->nseries == 0) {
		free(bind_attr(st, x, "label"));
		free(bind_attr(st, x, "value"));
		free(bind_attr(st, x, "unit"));
		free(bind_attr(st, x, "target"));
		return;
	}
	c = &st->chart->series[st->chart->nseries - 1];
	c->values = xgrow(c->values, &c->cap, c->n + 1, sizeof *c->values);
	c->labels = xgrow(c->labels, &c->lcap, c->n + 1, sizeof *c->labels);
	c->units = xgrow(c->units, &c->ucap, c->n + 1, sizeof *c->units);
	c->marks = xgrow(c->marks, &c->mcap, c->n + 1, sizeof *c->marks);
	c->labels[c->n] = bind_attr(st, x, "label");
	c->units[c->n] = bind_attr(st, x, "unit");
	c->marks[c->n] = chart_number(st, x, "target");
	c->values[c->n++] = chart_number(st, x, "value");
}

/* Whether every point of the chart is in its unit u (a point's unit=,
 * when given): a figure in days on a "%" axis reads as a percentage.
 * Reports the first that is not. */
static int
one_unit(struct fill *st, const struct tnode *x, const struct chartbuild *b, enum unit u)
{
	size_t i, j;
	enum unit pu;

	for (i = 0; i < b->nseries; i++)
		for (j = 0; j < b->series[i].n; j++) {
			const char *w = b->series[i].units[j];

			if (w == NULL || *w == '\0')
				continue;
			if (unit_parse(w, &pu) == -1) {
				terror(st, x, D_UNKNOWN_UNIT, "'%s'", w);
				return 0;
			}
			if (pu != u) {
				terror(st, x, D_CHART_UNITS, "'%s' is in %s, the chart in %s",
				    b->series[i].labels[j] ? b->series[i].labels[j] : "",
				    unit_word(pu), unit_word(u));
				return 0;
			}
		}
	return 1;
}

/* The first series' own targets, when any point has one: the chart's
 * per-category marks. */
static void
set_marks(struct chart *c, const struct chartbuild *b)
{
	size_t j;

	for (j = 0; b->nseries > 0 && j < b->series[0].n; j++)
		if (mv_present(b->series[0].marks[j])) {
			chart_set_marks(c, b->series[0].marks);
			return;
		}
}

/* <chart kind title unit target floor axis alt>: its series' points are
 * the categories, taken from the first series. */
static void
add_chart(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	struct chartbuild b = {0}, *outer = st->chart;
	char *kind = bind_attr(st, x, "kind"), *title = bind_attr(st, x, "title"), *unit = bind_attr(st, x, "unit");
	enum chart_kind k;
	enum unit u;
	struct doc_node *n;
	size_t i, j;

	st->chart = &b;
	expand_children(st, x, NULL);
	st->chart = outer;
	if (st->checking) {	/* a loop over no rows: its bindings are checked */
		free(bind_attr(st, x, "target"));
		free(bind_attr(st, x, "floor"));
		free(bind_attr(st, x, "axis"));
		free(bind_attr(st, x, "alt"));
		/* and so is a unit written out, which needs no data */
		if (strchr(ttree_attr(x, "unit"), '{') == NULL && unit_parse(unit, &u) == -1)
			terror(st, x, D_UNKNOWN_UNIT, "'%s'", unit);
	} else if (chart_kind_parse(kind, &k) == -1)
		terror(st, x, D_UNKNOWN_CHART, "'%s'", kind);
	else if (unit_parse(unit, &u) == -1)
		terror(st, x, D_UNKNOWN_UNIT, "'%s'", unit);
	else if (one_unit(st, x, &b, u)) {
		for (i = 1; i < b.nseries; i++)
			if (b.series[i].n != b.series[0].n)
				terror(st, x, D_SERIES_LENGTH, "'%s' has %zu, the first %zu",
				    b.series[i].name, b.series[i].n, b.series[0].n);
		n = build_node(st, DOC_CHART, x);
		n->as.chart = chart_new(k, title ? title : "", u,
		    b.nseries ? (const char *const *)b.series[0].labels : NULL,
		    b.nseries ? b.series[0].n : 0);
		for (i = 0; i < b.nseries; i++) {
			if (b.series[i].n != b.series[0].n)
				continue;
			chart_add_series(n->as.chart, b.series[i].name ? b.series[i].name : "",
			    b.series[i].values);
			n->as.chart->series[n->as.chart->nseries - 1].shade = b.series[i].shade;
		}
		set_marks(n->as.chart, &b);
		n->as.chart->target = chart_number(st, x, "target");
		n->as.chart->floor_std = chart_number(st, x, "floor");
		n->as.chart->axis = bind_attr(st, x, "axis");
		n->as.chart->alt = bind_attr(st, x, "alt");
		if (put(st, parent, n, x) == 0)
			anchor(st, x, n);
	}
	for (i = 0; i < b.nseries; i++) {
		for (j = 0; j < b.series[i].n; j++) {
			free(b.series[i].labels[j]);
			free(b.series[i].units[j]);
		}
		free(b.series[i].labels);
		free(b.series[i].units);
		free(b.series[i].values);
		free(b.series[i].marks);
		free(b.series[i].name);
	}
	free(b.series);
	free(kind);
	free(title);
	free(unit);
}

void
build_element(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	struct doc_node *n = NULL;
	char *v;

	if (x->kind == T_P) {
		add_para(st, x, parent);
		return;
	}
	if (x->kind == T_TABLE) {
		add_table(st, x, parent);
		return;
	}
	if (x->kind == T_REF) {
		add_ref(st, x, parent);
		return;
	}
	if (x->kind == T_CHART) {
		add_chart(st, x, parent);
		return;
	}
	if (x->kind == T_SERIES || x->kind == T_POINT) {
		if (st->chart != NULL)
			(x->kind == T_SERIES ? add_series : add_point)(st, x);
		return;
	}
	if (x->kind == T_FRONTSHEET)
		n = build_node(st, DOC_FRONTSHEET, x);
	else if (x->kind == T_FIELD) {
		n = build_node(st, DOC_FIELD, x);
		n->as.field.label = bind_attr(st, x, "label");
	} else if (x->kind == T_SECTION || x->kind == T_APPENDIX) {
		n = build_node(st, x->kind == T_SECTION ? DOC_SECTION : DOC_APPENDIX, x);
		n->as.heading.title = bind_attr(st, x, "title");
	} else if (x->kind == T_LIST) {
		n = build_node(st, DOC_LIST, x);
		if (bind_attr_yes(st, x, "ordered"))
			n->flags |= DOC_ORDERED;
	} else if (x->kind == T_ITEM) {
		n = build_node(st, DOC_ITEM, x);
	} else if (x->kind == T_HEAD || x->kind == T_ROW) {
		n = build_node(st, DOC_ROW, x);
		if (x->kind == T_HEAD)
			n->flags |= DOC_HEADER;
		else if (bind_attr_yes(st, x, "group"))
			n->flags |= DOC_GROUP;
		/* keep: yes, or a count such as an action's sub-actions. */
		if ((v = bind_attr(st, x, "keep")) != NULL) {
			if (*v != '\0' && strcmp(v, "0") != 0 && strcmp(v, "no") != 0)
				n->flags |= DOC_KEEP_NEXT;
			free(v);
		}
	} else if (x->kind == T_CELL) {
		n = build_node(st, DOC_CELL, x);
		if ((v = bind_attr(st, x, "span")) != NULL) {
			long span = strtol(v, NULL, 10);

			if (span < 1 || span > 64)
				terror(st, x, D_BAD_SPAN, "'%s'", v);
			n->as.cell.span = span < 1 || span > 64 ? 1 : (int)span;
			free(v);
		}
		if ((v = bind_attr(st, x, "align")) != NULL) {
			if (strcmp(v, "justify") == 0)
				n->flags |= DOC_JUSTIFY;
			else if (strcmp(v, "left") != 0)
				terror(st, x, D_UNKNOWN_ALIGN, "'%s'", v);
			free(v);
		}
		if ((v = bind_attr(st, x, "shade")) != NULL) {
			n->as.cell.shade = shade_of(st, x, v);
			free(v);
		}
		if ((v = bind_attr(st, x, "arrow")) != NULL) {
			n->as.cell.arrow = arrow_of(st, x, v);
			free(v);
		}
	} else if (x->kind == T_PAGEBREAK)
		n = build_node(st, DOC_PAGEBREAK, x);
	else if (x->kind == T_CONTENTS) {
		n = build_node(st, DOC_CONTENTS, x);
		if ((n->as.heading.title = bind_attr(st, x, "title")) == NULL)
			n->as.heading.title = xstrdup("Contents");
	} else if (x->kind == T_B)
		n = build_node(st, DOC_BOLD, x);
	else if (x->kind == T_I)
		n = build_node(st, DOC_ITALIC, x);
	else if (x->kind == T_LINK) {
		n = build_node(st, DOC_LINK, x);
		n->as.link.uri = bind_attr(st, x, "href");
	} else {
		terror(st, x, D_NOT_IN_LANGUAGE, "<%s>", x->name);
		return;
	}
	if (doc_is_inline(n->type))
		parent = inline_parent(st, parent, x);
	if (put(st, parent, n, x) == -1)
		return;
	if (n->type == DOC_SECTION || n->type == DOC_APPENDIX)
		anchor(st, x, n);
	expand_children(st, x, n);
	if (n->type == DOC_ROW)
		check_row(st, x, n);
}
