/* tmpl.c: the only file that includes libxml2. Parses a template safely
 * (no network, no DOCTYPE, no entities), fills its bindings from the
 * paper's datasets, and builds the document tree with numbering. */
#include "tmpl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "date.h"
#include "measures.h"
#include "util.h"

/* What an element may contain, and where it may stand. */
enum ctx { C_ROOT, C_FRONT, C_FIELD, C_FLOW, C_INLINE, C_LIST, C_TABLE, C_ROW, C_CELL };

/* Cross-references: each id's node, and each <ref> waiting for one. */
struct anchor {
	char                  *id;
	const struct doc_node *node;
};

/* A <chart> as its series and points come in. */
struct chartbuild {
	struct cseries {
		char          *name;
		char         **labels;
		struct mvalue *values;
		size_t         n, cap, lcap;
	}     *series;
	size_t nseries, cap;
};

/* One level of <each>: the dataset iterated and the current row. */
struct frame {
	const struct dataset *set;
	const struct ds_row  *row;	/* NULL while checking an empty dataset */
};

struct state {
	const struct paperdata *pd;
	const char             *file;	/* the template path, for messages */
	struct doc             *doc;
	struct frame            stack[8];
	int                     depth;
	int                     errors;
	struct anchor          *anchors;	/* ids met so far */
	size_t                  nanchors, acap;
	struct {
		struct doc_node *node;
		char            *to;
	}                      *refs;	/* <ref>s to resolve after numbering */
	size_t                  nrefs, rcap;
	int                     checking;	/* inside a loop over no rows */
	const struct tmpl      *t;		/* for the source text, for columns */
	const char            **files;	/* file names kept in the document */
	size_t                  nfiles, fcap;
	const char             *file_src;	/* the last name asked for, */
	const char             *file_kept;	/* and its kept copy */
	struct chartbuild      *chart;	/* the <chart> being filled, or NULL */
	const char             *bound_set;	/* where the last binding read from */
	const char             *bound_row;	/* its _rowid, or NULL */
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

static struct srcpos
pos_of(const struct state *st, const xmlNode *x)
{
	/* An included fragment's nodes remember their file (see mark_files). */
	struct srcpos p = { x->_private ? (const char *)x->_private : st->file,
	    (unsigned)xmlGetLineNo(x), 0, NULL };

	/* An included text may have lost its line: its element's is near. */
	if ((int)p.line <= 0 && x->parent != NULL && xmlGetLineNo(x->parent) > 0)
		p.line = (unsigned)xmlGetLineNo(x->parent);
	return p;
}

static void locate(const struct tmpl *t, struct srcpos *p, const char *needle);

static void terror_at(struct state *st, const xmlNode *x, const char *needle, const char *fmt,
    ...) __attribute__((format(printf, 4, 5)));

/* A template error at x, its column found by looking for needle in the
 * source from x's line (an element's own "<name" when needle is NULL). */
static void
terror_at(struct state *st, const xmlNode *x, const char *needle, const char *fmt, ...)
{
	struct srcpos p = pos_of(st, x);
	struct buf msg = {0};
	va_list ap;
	char *own = NULL;

	if (needle == NULL && x->type == XML_ELEMENT_NODE)
		needle = own = xasprintf("<%s", (const char *)x->name);
	if (needle != NULL && st->t != NULL) {
		/* libxml2 gives a text the line it ends on: look from where it
		 * starts, after the element before it or its parent's tag. */
		struct srcpos from = p;
		const xmlNode *before = x->prev ? x->prev : x->parent;

		if (x->type != XML_ELEMENT_NODE && before != NULL && xmlGetLineNo(before) > 0)
			from.line = (unsigned)xmlGetLineNo(before);
		locate(st->t, &from, needle);
		if (from.col > 0)
			p = from;
	}
	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	diag(D_TMPL, &p, "%s", msg.s);
	buf_free(&msg);
	free(own);
	st->errors++;
}

#define terror(st, x, ...) terror_at((st), (x), NULL, __VA_ARGS__)

static int
is_el(const xmlNode *x, const char *name)
{
	return strcmp((const char *)x->name, name) == 0;
}

/* Remembers the dataset row a binding read, so that text built from it
 * can say where it came from ("paragraphs row 12"). */
static void
note_source(struct state *st, const struct dataset *d, const struct ds_row *row)
{
	int c = ds_col(d->schema, "_rowid");

	st->bound_set = d->schema->name;
	st->bound_row = c >= 0 ? row->vals[c] : NULL;
}

/* Finds a value: "set.col" names a dataset being iterated (innermost
 * first) or a top-level dataset's first row; "col" the innermost row.
 * Returns 0 and sets *val (NULL: no value), or -1 when there is no such field. */
static int
lookup(struct state *st, const char *ref, const char **val)
{
	const char *dot = strchr(ref, '.');
	const struct dataset *d;
	int i, c;

	*val = NULL;
	if (dot == NULL) {
		if (st->depth == 0)
			return -1;
		d = st->stack[st->depth - 1].set;
		if ((c = ds_col(d->schema, ref)) < 0 || ref[0] == '_')
			return -1;
		if (st->stack[st->depth - 1].row != NULL) {
			*val = st->stack[st->depth - 1].row->vals[c];
			note_source(st, d, st->stack[st->depth - 1].row);
		}
		return 0;
	}
	for (i = st->depth - 1; i >= 0; i--) {
		d = st->stack[i].set;
		if (strlen(d->schema->name) == (size_t)(dot - ref) &&
		    strncmp(d->schema->name, ref, (size_t)(dot - ref)) == 0) {
			if ((c = ds_col(d->schema, dot + 1)) < 0 || dot[1] == '_')
				return -1;
			if (st->stack[i].row != NULL) {
				*val = st->stack[i].row->vals[c];
				note_source(st, d, st->stack[i].row);
			}
			return 0;
		}
	}
	{
		char *set = xstrndup(ref, (size_t)(dot - ref));

		d = pd_set(st->pd, set);
		free(set);
	}
	if (d == NULL || (c = ds_col(d->schema, dot + 1)) < 0 || dot[1] == '_')
		return -1;
	if (d->nrows > 0) {
		*val = d->rows[0].vals[c];
		note_source(st, d, &d->rows[0]);
	}
	return 0;
}

static void
apply_filter(struct state *st, const xmlNode *x, const char *filter, const char *val,
    struct buf *out)
{
	static const char *const known[] = {
		"date", "longdate", "yesno", "humanise", "upper", "number", "percent", "money",
	};
	size_t i;

