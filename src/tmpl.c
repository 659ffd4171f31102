/* tmpl.c: the template stage's entry points. A template is read and
 * checked by tmpl_xml.c; filling it walks it (tmpl_expand.c) with its
 * bindings filled (tmpl_bind.c) to build the document (tmpl_build.c),
 * then numbers the whole and resolves its cross-references. */
#include "tmpl.h"

#include <stdlib.h>
#include <string.h>

#include "tmpl_fill.h"
#include "ttree.h"
#include "util.h"

struct tmpl {
	struct ttree      *tree;
	size_t             nqueries;
	struct tmpl_query *queries;
};

struct tmpl *
tmpl_open(const char *dir, const char *name)
{
	struct ttree *tree = ttree_read(dir, name);
	struct tmpl *t;
	const struct tnode *c, *x;

	if (tree == NULL)
		return NULL;
	t = xcalloc(1, sizeof *t);
	t->tree = tree;
	for (c = tree->root->first; c != NULL; c = c->next)
		if (c->kind == T_QUERY) {
			struct tmpl_query *q;
			struct buf sql = {0};

			t->queries = xrealloc(t->queries, (t->nqueries + 1) * sizeof *t->queries);
			q = &t->queries[t->nqueries++];
			q->name = xstrdup(ttree_attr(c, "name"));
			for (x = c->first; x != NULL; x = x->next)
				if (x->text != NULL)
					buf_add(&sql, x->text);
			q->sql = buf_take(&sql);
			q->pos.file = tree->path;
			q->pos.line = c->pos.line;
			q->pos.col = 0;
			q->pos.ctx = NULL;
			ttree_locate(tree, &q->pos, "<query");
		}
	return t;
}

void
tmpl_close(struct tmpl *t)
{
	if (t == NULL)
		return;
	ttree_free(t->tree);
	for (size_t i = 0; i < t->nqueries; i++) {
		free(t->queries[i].name);
		free(t->queries[i].sql);
	}
	free(t->queries);
	free(t);
}

const struct tmpl_query *
tmpl_query(const struct tmpl *t, size_t i)
{
	return i < t->nqueries ? &t->queries[i] : NULL;
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
				para->as.para.implicit = 1;
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
 * appendices 1, 2; the items of ordered lists 1., 2. A section's level is
 * its depth (an appendix's sections are at 2); deeper than 2, it has no
 * number. */
static void
number(struct doc_node *n, const char *prefix, int *counter)
{
	struct doc_node *c;
	int sections = 0, appendices = 0, sub = 0, items = 0;

	for (c = n->first; c != NULL; c = c->next) {
		if (c->type == DOC_SECTION && n->type == DOC_DOCUMENT) {
			c->as.heading.number = xasprintf("%d", ++sections);
			c->as.heading.level = 1;
			number(c, c->as.heading.number, &sub);
			sub = 0;
		} else if (c->type == DOC_SECTION && n->type == DOC_SECTION &&
		    n->as.heading.level == 1) {
			c->as.heading.number = xasprintf("%s.%d", prefix, ++*counter);
			c->as.heading.level = 2;
			number(c, NULL, NULL);
		} else if (c->type == DOC_SECTION) {
			c->as.heading.level = n->type == DOC_SECTION ? n->as.heading.level + 1 : 2;
			number(c, NULL, NULL);
		} else if (c->type == DOC_APPENDIX) {
			c->as.heading.number = xasprintf("%d", ++appendices);
			number(c, NULL, NULL);
		} else if (c->type == DOC_PARA && prefix != NULL && counter != NULL &&
		    !(c->flags & DOC_PLAIN)) {
			c->as.para.number = xasprintf("%s.%d", prefix, ++*counter);
		} else if (c->type == DOC_ITEM && (n->flags & DOC_ORDERED)) {
			c->as.item.label = xasprintf("%d.", ++items);
		} else if (c->type == DOC_ITEM && c->as.item.label == NULL) {
			c->as.item.label = xstrdup("\xE2\x80\xA2");
		} else if (!doc_is_inline(c->type))
			number(c, NULL, NULL);
	}
}

/* Points each <ref to="ID"/> at what it names, and gives it that one's
 * number in words: "paragraph 2.3", "section 4", "Appendix 1". */
static void
resolve_refs(struct fill *st)
{
	size_t i, k;

	for (i = 0; i < st->nrefs; i++) {
		struct doc_node *r = st->refs[i].node, *words;
		const struct doc_node *to = NULL;
		char *text = NULL;

		for (k = 0; k < st->nanchors && to == NULL; k++)
			if (strcmp(st->anchors[k]->id, st->refs[i].to) == 0)
				to = st->anchors[k];
		if (to == NULL) {
			diag(D_REF_UNKNOWN, &r->pos, "<ref to=\"%s\">", st->refs[i].to);
			st->errors++;
		} else if (to->type == DOC_APPENDIX)
			text = xasprintf("Appendix %s", to->as.heading.number);
		else if (to->type == DOC_SECTION && to->as.heading.level == 1)
			text = xasprintf("section %s", to->as.heading.number);
		else if (to->type == DOC_PARA && to->as.para.number != NULL)
			text = xasprintf("paragraph %s", to->as.para.number);
		else if (to->type == DOC_SECTION && to->as.heading.number != NULL)
			text = xasprintf("paragraph %s", to->as.heading.number);
		else {
			diag(D_REF_NO_NUMBER, &r->pos, "<ref to=\"%s\">", st->refs[i].to);
			st->errors++;
		}
		r->as.ref.target = to;
		if (text != NULL) {
			words = doc_node_new(DOC_TEXT, &r->pos);
			words->as.text.str = text;
			doc_append(r, words);
		}
	}
}

struct doc *
tmpl_fill(const struct tmpl *t, const struct paperdata *pd, int check)
{
	struct fill st = {0};
	struct doc *doc;
	const struct tnode *root = t->tree->root;
	size_t i;

	st.pd = pd;
	st.tree = t->tree;
	st.checking = check;
	st.doc = doc = xcalloc(1, sizeof *doc);
	doc->root = build_node(&st, DOC_DOCUMENT, root);
	doc->title = bind_attr(&st, root, "title");
	doc->author = bind_attr(&st, root, "author");
	doc->subject = bind_attr(&st, root, "subject");
	doc->keywords = bind_attr(&st, root, "keywords");
	doc->date = bind_attr(&st, root, "date");
	doc->header = bind_attr(&st, root, "header");
	expand_children(&st, root, doc->root);
	wrap_inline_runs(doc->root);
	number(doc->root, NULL, NULL);
	resolve_refs(&st);

	free(st.anchors);
	for (i = 0; i < st.nrefs; i++)
		free(st.refs[i].to);
	free(st.refs);
	free(st.files);
	for (i = 0; i < st.nsaid; i++)
		free(st.said[i]);
	free(st.said);
	if (st.errors > 0) {	/* nothing half-built leaves this stage */
		doc_free(doc);
		doc = NULL;
	}
	return doc;
}

const char *
tmpl_fragment(const struct tmpl *t, size_t i)
{
	return i < t->tree->nfiles ? t->tree->files[i] : NULL;
}
