/* tmpl.c: the only file that includes libxml2. Parses a template safely
 * (no network, no DOCTYPE, no entities), fills its bindings from the
 * paper's datasets, and builds the document tree with numbering. */
#include "tmpl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* What an element may contain, and where it may stand. */
enum ctx { C_ROOT, C_FRONT, C_FIELD, C_FLOW, C_INLINE, C_LIST, C_TABLE, C_ROW, C_CELL };

struct elem {
	const char *name;
	const char *attrs[8];	/* allowed attributes */
};

static const struct elem elems[] = {
	{ "paper",     { "title", "author", "subject", "keywords", "header", "date", NULL } },
	{ "frontsheet", { NULL } },
	{ "field",     { "label", NULL } },
	{ "section",   { "title", NULL } },
	{ "appendix",  { "title", NULL } },
	{ "p",         { "style", "align", NULL } },
	{ "list",      { "ordered", NULL } },
	{ "item",      { NULL } },
	{ "table",     { "widths", "caption", NULL } },
	{ "head",      { NULL } },
	{ "row",       { "group", NULL } },
	{ "cell",      { "span", NULL } },
	{ "pagebreak", { NULL } },
	{ "contents",  { "title", NULL } },
	{ "each",      { "in", NULL } },
	{ "if",        { "test", "not", NULL } },
	{ "b",         { NULL } },
	{ "i",         { NULL } },
	{ "link",      { "href", NULL } },
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
	struct srcpos p = { st->file, (unsigned)xmlGetLineNo(x), 0, NULL };

	return p;
}

static void terror(struct state *st, const xmlNode *x, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
terror(struct state *st, const xmlNode *x, const char *fmt, ...)
{
	struct srcpos p = pos_of(st, x);
	struct buf msg = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&msg, fmt, ap);
	va_end(ap);
	diag(D_TMPL, &p, "%s", msg.s);
	buf_free(&msg);
	st->errors++;
}

static const struct elem *
find_elem(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof elems / sizeof elems[0]; i++)
		if (strcmp(elems[i].name, name) == 0)
			return &elems[i];
	return NULL;
}

static int
is_el(const xmlNode *x, const char *name)
{
	return strcmp((const char *)x->name, name) == 0;
}

int
tmpl_format_date(const char *iso, char *out, size_t size)
{
	static const char *const months[12] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December",
	};
	int y, m, d;
	char tail;

	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	snprintf(out, size, "%d %s %d", d, months[m - 1], y);
	return 0;
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
	char tmp[64];

	if (val == NULL)
		return;
	if (strcmp(filter, "date") == 0) {
		if (tmpl_format_date(val, tmp, sizeof tmp) == 0)
			buf_add(out, tmp);
		else
			buf_add(out, val);
	} else if (strcmp(filter, "yesno") == 0) {
		buf_add(out, strcmp(val, "0") == 0 || val[0] == '\0' ? "No" : "Yes");
	} else if (strcmp(filter, "humanise") == 0) {
		size_t start = out->len;

		for (; *val != '\0'; val++)
			buf_addc(out, *val == '_' ? ' ' : *val);
		if (out->len > start && out->s[start] >= 'a' && out->s[start] <= 'z')
			out->s[start] = (char)(out->s[start] - 'a' + 'A');
	} else
		terror(st, x, "unknown filter '%s' (known: date, yesno, humanise)", filter);
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
				terror(st, x, "unterminated binding '%s'", s);
				break;
			}
			ref = xstrndup(s + 1, (size_t)(end - s - 1));
			if ((bar = strchr(ref, '|')) != NULL)
				*bar++ = '\0';
			if (lookup(st, ref, &val) == -1)
				terror(st, x, "no field '%s' here", ref);
			else if (bar != NULL)
				apply_filter(st, x, bar, val, &out);
			else if (val != NULL)
				buf_add(&out, val);
			free(ref);
			s = end + 1;
		} else if (fold && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
			if (out.len == 0 || out.s[out.len - 1] != ' ')
				buf_addc(&out, ' ');
			s++;
		} else
			buf_addc(&out, *s++);
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

	p.file = st->doc->strings[0];
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