	for (i = 0; i < sizeof known / sizeof known[0] && strcmp(known[i], filter) != 0; i++)
		;
	if (i == sizeof known / sizeof known[0]) {
		char *needle = xasprintf("|%s", filter);

		terror_at(st, x, needle, "unknown filter '%s' (known: date, longdate, yesno, "
		    "humanise, upper, number, percent, money)", filter);
		free(needle);
		return;
	}
	if (val == NULL)
		return;
	if (strcmp(filter, "date") == 0 || strcmp(filter, "longdate") == 0) {
		struct date d;

		if (date_parse(val, &d) == 0) {
			char *text = date_text(d, filter[0] == 'l' ? DATE_LONG : DATE_PLAIN);

			buf_add(out, text);
			free(text);
		} else
			buf_add(out, val);
	} else if (strcmp(filter, "number") == 0 || strcmp(filter, "percent") == 0 ||
	    strcmp(filter, "money") == 0) {
		char *end, *f;
		double d = strtod(val, &end);
		enum unit u = filter[0] == 'n' ? UNIT_COUNT : filter[0] == 'p' ? UNIT_PERCENT : UNIT_POUNDS;

		if (*val == '\0' || *end != '\0') {
			terror(st, x, "'%s' is not a number for |%s", val, filter);
			return;
		}
		f = measure_format(MV(d), u);
		buf_add(out, f);
		free(f);
	} else if (strcmp(filter, "upper") == 0) {
		for (; *val != '\0'; val++)
			buf_addc(out, *val >= 'a' && *val <= 'z' ? (char)(*val - 'a' + 'A') : *val);
	} else if (strcmp(filter, "yesno") == 0) {
		buf_add(out, strcmp(val, "0") == 0 || val[0] == '\0' ? "No" : "Yes");
	} else if (strcmp(filter, "humanise") == 0) {
		size_t start = out->len;

		for (; *val != '\0'; val++)
			buf_addc(out, *val == '_' ? ' ' : *val);
		if (out->len > start && out->s[start] >= 'a' && out->s[start] <= 'z')
			out->s[start] = (char)(out->s[start] - 'a' + 'A');
	}
}

/* Replaces each {field} or {field|filter} in s; "{{" is a literal brace.
 * Whitespace runs become one space when fold is set. Caller frees. */
static char *
interpolate(struct state *st, const xmlNode *x, const char *s, int fold)
{
	struct buf out = {0};

	while (*s != '\0') {
		if (s[0] == '{' && s[1] == '{') {
			buf_addc(&out, '{');
			s += 2;
		} else if (s[0] == '{') {
			const char *end = strchr(s, '}');
			char *ref, *bar;
			const char *val;

			if (end == NULL) {
				terror_at(st, x, s, "unterminated binding '%s'", s);
				break;
			}
			ref = xstrndup(s + 1, (size_t)(end - s - 1));
			if ((bar = strchr(ref, '|')) != NULL)
				*bar++ = '\0';
			if (lookup(st, ref, &val) == -1) {
				char *needle = xasprintf("{%s", ref);

				terror_at(st, x, needle, "no field '%s' here", ref);
				free(needle);
			} else if (bar != NULL)
				apply_filter(st, x, bar, val, &out);
			else if (val != NULL)
				buf_add(&out, val);
			free(ref);
			s = end + 1;
		} else
			buf_addc(&out, *s++);
	}
	/* The officers' text folds like the template's: a line break or tab
	 * stored in the data is a space on the page. */
	if (fold && out.s != NULL) {
		char *r = out.s, *w = out.s;

		for (; *r != '\0'; r++) {
			int space = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';

			if (!space)
				*w++ = *r;
			else if (w == out.s || w[-1] != ' ')
				*w++ = ' ';
		}
		*w = '\0';
		out.len = (size_t)(w - out.s);
	}
	return buf_take(&out);
}

/* An attribute's value with bindings filled, or NULL when absent. */
static char *
attr(struct state *st, const xmlNode *x, const char *name)
{
	xmlChar *raw = xmlGetProp(x, (const xmlChar *)name);
	char *v;

	if (raw == NULL)
		return NULL;
	v = interpolate(st, x, (const char *)raw, 1);
	xmlFree(raw);
	return v;
}

static int
attr_yes(struct state *st, const xmlNode *x, const char *name)
{
	char *v = attr(st, x, name);
	int yes = v != NULL && strcmp(v, "yes") == 0;

	free(v);
	return yes;
}

static struct doc_node *
node(struct state *st, enum doc_type type, const xmlNode *x)
{
	struct srcpos p = pos_of(st, x);
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
put(struct state *st, struct doc_node *parent, struct doc_node *n, const xmlNode *x)
{
	if (doc_append(parent, n) == 0)
		return 0;
	terror(st, x, "<%s> is not allowed here", (const char *)x->name);
	doc_node_free(n);
	return -1;
}

/* A cell's shading from its name; the rating keys of rate.h and the
 * action statuses of the schema name theirs. */
static enum doc_shade
shade_of(struct state *st, const xmlNode *x, const char *v)
{
	static const struct { const char *name; enum doc_shade shade; } names[] = {
		{ "", SHADE_NONE }, { "none", SHADE_NONE }, { "green", SHADE_GREEN },
		{ "amber", SHADE_AMBER }, { "red", SHADE_RED }, { "grey", SHADE_GREY },
		{ "not-rated", SHADE_GREY }, { "blue", SHADE_BLUE },
		/* an action's status: complete in blue, as several councils show it */
		{ "complete", SHADE_BLUE }, { "on_track", SHADE_GREEN }, { "at_risk", SHADE_AMBER },
		{ "off_track", SHADE_RED }, { "not_started", SHADE_GREY },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i].name, v) == 0)
			return names[i].shade;
	terror(st, x, "unknown shade '%s' (green, amber, red, grey, blue, none)", v);
	return SHADE_NONE;
}

/* A cell's arrow from its name; the direction keys of rate.h name theirs
 * (improving points up, worsening down, whatever the measure's polarity). */
static enum doc_arrow
arrow_of(struct state *st, const xmlNode *x, const char *v)
{
	static const struct { const char *name; enum doc_arrow arrow; } names[] = {
		{ "", ARROW_NONE }, { "none", ARROW_NONE }, { "up", ARROW_UP },
		{ "improving", ARROW_UP }, { "down", ARROW_DOWN }, { "worsening", ARROW_DOWN },
		{ "level", ARROW_LEVEL },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(names[i].name, v) == 0)
			return names[i].arrow;
	terror(st, x, "unknown arrow '%s' (up, down, level, none)", v);
	return ARROW_NONE;
}

/* Records the node an id="..." names, for <ref>. */
static void
anchor(struct state *st, const xmlNode *x, const struct doc_node *n)
{
	char *id = attr(st, x, "id");
	size_t k;

	if (id == NULL || st->checking) {	/* a loop over no rows builds nothing kept */
		free(id);
		return;
	}
	for (k = 0; k < st->nanchors; k++)
		if (strcmp(st->anchors[k].id, id) == 0) {
			terror(st, x, "id '%s' is used twice", id);
			free(id);
			return;
		}
	st->anchors = xgrow(st->anchors, &st->acap, st->nanchors + 1, sizeof *st->anchors);
	st->anchors[st->nanchors].id = id;
	st->anchors[st->nanchors++].node = n;
}

static void expand_children(struct state *st, const xmlNode *x, struct doc_node *parent);

/* Inline content in a block that holds paragraphs goes into an implicit
 * paragraph, continued while inline content follows. */
