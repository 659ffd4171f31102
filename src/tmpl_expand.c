/* tmpl_expand.c: the walk over a template: <each> repeats its content for
 * the rows of a dataset, <if> keeps or drops its own; every other node is
 * built by tmpl_build.c. */
#include "tmpl_fill.h"

#include <stdlib.h>
#include <string.h>

/* The dataset a name means here: a child of a row being iterated (while
 * checking a loop over no rows, an empty one of the child's schema, in
 * *empty), or a top-level dataset; NULL when there is none. */
static const struct dataset *
find_set(const struct fill *st, const char *name, struct dataset *empty)
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
where_col(struct fill *st, const struct tnode *x, const struct dataset *d, const char *where)
{
	int c;

	if (where == NULL)
		return -1;
	if ((c = ds_col(d->schema, where)) < 0 || where[0] == '_') {
		terror(st, x, D_NO_FIELD, "'%s' in '%s'", where, d->schema->name);
		return -2;
	}
	return c;
}

/* <each in="SET"> (where="COL" is="V": only the rows whose COL is V). */
static void
expand_each(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	char *in = bind_attr(st, x, "in"), *where = bind_attr(st, x, "where"), *is = bind_attr(st, x, "is");
	struct dataset empty;
	const struct dataset *d;
	struct frame *f;
	size_t r, kept = 0;
	int col;

	if ((d = find_set(st, in, &empty)) == NULL) {
		terror(st, x, D_NO_DATASET, "'%s'", in);
		goto out;
	}
	if ((col = where_col(st, x, d, where)) == -2)
		goto out;
	if (st->depth == (int)(sizeof st->stack / sizeof st->stack[0])) {
		terror(st, x, D_EACH_DEPTH, "at '%s'", in);
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
		if (scratch != NULL && parent->type == DOC_TABLE)
			scratch->as.table.ncols = parent->as.table.ncols;
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
truth(struct fill *st, const struct tnode *x, const char *ref, const char *where, const char *is)
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
	if (bind_lookup(st, ref, &val) == -1) {
		terror(st, x, D_NO_FIELD, "'%s' (nor a dataset)", ref);
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
expand_if(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	char *test = bind_attr(st, x, "test"), *not = bind_attr(st, x, "not"), *is = bind_attr(st, x, "is");
	char *where = bind_attr(st, x, "where");
	int yes;

	if ((test == NULL) == (not == NULL)) {
		terror(st, x, D_IF_TEST, NULL);
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

/* Expands one template node into parent. The schema has checked names,
 * attributes and nesting; what is checked here needs the data. */
static void
expand(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	if (parent == NULL && x->name == NULL)
		return;	/* between a chart's series and points */
	switch (x->kind) {
	case T_TEXT:
	case T_CDATA:
		build_text(st, x, parent);
		break;
	case T_OTHER:
	case T_QUERY:
		break;	/* comments; queries ran before */
	case T_EACH:
		expand_each(st, x, parent);
		break;
	case T_IF:
		expand_if(st, x, parent);
		break;
	default:
		build_element(st, x, parent);
	}
}

void
expand_children(struct fill *st, const struct tnode *x, struct doc_node *parent)
{
	const struct tnode *c;

	for (c = x->first; c != NULL; c = c->next)
		expand(st, c, parent);
}