static void
add_text(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *t;
	struct doc_node *n;

	st->bound_set = st->bound_row = NULL;
	t = interpolate(st, x, (const char *)x->content, 1);

	if (t[0] == '\0' || (t[0] == ' ' && t[1] == '\0' &&
	    !doc_is_inline(parent->type) && parent->type != DOC_PARA &&
	    parent->type != DOC_ITEM && parent->type != DOC_CELL)) {
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
		if (v <= 0)
			terror(st, x, "column widths must be positive: '%s'", w);
		t->widths = xrealloc(t->widths, (size_t)(t->ncols + 1) * sizeof *t->widths);
		t->widths[t->ncols++] = v;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0' || t->ncols == 0)
		terror(st, x, "bad column widths '%s'", w);
	free(w);
	if (put(st, parent, t, x) == 0)
		expand_children(st, x, t);
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

static void
add_each(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *in = attr(st, x, "in");
	struct dataset empty = {0};
	const struct dataset *d = NULL;
	struct frame *f;
	size_t r;
	int i, c;

	if (in == NULL) {
		terror(st, x, "<each> needs in=\"DATASET\"");
		return;
	}
	/* A child of a row being iterated (while checking a loop over no
	 * rows, an empty one of the child's schema), or a top-level dataset. */
	for (i = st->depth - 1; i >= 0 && d == NULL; i--) {
		if ((c = ds_child(st->stack[i].set->schema, in)) < 0)
			continue;
		if (st->stack[i].row != NULL)
			d = &st->stack[i].row->child[c];
		else {
			empty.schema = st->stack[i].set->schema->child[c];
			d = &empty;
		}
	}
	if (d == NULL)
		d = pd_set(st->pd, in);
	if (d == NULL) {
		terror(st, x, "no dataset '%s' here", in);
		goto out;
	}
	if (st->depth == (int)(sizeof st->stack / sizeof st->stack[0])) {
		terror(st, x, "<each> nested too deeply at '%s'", in);
		goto out;
	}
	f = &st->stack[st->depth++];
	f->set = d;
	if (d->nrows == 0) {
		/* Check the body's bindings all the same, and throw it away. */
		struct doc_node *scratch = doc_node_new(parent->type, NULL);

		f->row = NULL;
		scratch->ncols = parent->ncols;
		expand_children(st, x, scratch);
		doc_node_free(scratch);
	}
	for (r = 0; r < d->nrows; r++) {
		f->row = &d->rows[r];
		expand_children(st, x, parent);
	}
	st->depth--;
out:
	free(in);
}

/* True when ref names a field with a value other than "" or "0", or a
 * dataset with rows. */
static int
truth(struct state *st, const xmlNode *x, const char *ref)
{
	const struct dataset *d;
	const char *val;
	int i, c;

	for (i = st->depth - 1; i >= 0; i--)
		if ((c = ds_child(st->stack[i].set->schema, ref)) >= 0)
			return st->stack[i].row != NULL && st->stack[i].row->child[c].nrows > 0;
	if ((d = pd_set(st->pd, ref)) != NULL)
		return d->nrows > 0;
	if (lookup(st, ref, &val) == -1) {
		terror(st, x, "no field or dataset '%s' here", ref);
		return 0;
	}
	return val != NULL && val[0] != '\0' && strcmp(val, "0") != 0;
}

static void
add_if(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	char *test = attr(st, x, "test"), *not = attr(st, x, "not");

	if ((test == NULL) == (not == NULL))
		terror(st, x, "<if> needs exactly one of test=\"FIELD\" or not=\"FIELD\"");
	else if (test != NULL ? truth(st, x, test) : !truth(st, x, not))
		expand_children(st, x, parent);
	free(test);
	free(not);
}

static void
check_attrs(struct state *st, const xmlNode *x, const struct elem *e)
{
	const xmlAttr *a;
	int i, ok;

	for (a = x->properties; a != NULL; a = a->next) {
		for (i = 0, ok = 0; e->attrs[i] != NULL; i++)
			ok |= strcmp(e->attrs[i], (const char *)a->name) == 0;
		if (!ok)
			terror(st, x, "unknown attribute %s on <%s>", (const char *)a->name, e->name);
	}
}

static void
expand(struct state *st, const xmlNode *x, struct doc_node *parent)
{
	const struct elem *e;
	struct doc_node *n = NULL;
	char *v;

	if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
		add_text(st, x, parent);
		return;
	}
	if (x->type == XML_COMMENT_NODE || x->type == XML_PI_NODE)
		return;
	if (x->type != XML_ELEMENT_NODE) {
		terror(st, x, "entity references are not allowed");
		return;
	}
	if (x->ns != NULL || (e = find_elem((const char *)x->name)) == NULL) {
		terror(st, x, "unknown element <%s>", (const char *)x->name);
		return;
	}
	check_attrs(st, x, e);
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
	if (is_el(x, "paper")) {
		terror(st, x, "<paper> must be the root element");
		return;
	}
	if (is_el(x, "frontsheet"))
		n = node(st, DOC_FRONTSHEET, x);
	else if (is_el(x, "field")) {
		n = node(st, DOC_FIELD, x);
		n->text = attr(st, x, "label");
	} else if (is_el(x, "section") || is_el(x, "appendix")) {
		n = node(st, is_el(x, "section") ? DOC_SECTION : DOC_APPENDIX, x);
		if ((n->text = attr(st, x, "title")) == NULL)
			terror(st, x, "<%s> needs a title", (const char *)x->name);
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
			n->span = atoi(v);
			if (n->span < 1)
				terror(st, x, "bad span '%s'", v);
			free(v);
		}
	} else if (is_el(x, "pagebreak"))
		n = node(st, DOC_PAGEBREAK, x);
	else if (is_el(x, "contents")) {
		n = node(st, DOC_CONTENTS, x);
		if ((n->text = attr(st, x, "title")) == NULL)
			n->text = xstrdup("Contents");
	}
	else if (is_el(x, "b"))
		n = node(st, DOC_BOLD, x);
	else if (is_el(x, "i"))
		n = node(st, DOC_ITALIC, x);
	else {
		n = node(st, DOC_LINK, x);
		if ((n->text = attr(st, x, "href")) == NULL)
			terror(st, x, "<link> needs href");
	}
	if (doc_is_inline(n->type))
		parent = inline_parent(st, parent, x);
	if (put(st, parent, n, x) == -1)
		return;
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
	int count;
};

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	struct xmlerrs *errs = data;
	struct srcpos p = { e->file, (unsigned)(e->line > 0 ? e->line : 0),
	    (unsigned)(e->int2 > 0 ? e->int2 : 0), NULL };
	size_t n = e->message ? strlen(e->message) : 0;

	/* After the first well-formedness error the parser's further
	 * messages are its consequences: the first says where to look. */
	if (e->level < XML_ERR_ERROR || errs->count > 0)
		return;
	while (n > 0 && e->message[n - 1] == '\n')
		n--;
	diag(D_TMPL_XML, &p, "%.*s", (int)n, e->message ? e->message : "malformed XML");
	errs->count++;
}