static struct doc_node *
inline_parent(struct state *st, struct doc_node *parent, const xmlNode *x)
{
	struct doc_node *p;

	if (parent->type == DOC_FIELD) {
		if (parent->last != NULL && parent->last->type == DOC_PARA && parent->last->level == -1)
			return parent->last;
		p = node(st, DOC_PARA, x);
		p->level = -1;	/* implicit: later inline content joins it */
		p->flags |= DOC_PLAIN;
		doc_append(parent, p);
		return p;
	}
	return parent;
}

/* Whether a template node next to a text is inline content (text, b, i,
 * link, ref, or a binding's if or each, which may hold either). */
static int
inline_sibling(const xmlNode *x)
{
	static const char *const names[] = { "b", "i", "link", "ref", "if", "each" };
	size_t i;

	if (x == NULL)
		return 0;
	if (x->type != XML_ELEMENT_NODE)
		return x->type == XML_TEXT_NODE;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp((const char *)x->name, names[i]) == 0)
			return 1;
	return 0;
}

static void
add_text(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *t;
	struct doc_node *n;

	st->bound_set = st->bound_row = NULL;
	t = interpolate(st, x, (const char *)x->content, 1);

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
	n = node(st, DOC_TEXT, x);
	n->text = t;
	if (st->bound_set != NULL && st->bound_row != NULL)
		n->pos.ctx = keep_string(st->doc, xasprintf("%s row %s", st->bound_set, st->bound_row));
	if (doc_append(parent, n) == -1) {
		terror(st, x, "text '%s' outside a paragraph", t);
		doc_node_free(n);
	}
}

/* <p style="numbered|bullet|plain">: a bullet becomes an item of the list
 * of bullets it follows, or of a new one. */
static void
add_para(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *style = attr(st, x, "style"), *align = attr(st, x, "align");
	struct doc_node *n;

	if (style != NULL && strcmp(style, "bullet") == 0) {
		struct doc_node *list = parent->last;

		if (list == NULL || list->type != DOC_LIST || !(list->flags & DOC_BULLETS)) {
			list = node(st, DOC_LIST, x);
			list->flags |= DOC_BULLETS;
			if (put(st, parent, list, x) == -1)
				goto out;
		}
		n = node(st, DOC_ITEM, x);
		n->number = xstrdup("\xE2\x80\xA2");
		doc_append(list, n);
	} else {
		n = node(st, DOC_PARA, x);
		if (style != NULL && strcmp(style, "plain") == 0)
			n->flags |= DOC_PLAIN;
		else if (style != NULL && style[0] != '\0' && strcmp(style, "numbered") != 0)
			terror(st, x, "unknown paragraph style '%s' (numbered, bullet, plain)", style);
		if (put(st, parent, n, x) == -1)
			goto out;
		anchor(st, x, n);
	}
	if (align != NULL && strcmp(align, "left") == 0)
		n->flags |= DOC_RAGGED;
	else if (align != NULL && strcmp(align, "justify") != 0)
		terror(st, x, "unknown alignment '%s' (justify, left)", align);
	expand_children(st, x, n);
out:
	free(style);
	free(align);
}

static void
add_table(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *w = attr(st, x, "widths"), *p, *end;
	struct doc_node *t = node(st, DOC_TABLE, x);
	double v;

	t->text = attr(st, x, "caption");
	if (w == NULL) {
		terror(st, x, "<table> needs widths, e.g. widths=\"30 70\"");
		w = xstrdup("1");
	}
	for (p = w; ; p = end) {
		v = strtod(p, &end);
		if (end == p)
			break;
		if (!(v > 0) || !isfinite(v))
			terror(st, x, "column widths must be positive numbers: '%s'", w);
		t->widths = xrealloc(t->widths, (size_t)(t->ncols + 1) * sizeof *t->widths);
		t->widths[t->ncols++] = v;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0' || t->ncols == 0)
		terror(st, x, "bad column widths '%s'", w);
	free(w);
	if (put(st, parent, t, x) == 0) {
		anchor(st, x, t);
		expand_children(st, x, t);
	}
}

static void
check_row(struct state *st, const xmlNode *x, const struct doc_node *row)
{
	const struct doc_node *c;
	int n = 0;

	for (c = row->first; c != NULL; c = c->next)
		n += c->span;
	if (row->parent->ncols > 0 && n != row->parent->ncols) {
		terror(st, x, "row has %d columns, the table has %d", n, row->parent->ncols);
	}
}

/* The dataset a name means here: a child of a row being iterated (while
 * checking a loop over no rows, an empty one of the child's schema, in
 * *empty), or a top-level dataset; NULL when there is none. */
static const struct dataset *
find_set(const struct state *st, const char *name, struct dataset *empty)
{
	int i, c;

	for (i = st->depth - 1; i >= 0; i--) {
		if ((c = ds_child(st->stack[i].set->schema, name)) < 0)
			continue;
		if (st->stack[i].row != NULL)
			return &st->stack[i].row->child[c];
		memset(empty, 0, sizeof *empty);
		empty->schema = st->stack[i].set->schema->child[c];
		return empty;
	}
	return pd_set(st->pd, name);
}

/* Whether row r of d is one a where="COL" is="V" filter keeps; with no
 * filter, every row. */
static int
keeps(const struct dataset *d, size_t r, int col, const char *is)
{
	const char *v;

	if (col < 0)
		return 1;
	v = d->rows[r].vals[col];
	return v != NULL && is != NULL && strcmp(v, is) == 0;
}

/* The column a where="COL" names in d: -1 without one, -2 (reported)
 * when d has no such column. */
static int
where_col(struct state *st, const xmlNode *x, const struct dataset *d, const char *where)
{
	int c;

	if (where == NULL)
		return -1;
	if ((c = ds_col(d->schema, where)) < 0 || where[0] == '_') {
		terror(st, x, "no field '%s' in '%s'", where, d->schema->name);
		return -2;
	}
	return c;
}

/* <each in="SET"> (where="COL" is="V": only the rows whose COL is V). */
static void
add_each(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *in = attr(st, x, "in"), *where = attr(st, x, "where"), *is = attr(st, x, "is");
	struct dataset empty;
	const struct dataset *d;
	struct frame *f;
	size_t r, kept = 0;
	int col;

	if ((d = find_set(st, in, &empty)) == NULL) {
		terror(st, x, "no dataset '%s' here", in);
		goto out;
	}
	if ((col = where_col(st, x, d, where)) == -2)
		goto out;
	if (st->depth == (int)(sizeof st->stack / sizeof st->stack[0])) {
		terror(st, x, "<each> nested too deeply at '%s'", in);
		goto out;
	}
	f = &st->stack[st->depth++];
	f->set = d;
	for (r = 0; r < d->nrows; r++) {
		if (!keeps(d, r, col, is))
			continue;
		f->row = &d->rows[r];
		expand_children(st, x, parent);
		kept++;
	}
	if (kept == 0) {
		/* Check the body's bindings all the same, and throw it away. */
		struct doc_node *scratch = parent ? doc_node_new(parent->type, NULL) : NULL;

		f->row = NULL;
		if (scratch != NULL)
			scratch->ncols = parent->ncols;
		st->checking++;
		expand_children(st, x, scratch);
		st->checking--;
		doc_node_free(scratch);
	}
	st->depth--;
out:
	free(in);
	free(where);
	free(is);
}

/* True when ref names a field with a value other than "" or "0", or a
 * dataset with rows (with where="COL" is="V", rows whose COL is V). */
static int
truth(struct state *st, const xmlNode *x, const char *ref, const char *where, const char *is)
{
	struct dataset empty;
	const struct dataset *d = find_set(st, ref, &empty);
	const char *val;
	size_t r;
	int col;

	if (d != NULL) {
		if ((col = where_col(st, x, d, where)) == -2)
			return 0;
		for (r = 0; r < d->nrows; r++)
			if (keeps(d, r, col, is))
				return 1;
		return 0;
	}
	if (lookup(st, ref, &val) == -1) {
		terror(st, x, "no field or dataset '%s' here", ref);
		return 0;
	}
	if (is != NULL)
		return val != NULL && strcmp(val, is) == 0;
	return val != NULL && val[0] != '\0' && strcmp(val, "0") != 0;
}

/* <if test="F"> (or not="F"): F has a value, or with is="V", F's value
 * is V; or F is a dataset with rows (where="COL" is="V": with a row whose
 * COL is V). */
static void
add_if(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *test = attr(st, x, "test"), *not = attr(st, x, "not"), *is = attr(st, x, "is");
	char *where = attr(st, x, "where");
	int yes;

	if ((test == NULL) == (not == NULL)) {
		terror(st, x, "<if> needs exactly one of test=\"FIELD\" or not=\"FIELD\"");
		goto out;
	}
	yes = truth(st, x, test != NULL ? test : not, where, is);
	/* While a loop over no rows is checked, both branches are. */
	if ((test != NULL ? yes : !yes) || st->checking)
		expand_children(st, x, parent);
out:
	free(test);
	free(not);
	free(is);
	free(where);
}

/* <ref to="ID"/>: a text node filled in once everything is numbered. */
static void
add_ref(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	struct doc_node *n;

	if (st->checking) {
		free(attr(st, x, "to"));
		return;
	}
	n = node(st, DOC_TEXT, x);
	if (put(st, inline_parent(st, parent, x), n, x) == -1)
		return;
	st->refs = xgrow(st->refs, &st->rcap, st->nrefs + 1, sizeof *st->refs);
	st->refs[st->nrefs].node = n;
	st->refs[st->nrefs++].to = attr(st, x, "to");
}

static struct mvalue
chart_number(struct state *st, const xmlNode *x, const char *what, const char *v)
{
	char *end;
	double d;

	if (v == NULL || v[strspn(v, " ")] == '\0')
		return MV_NA;	/* no value: a gap, never 0 */
	d = strtod(v, &end);
	if (*end != '\0') {
		terror(st, x, "%s '%s' is not a number", what, v);
		return MV_NA;
	}
	return MV(d);
}

/* <series name> inside a <chart>, and <point label value> inside that. */
static void
add_series(struct state *st, const xmlNode *x)
{
	struct chartbuild *b = st->chart;
	struct cseries *c;

	if (st->checking) {	/* bindings checked, nothing added */
		free(attr(st, x, "name"));
		expand_children(st, x, NULL);
		return;
	}
	b->series = xgrow(b->series, &b->cap, b->nseries + 1, sizeof *b->series);
	c = &b->series[b->nseries++];
	memset(c, 0, sizeof *c);
	c->name = attr(st, x, "name");
	expand_children(st, x, NULL);
}

static void
add_point(struct state *st, const xmlNode *x)
{
	struct cseries *c;
	char *v;

	if (st->checking || st->chart->nseries == 0) {
		free(attr(st, x, "label"));
		free(attr(st, x, "value"));
		return;
	}
	c = &st->chart->series[st->chart->nseries - 1];
	c->values = xgrow(c->values, &c->cap, c->n + 1, sizeof *c->values);
	c->labels = xgrow(c->labels, &c->lcap, c->n + 1, sizeof *c->labels);
	c->labels[c->n] = attr(st, x, "label");
	v = attr(st, x, "value");
	c->values[c->n++] = chart_number(st, x, "value", v);
	free(v);
}

/* <chart kind title unit target floor axis alt>: its series' points are
 * the categories, taken from the first series. */
static void
add_chart(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	struct chartbuild b = {0}, *outer = st->chart;
	char *kind = attr(st, x, "kind"), *title = attr(st, x, "title"), *unit = attr(st, x, "unit");
	char *v;
	enum chart_kind k;
	enum unit u;
	struct doc_node *n;
	size_t i, j;

	st->chart = &b;
	expand_children(st, x, NULL);
	st->chart = outer;
	if (st->checking) {	/* a loop over no rows: its bindings are checked */
		free(attr(st, x, "target"));
		free(attr(st, x, "floor"));
		free(attr(st, x, "axis"));
		free(attr(st, x, "alt"));
	} else if (chart_kind_parse(kind, &k) == -1)
		terror(st, x, "unknown chart kind '%s' (bar, line, stacked)", kind);
	else if (unit_parse(unit, &u) == -1)
		terror(st, x, "unknown unit '%s' (%%, days, count, ratio, £, score)", unit);
	else {
		for (i = 1; i < b.nseries; i++)
			if (b.series[i].n != b.series[0].n)
				terror(st, x, "series '%s' has %zu points, the first has %zu",
				    b.series[i].name, b.series[i].n, b.series[0].n);
		n = node(st, DOC_CHART, x);
		n->chart = chart_new(k, title ? title : "", u,
		    b.nseries ? (const char *const *)b.series[0].labels : NULL,
		    b.nseries ? b.series[0].n : 0);
		for (i = 0; i < b.nseries; i++)
			if (b.series[i].n == b.series[0].n)
				chart_add_series(n->chart, b.series[i].name ? b.series[i].name : "",
				    b.series[i].values);
		v = attr(st, x, "target");
		n->chart->target = chart_number(st, x, "target", v);
		free(v);
		v = attr(st, x, "floor");
		n->chart->floor_std = chart_number(st, x, "floor", v);
		free(v);
		n->chart->axis = attr(st, x, "axis");
		n->chart->alt = attr(st, x, "alt");
		if (put(st, parent, n, x) == 0)
			anchor(st, x, n);
	}
	for (i = 0; i < b.nseries; i++) {
		for (j = 0; j < b.series[i].n; j++)
			free(b.series[i].labels[j]);
		free(b.series[i].labels);
		free(b.series[i].values);
		free(b.series[i].name);
	}
	free(b.series);
	free(kind);
	free(title);
	free(unit);
}

/* Expands one template node into parent. The schema has checked names,
 * attributes and nesting; what is checked here needs the data. */
static void
expand(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	struct doc_node *n = NULL;
	char *v;

	if (parent == NULL && x->type != XML_ELEMENT_NODE)
		return;	/* between a chart's series and points */
	if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
		add_text(st, x, parent);
		return;
	}
	if (x->type != XML_ELEMENT_NODE || is_el(x, "query"))
		return;	/* comments; queries ran before */
	if (is_el(x, "each")) {
		add_each(st, x, parent);
		return;
	}
	if (is_el(x, "if")) {
		add_if(st, x, parent);
		return;
	}
	if (is_el(x, "p")) {
		add_para(st, x, parent);
		return;
	}
	if (is_el(x, "table")) {
		add_table(st, x, parent);
		return;
	}
	if (is_el(x, "ref")) {
		add_ref(st, x, parent);
		return;
	}
	if (is_el(x, "chart")) {
		add_chart(st, x, parent);
		return;
	}
	if (is_el(x, "series") || is_el(x, "point")) {
		if (st->chart != NULL)
			(is_el(x, "series") ? add_series : add_point)(st, x);
		return;
	}
	if (is_el(x, "frontsheet"))
		n = node(st, DOC_FRONTSHEET, x);
	else if (is_el(x, "field")) {
		n = node(st, DOC_FIELD, x);
		n->text = attr(st, x, "label");
	} else if (is_el(x, "section") || is_el(x, "appendix")) {
		n = node(st, is_el(x, "section") ? DOC_SECTION : DOC_APPENDIX, x);
		n->text = attr(st, x, "title");
	} else if (is_el(x, "list")) {
		n = node(st, DOC_LIST, x);
		if (attr_yes(st, x, "ordered"))
			n->flags |= DOC_ORDERED;
	} else if (is_el(x, "item")) {
		n = node(st, DOC_ITEM, x);
	} else if (is_el(x, "head") || is_el(x, "row")) {
		n = node(st, DOC_ROW, x);
		if (is_el(x, "head"))
			n->flags |= DOC_HEADER;
		else if (attr_yes(st, x, "group"))
			n->flags |= DOC_GROUP;
	} else if (is_el(x, "cell")) {
		n = node(st, DOC_CELL, x);
		if ((v = attr(st, x, "span")) != NULL) {
			long span = strtol(v, NULL, 10);

			if (span < 1 || span > 64)
				terror(st, x, "span '%s' is not a number of columns (1 to 64)", v);
			n->span = span < 1 || span > 64 ? 1 : (int)span;
			free(v);
		}
		if ((v = attr(st, x, "align")) != NULL) {
			if (strcmp(v, "left") == 0)
				n->flags |= DOC_RAGGED;
			else if (strcmp(v, "justify") != 0)
				terror(st, x, "unknown alignment '%s' (justify, left)", v);
			free(v);
		}
		if ((v = attr(st, x, "shade")) != NULL) {
			n->shade = shade_of(st, x, v);
			free(v);
		}
		if ((v = attr(st, x, "arrow")) != NULL) {
			n->arrow = arrow_of(st, x, v);
			free(v);
		}
	} else if (is_el(x, "pagebreak"))
		n = node(st, DOC_PAGEBREAK, x);
	else if (is_el(x, "contents")) {
		n = node(st, DOC_CONTENTS, x);
		if ((n->text = attr(st, x, "title")) == NULL)
			n->text = xstrdup("Contents");
	} else if (is_el(x, "b"))
		n = node(st, DOC_BOLD, x);
	else if (is_el(x, "i"))
		n = node(st, DOC_ITALIC, x);
	else if (is_el(x, "link")) {
		n = node(st, DOC_LINK, x);
		n->text = attr(st, x, "href");
	} else {
		terror(st, x, "<%s> is not in the template language", (const char *)x->name);
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

static void
expand_children(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	const xmlNode *c;

	for (c = x->children; c != NULL; c = c->next)
		expand(st, c, parent);
}

/* A cell holds inline text or blocks: where a template gives both
 * ("Lead-in: <list>"), each run of inline nodes becomes a paragraph. */
static void
wrap_inline_runs(struct doc_node *n)
{
	struct doc_node *c, *next, *para = NULL, *first = NULL, *last = NULL;
	int inl = 0, blocks = 0;

	for (c = n->first; c != NULL; c = c->next) {
		inl |= doc_is_inline(c->type);
		blocks |= !doc_is_inline(c->type);
		if (!doc_is_inline(c->type))
			wrap_inline_runs(c);
	}
	if (n->type != DOC_CELL || !inl || !blocks)
		return;
	for (c = n->first; c != NULL; c = next) {
		next = c->next;
		c->next = NULL;
		if (doc_is_inline(c->type)) {
			if (para == NULL) {
				para = doc_node_new(DOC_PARA, &c->pos);
				para->flags |= DOC_PLAIN;
				para->parent = n;
				if (last != NULL)
					last->next = para;
				else
					first = para;
				last = para;
			}
			c->parent = para;
			if (para->last != NULL)
				para->last->next = c;
			else
				para->first = c;
			para->last = c;
		} else {
			para = NULL;
			if (last != NULL)
				last->next = c;
			else
				first = c;
			last = c;
		}
	}
	n->first = first;
	n->last = last;
}

/* Numbers sections 1, 2; their paragraphs and subsections 1.1, 1.2;
 * appendices 1, 2; the items of ordered lists 1., 2. */
static void
number(struct doc_node *n, const char *prefix, int *counter)
{
	struct doc_node *c;
	int sections = 0, appendices = 0, sub = 0, items = 0;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_SECTION && n->type == DOC_DOCUMENT) {
			c->number = xasprintf("%d", ++sections);
			c->level = 1;
			number(c, c->number, &sub);
			sub = 0;
		} else if (c->type == DOC_SECTION && n->type == DOC_SECTION && n->level == 1) {
			c->number = xasprintf("%s.%d", prefix, ++*counter);
			c->level = 2;
			number(c, NULL, NULL);
		} else if (c->type == DOC_SECTION) {
			c->level = 2;
			number(c, NULL, NULL);
		} else if (c->type == DOC_APPENDIX) {
			c->number = xasprintf("%d", ++appendices);
			number(c, NULL, NULL);
		} else if (c->type == DOC_PARA && prefix != NULL && counter != NULL &&
		    !(c->flags & DOC_PLAIN)) {
			c->number = xasprintf("%s.%d", prefix, ++*counter);
		} else if (c->type == DOC_ITEM && (n->flags & DOC_ORDERED)) {
			c->number = xasprintf("%d.", ++items);
		} else if (c->type == DOC_ITEM && c->number == NULL) {
			c->number = xstrdup("\xE2\x80\xA2");
		} else if (!doc_is_inline(c->type))
			number(c, NULL, NULL);
	}
}