/* Templates never load anything from outside: no DTD, no entity. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

struct doc *
tmpl_build(const char *dir, const char *name, const struct paperdata *pd)
{
	struct state st = {0};
	struct xmlerrs errs = {0};
	struct srcpos p = {0};
	xmlParserCtxtPtr ctxt = NULL;
	xmlDocPtr xdoc = NULL;
	xmlNodePtr root;
	xmlExternalEntityLoader old_loader = xmlGetExternalEntityLoader();
	char *path = xasprintf("%s/%s", dir, name), *text = NULL;
	const char *status, *cls, *para;
	size_t len;
	struct doc *doc = NULL;

	p.file = path;
	if ((text = read_file(path, &len)) == NULL) {
		diag(errno == ENOENT ? D_TMPL_MISSING : D_NO_INPUT, &p, "cannot read template: %s",
		    strerror(errno));
		goto out;
	}
	ctxt = xmlNewParserCtxt();
	xmlSetStructuredErrorFunc(&errs, on_xml_error);
	xmlSetExternalEntityLoader(refuse_entity);
	xdoc = xmlCtxtReadMemory(ctxt, text, (int)len, path, NULL, XML_PARSE_NONET);
	xmlSetExternalEntityLoader(old_loader);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (xdoc == NULL || errs.count > 0) {
		if (errs.count == 0)
			diag(D_TMPL_XML, &p, "not well-formed XML");
		goto out;
	}
	if (xdoc->intSubset != NULL || xdoc->extSubset != NULL) {
		const char *at = strstr(text, "<!DOCTYPE"), *c;

		for (c = text, p.line = 1, p.col = 1; at != NULL && c < at; c++) {
			p.col = *c == '\n' ? 1 : p.col + 1;
			p.line += *c == '\n';
		}
		diag(D_TMPL, &p, "a DOCTYPE is not allowed in a template");
		goto out;
	}
	root = xmlDocGetRootElement(xdoc);
	st.pd = pd;
	st.file = path;
	st.doc = doc = xcalloc(1, sizeof *doc);
	keep_string(doc, xstrdup(path));
	if (!is_el(root, "paper") || root->ns != NULL) {
		terror(&st, root, "the root element must be <paper>, not <%s>", (const char *)root->name);
		goto out;
	}
	check_attrs(&st, root, find_elem("paper"));
	doc->root = node(&st, DOC_DOCUMENT, root);
	doc->title = attr(&st, root, "title");
	doc->author = attr(&st, root, "author");
	doc->subject = attr(&st, root, "subject");
	doc->keywords = attr(&st, root, "keywords");
	doc->date = attr(&st, root, "date");
	doc->header = attr(&st, root, "header");
	expand_children(&st, root, doc->root);
	number(doc->root, NULL, NULL);

	/* Rules, not template choices: DRAFT until signed off; the statutory
	 * marking on every page of an exempt paper. */
	status = pd_get(pd, "paper", "status");
	doc->draft = status == NULL || strcmp(status, "signed_off") != 0;
	cls = pd_get(pd, "paper", "classification");
	para = pd_get(pd, "paper", "exempt_paragraph");
	if (cls != NULL && strcmp(cls, "exempt") == 0)
		doc->marking = xasprintf("NOT FOR PUBLICATION by virtue of paragraph %s of Part 1 "
		    "of Schedule 12A to the Local Government Act 1972", para ? para : "?");
out:
	if (st.errors > 0) {	/* nothing half-built leaves this stage */
		doc_free(doc);
		doc = NULL;
	}
	xmlFreeDoc(xdoc);
	xmlFreeParserCtxt(ctxt);
	free(text);
	free(path);
	return doc;
}