struct xmlerrs {
	const struct tmpl *t;	/* for columns, once the template is read */
	int         count;
	int         first_only;	/* well-formedness: the first error says it */
	const char *dir;	/* includes must resolve inside it */
	xmlNodePtr  culprit;	/* validation: the element the first error is about */
	char      **said;	/* the messages given, each once */
	size_t      nsaid, saidcap;
};

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	struct xmlerrs *errs = data;
	const xmlNode *node = e->node;
	struct srcpos p = { node != NULL && node->_private ? (const char *)node->_private : e->file,
	    (unsigned)(e->line > 0 ? e->line : 0), (unsigned)(e->int2 > 0 ? e->int2 : 0), NULL };
	size_t n = e->message ? strlen(e->message) : 0;

	if (e->level < XML_ERR_ERROR || (errs->first_only && errs->count > 0))
		return;
	if (errs->culprit == NULL && node != NULL && node->type == XML_ELEMENT_NODE)
		errs->culprit = (xmlNodePtr)node;
	if (errs->t != NULL && node != NULL && node->type == XML_ELEMENT_NODE && p.col == 0) {
		char *needle = xasprintf("<%s", (const char *)node->name);

		locate(errs->t, &p, needle);
		free(needle);
	}
	while (n > 0 && e->message[n - 1] == '\n')
		n--;
	/* Validating again after taking an element out repeats what was
	 * said of the others: each message is said once. */
	{
		char *said = xasprintf("%s:%u:%u:%.*s", p.file ? p.file : "", p.line, p.col, (int)n,
		    e->message ? e->message : "");
		size_t i;

		for (i = 0; i < errs->nsaid && strcmp(errs->said[i], said) != 0; i++)
			;
		if (i < errs->nsaid) {
			free(said);
			return;
		}
		errs->said = xgrow(errs->said, &errs->saidcap, errs->nsaid + 1, sizeof *errs->said);
		errs->said[errs->nsaid++] = said;
	}
	diag(D_TMPL_XML, &p, "%.*s", (int)n, e->message ? e->message : "malformed XML");
	errs->count++;
}

/* Parsing a template loads nothing at all: no DTD, no entity. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/* What the loader below may read: files inside the templates folder. */
static const char *include_dir;
static xmlExternalEntityLoader default_loader;
static int refusals;	/* includes the loader refused */

/* Templates load nothing from outside: no DTD, no entity, no network;
 * an XInclude only of a file inside the templates folder. */
static xmlParserInputPtr
confined_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	char *real = NULL;
	const char *path = url;
	size_t n;
	xmlParserInputPtr in = NULL;

	if (include_dir == NULL || url == NULL)
		return NULL;
	if (strncmp(path, "file://", 7) == 0)
		path += 7;
	if (strstr(path, "://") != NULL) {
		struct srcpos p = { url, 0, 0, NULL };

		diag(D_TMPL, &p, "not read: a template may include only files inside %s", include_dir);
		refusals++;
		return NULL;
	}
	real = realpath(path, NULL);
	n = strlen(include_dir);
	if (real != NULL && strncmp(real, include_dir, n) == 0 && real[n] == '/')
		in = default_loader(real, id, ctxt);
	else {
		struct srcpos p = { url, 0, 0, NULL };

		diag(D_TMPL, &p, "not read: a template may include only files inside %s",
		    include_dir);
		refusals++;
	}
	free(real);
	return in;
}

struct tmpl {
	char              *path;
	char              *dir;		/* the templates folder, resolved */
	xmlDocPtr          xdoc;
	xmlNodePtr         root;
	size_t             nqueries;
	struct tmpl_query *queries;
	char             **files;	/* included fragments' paths */
	char             **ftexts;	/* and their text, for columns */
	size_t             nfiles;
	char              *text;	/* the template's own text */
	int                refused;	/* includes refused or not allowed */
};

/* Where needle first stands in p's file from p's line on (up to 40 lines
 * on: a text's binding may sit lines below where the text starts); sets
 * p's line and column, or leaves them when it is not found. */
static void
locate(const struct tmpl *t, struct srcpos *p, const char *needle)
{
	const char *text = NULL, *s, *hit, *eol;
	unsigned line = 1, k;
	size_t i;

	if (p->file == NULL || p->line == 0)
		return;
	if (strcmp(p->file, t->path) == 0)
		text = t->text;
	for (i = 0; text == NULL && i < t->nfiles; i++)
		if (strcmp(p->file, t->files[i]) == 0)
			text = t->ftexts[i];
	if (text == NULL)
		return;
	for (s = text; *s != '\0' && line < p->line; s++)
		line += *s == '\n';
	for (k = 0; k < 40 && *s != '\0'; k++, line++) {
		eol = strchr(s, '\n');
		hit = strstr(s, needle);
		if (hit != NULL && (eol == NULL || hit < eol)) {
			p->line = line;
			p->col = (unsigned)(hit - s) + 1;
			return;
		}
		if (eol == NULL)
			return;
		s = eol + 1;
	}
}

static int
count_includes(xmlNodePtr n)
{
	int k = 0;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && n->ns != NULL &&
		    strcmp((const char *)n->name, "include") == 0)
			k++;
		if (n->type == XML_ELEMENT_NODE)
			k += count_includes(n->children);
	}
	return k;
}

/* Each element from an included fragment gets the fragment's file name
 * (from the xml:base XInclude put on it; strip_bases then removes those,
 * as the language has no such attribute), so messages point into it. */
static void
mark_files(struct tmpl *t, xmlNodePtr n, const char *file)
{
	for (; n != NULL; n = n->next) {
		const char *here = file;
		xmlChar *base;

		if (n->type != XML_ELEMENT_NODE) {
			n->_private = (void *)here;	/* a text says where it stands too */
			continue;
		}
		if (xmlHasNsProp(n, BAD_CAST "base", XML_XML_NAMESPACE) != NULL &&
		    (base = xmlNodeGetBase(n->doc, n)) != NULL) {
			size_t i;

			for (i = 0; i < t->nfiles && strcmp(t->files[i], (char *)base) != 0; i++)
				;
			if (i == t->nfiles) {
				t->files = xrealloc(t->files, (t->nfiles + 1) * sizeof *t->files);
				t->ftexts = xrealloc(t->ftexts, (t->nfiles + 1) * sizeof *t->ftexts);
				t->files[t->nfiles] = xstrdup((char *)base);
				t->ftexts[t->nfiles++] = read_file((char *)base, NULL);
				if (t->ftexts[t->nfiles - 1] != NULL &&
				    strstr(t->ftexts[t->nfiles - 1], "<!DOCTYPE") != NULL) {
					struct srcpos p = { t->files[t->nfiles - 1], 0, 0, NULL };

					p.line = 1;
					locate(t, &p, "<!DOCTYPE");
					diag(D_TMPL, &p, "a DOCTYPE is not allowed in a template");
					t->refused++;
				}
			}
			here = t->files[i];
			xmlFree(base);
		}
		n->_private = (void *)here;
		mark_files(t, n->children, here);
	}
}

static void
strip_bases(xmlNodePtr n)
{
	xmlAttrPtr a;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if ((a = xmlHasNsProp(n, BAD_CAST "base", XML_XML_NAMESPACE)) != NULL)
			xmlRemoveProp(a);
		strip_bases(n->children);
	}
}

/* Resolves the XIncludes, each confined to the templates folder; an
 * include that was refused or failed leaves its element behind. */
static int
resolve_includes(struct tmpl *t, struct xmlerrs *errs)
{
	struct srcpos p = { t->path, 0, 0, NULL };
	int rc;

	include_dir = t->dir;
	refusals = 0;
	default_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(confined_loader);
	rc = xmlXIncludeProcessFlags(t->xdoc, XML_PARSE_NONET | XML_PARSE_NOXINCNODE);
	xmlSetExternalEntityLoader(default_loader);
	include_dir = NULL;
	mark_files(t, xmlDocGetRootElement(t->xdoc), NULL);
	strip_bases(xmlDocGetRootElement(t->xdoc));
	/* A refused include fails the template even where a fallback
	 * stood in for it: the template asked for what it may not have. */
	if (refusals > 0 || t->refused > 0)
		return -1;
	if (rc < 0 || count_includes(xmlDocGetRootElement(t->xdoc)) > 0) {
		if (errs->count == 0)
			diag(D_TMPL, &p, "an include could not be read: it must name a file inside %s",
			    t->dir);
		return -1;
	}
	return 0;
}

/* The names the schema gives: each element and every attribute it may
 * carry in any context, read from the RELAX NG grammar itself so that the
 * language is defined in one place. */
struct names {
	size_t n;
	struct {
		const xmlChar *element;
		const xmlChar *attrs[16];
		size_t         nattrs;
	} e[64];
};

static xmlNodePtr
rng_define(xmlNodePtr grammar, const xmlChar *name)
{
	xmlNodePtr d;

	for (d = grammar->children; d != NULL; d = d->next)
		if (d->type == XML_ELEMENT_NODE && xmlStrEqual(d->name, BAD_CAST "define")) {
			xmlChar *v = xmlGetProp(d, BAD_CAST "name");
			int same = xmlStrEqual(v, name);

			xmlFree(v);
			if (same)
				return d;
		}
	return NULL;
}

/* Adds the attributes in pattern p (not those of nested elements) to e. */
static void
rng_attrs(xmlNodePtr grammar, xmlNodePtr p, int depth, const xmlChar **attrs, size_t *n)
{
	xmlNodePtr c;

	for (c = p->children; c != NULL && depth < 16; c = c->next) {
		xmlChar *name;
		size_t k;

		if (c->type != XML_ELEMENT_NODE || xmlStrEqual(c->name, BAD_CAST "element"))
			continue;
		name = xmlGetProp(c, BAD_CAST "name");
		if (xmlStrEqual(c->name, BAD_CAST "attribute") && name != NULL) {
			for (k = 0; k < *n && !xmlStrEqual(attrs[k], name); k++)
				;
			if (k == *n && *n < 16)
				attrs[(*n)++] = xmlDictLookup(c->doc->dict, name, -1);
		} else if (xmlStrEqual(c->name, BAD_CAST "ref") && name != NULL) {
			xmlNodePtr d = rng_define(grammar, name);

			if (d != NULL)
				rng_attrs(grammar, d, depth + 1, attrs, n);
		} else
			rng_attrs(grammar, c, depth + 1, attrs, n);
		xmlFree(name);
	}
}

static void
rng_names(xmlNodePtr grammar, xmlNodePtr p, struct names *out)
{
	xmlNodePtr c;

	for (c = p->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(c->name, BAD_CAST "element")) {
			xmlChar *name = xmlGetProp(c, BAD_CAST "name");
			const xmlChar *key = name ? xmlDictLookup(c->doc->dict, name, -1) : NULL;
			size_t k;

			xmlFree(name);
			for (k = 0; k < out->n && out->e[k].element != key; k++)
				;
			if (key != NULL && k == out->n && out->n < 64)
				out->e[out->n++].element = key;
			if (key != NULL && k < out->n)
				rng_attrs(grammar, c, 0, out->e[k].attrs, &out->e[k].nattrs);
		}
		rng_names(grammar, c, out);
	}
}

/* Every element and attribute the schema does not know, all reported;
 * the schema's own messages for these are poorer and stop at the first. */
static int
check_names(const struct names *nm, const struct tmpl *t, xmlNodePtr x)
{
	const char *file = t->path;
	int errors = 0;
	size_t k, i;
	xmlAttrPtr a;

	for (; x != NULL; x = x->next) {
		struct srcpos p = { x->_private ? (const char *)x->_private : file,
		    (unsigned)xmlGetLineNo(x), 0, NULL };

		if (x->type != XML_ELEMENT_NODE)
			continue;
		for (k = 0; k < nm->n && !xmlStrEqual(nm->e[k].element, x->name); k++)
			;
		if (k == nm->n || x->ns != NULL) {
			char *needle = xasprintf("<%s", (const char *)x->name);

			locate(t, &p, needle);
			free(needle);
			diag(D_TMPL, &p, "unknown element <%s>", (const char *)x->name);
			errors++;
			continue;
		}
		for (a = x->properties; a != NULL; a = a->next) {
			for (i = 0; i < nm->e[k].nattrs && !xmlStrEqual(nm->e[k].attrs[i], a->name); i++)
				;
			if (i == nm->e[k].nattrs) {
				struct srcpos ap = p;
				char *needle = xasprintf("%s=", (const char *)a->name);

				locate(t, &ap, needle);
				free(needle);
				diag(D_TMPL, &ap, "unknown attribute %s on <%s>", (const char *)a->name,
				    (const char *)x->name);
				errors++;
			}
		}
		errors += check_names(nm, t, x->children);
	}
	return errors;
}

static int
validate(struct tmpl *t, struct xmlerrs *errs)
{
	char *rng = xasprintf("%s/docket.rng", t->dir), *text;
	xmlDocPtr rngdoc = NULL;
	xmlExternalEntityLoader old = xmlGetExternalEntityLoader();
	size_t len;

	/* The schema is read like a template, and may include nothing (a
	 * templates folder is not trusted to reach the network or other
	 * files through it). */
	xmlSetExternalEntityLoader(refuse_entity);
	if ((text = read_file(rng, &len)) != NULL)
		rngdoc = xmlReadMemory(text, (int)len, rng, NULL, XML_PARSE_NONET);
	free(text);
	xmlSetExternalEntityLoader(old);
	xmlRelaxNGParserCtxtPtr pctxt = NULL;
	xmlRelaxNGPtr schema = NULL;
	xmlRelaxNGValidCtxtPtr vctxt = NULL;
	struct names *nm = xcalloc(1, sizeof *nm);
	int rc = -1, round;

	errs->first_only = 0;
	errs->t = t;
	xmlSetExternalEntityLoader(refuse_entity);
	if (rngdoc != NULL && (pctxt = xmlRelaxNGNewDocParserCtxt(rngdoc)) != NULL)
		schema = xmlRelaxNGParse(pctxt);
	xmlSetExternalEntityLoader(old);
	if (schema == NULL) {
		struct srcpos p = { rng, 0, 0, NULL };

		diag(D_INTERNAL, &p, "cannot read the template schema");
		goto out;
	}
	rng_names(xmlDocGetRootElement(rngdoc), xmlDocGetRootElement(rngdoc), nm);
	if (check_names(nm, t, xmlDocGetRootElement(t->xdoc)) > 0)
		goto out;
	vctxt = xmlRelaxNGNewValidCtxt(schema);
	xmlRelaxNGSetValidStructuredErrors(vctxt, on_xml_error, errs);
	/* libxml2 stops at the first element out of place: take that element
	 * out and validate again, so that one run reports them all. */
	for (round = 0; round < 50; round++) {
		errs->culprit = NULL;
		if (xmlRelaxNGValidateDoc(vctxt, t->xdoc) == 0)
			break;
		if (errs->culprit == NULL || errs->culprit == xmlDocGetRootElement(t->xdoc))
			break;
		xmlUnlinkNode(errs->culprit);
		xmlFreeNode(errs->culprit);
	}
	rc = errs->count == 0 ? 0 : -1;
out:
	free(nm);
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctxt);
	xmlFreeDoc(rngdoc);
	free(rng);
	return rc;
}

struct tmpl *
tmpl_open(const char *dir, const char *name)
{
	struct tmpl *t = xcalloc(1, sizeof *t);
	struct xmlerrs errs = { NULL, 0, 1, NULL, NULL, NULL, 0, 0 };
	struct srcpos p = {0};
	xmlParserCtxtPtr ctxt = NULL;
	xmlExternalEntityLoader old_loader = xmlGetExternalEntityLoader();
	xmlNodePtr c;
	char *text = NULL;
	size_t len;

	t->path = xasprintf("%s/%s", dir, name);
	t->dir = realpath(dir, NULL);
	if (t->dir == NULL)
		t->dir = xstrdup(dir);
	p.file = t->path;
	if ((text = t->text = read_file(t->path, &len)) == NULL) {
		diag(errno == ENOENT ? D_TMPL_MISSING : D_NO_INPUT, &p, "cannot read template: %s",
		    strerror(errno));
		goto fail;
	}
	ctxt = xmlNewParserCtxt();
	xmlSetStructuredErrorFunc(&errs, on_xml_error);
	xmlSetExternalEntityLoader(refuse_entity);
	t->xdoc = xmlCtxtReadMemory(ctxt, text, (int)len, t->path, NULL, XML_PARSE_NONET);
	xmlSetExternalEntityLoader(old_loader);
	if (t->xdoc == NULL || errs.count > 0) {
		if (errs.count == 0)
			diag(D_TMPL_XML, &p, "not well-formed XML");
		goto fail;
	}
	if (t->xdoc->intSubset != NULL || t->xdoc->extSubset != NULL) {
		const char *at = strstr(text, "<!DOCTYPE"), *k;

		for (k = text, p.line = 1, p.col = 1; at != NULL && k < at; k++) {
			p.col = *k == '\n' ? 1 : p.col + 1;
			p.line += *k == '\n';
		}
		diag(D_TMPL, &p, "a DOCTYPE is not allowed in a template");
		goto fail;
	}
	if (resolve_includes(t, &errs) == -1 || validate(t, &errs) == -1)
		goto fail;
	xmlSetStructuredErrorFunc(NULL, NULL);
	t->root = xmlDocGetRootElement(t->xdoc);
	for (c = t->root->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && is_el(c, "query")) {
			struct tmpl_query *q;
			xmlChar *v;

			t->queries = xrealloc(t->queries, (t->nqueries + 1) * sizeof *t->queries);
			q = &t->queries[t->nqueries++];
			v = xmlGetProp(c, (const xmlChar *)"name");
			q->name = xstrdup((const char *)v);
			xmlFree(v);
			v = xmlNodeGetContent(c);
			q->sql = xstrdup(v ? (const char *)v : "");
			xmlFree(v);
			q->pos.file = t->path;
			q->pos.line = (unsigned)xmlGetLineNo(c);
			q->pos.col = 0;
			q->pos.ctx = NULL;
			locate(t, &q->pos, "<query");
		}
	goto out;
fail:
	xmlSetStructuredErrorFunc(NULL, NULL);
	tmpl_close(t);
	t = NULL;
out:
	xmlFreeParserCtxt(ctxt);
	while (errs.nsaid > 0)
		free(errs.said[--errs.nsaid]);
	free(errs.said);
	return t;
}

void
tmpl_close(struct tmpl *t)
{
	if (t == NULL)
		return;
	xmlFreeDoc(t->xdoc);
	for (size_t i = 0; i < t->nqueries; i++) {
		free(t->queries[i].name);
		free(t->queries[i].sql);
	}
	free(t->queries);
	for (size_t i = 0; i < t->nfiles; i++) {
		free(t->files[i]);
		free(t->ftexts[i]);
	}
	free(t->files);
	free(t->ftexts);
	free(t->text);
	free(t->path);
	free(t->dir);
	free(t);
}

const struct tmpl_query *
tmpl_query(const struct tmpl *t, size_t i)
{
	return i < t->nqueries ? &t->queries[i] : NULL;
}

/* Replaces each <ref to="ID"/> with the number of what it names:
 * "paragraph 2.3", "section 4", "Appendix 1". */
static void
resolve_refs(struct state *st)
{
	size_t i, k;

	for (i = 0; i < st->nrefs; i++) {
		struct doc_node *r = st->refs[i].node;
		const struct doc_node *to = NULL;

		for (k = 0; k < st->nanchors && to == NULL; k++)
			if (strcmp(st->anchors[k].id, st->refs[i].to) == 0)
				to = st->anchors[k].node;
		if (to == NULL) {
			diag(D_TMPL, &r->pos, "<ref to=\"%s\">: no element has that id", st->refs[i].to);
			st->errors++;
		} else if (to->type == DOC_APPENDIX)
			r->text = xasprintf("Appendix %s", to->number);
		else if (to->type == DOC_SECTION && to->level == 1)
			r->text = xasprintf("section %s", to->number);
		else if (to->number != NULL)
			r->text = xasprintf("paragraph %s", to->number);
		else {
			diag(D_TMPL, &r->pos, "<ref to=\"%s\">: what it names has no number",
			    st->refs[i].to);
			st->errors++;
		}
		if (r->text == NULL)
			r->text = xstrdup("");
	}
}

struct doc *
tmpl_fill(const struct tmpl *t, const struct paperdata *pd, int check)
{
	struct state st = {0};
	struct doc *doc;
	xmlNodePtr root = t->root;
	size_t i;

	st.pd = pd;
	st.file = t->path;
	st.t = t;
	st.checking = check;
	st.doc = doc = xcalloc(1, sizeof *doc);
	keep_string(doc, xstrdup(t->path));
	doc->root = node(&st, DOC_DOCUMENT, root);
	doc->title = attr(&st, root, "title");
	doc->author = attr(&st, root, "author");
	doc->subject = attr(&st, root, "subject");
	doc->keywords = attr(&st, root, "keywords");
	doc->date = attr(&st, root, "date");
	doc->header = attr(&st, root, "header");
	expand_children(&st, root, doc->root);
	wrap_inline_runs(doc->root);
	number(doc->root, NULL, NULL);
	resolve_refs(&st);
	for (i = 0; i < st.nanchors; i++)
		free(st.anchors[i].id);
	free(st.anchors);
	for (i = 0; i < st.nrefs; i++)
		free(st.refs[i].to);
	free(st.refs);
	free(st.files);
	if (st.errors > 0) {	/* nothing half-built leaves this stage */
		doc_free(doc);
		doc = NULL;
	}
	return doc;
}
