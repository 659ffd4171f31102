/* data.c: look-ups in, and freeing of, a paper's datasets. */
#include "data.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int
ds_col(const struct ds_schema *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->ncols; i++)
		if (strcmp(s->cols[i], name) == 0)
			return (int)i;
	return -1;
}

int
ds_child(const struct ds_schema *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->nchild; i++)
		if (strcmp(s->child[i]->name, name) == 0)
			return (int)i;
	return -1;
}

const struct dataset *
pd_set(const struct paperdata *pd, const char *name)
{
	size_t i;

	for (i = 0; i < pd->nsets; i++)
		if (strcmp(pd->sets[i].schema->name, name) == 0)
			return &pd->sets[i];
	for (i = 0; i < pd->nqueries; i++)
		if (strcmp(pd->queries[i]->schema.name, name) == 0)
			return &pd->queries[i]->set;
	return NULL;
}

const char *
pd_get(const struct paperdata *pd, const char *set, const char *col)
{
	const struct dataset *d = pd_set(pd, set);
	int c;

	if (d == NULL || d->nrows == 0 || (c = ds_col(d->schema, col)) < 0)
		return NULL;
	return d->rows[0].vals[c];
}

static void
ds_free(struct dataset *d)
{
	size_t r, i;

	for (r = 0; r < d->nrows; r++) {
		for (i = 0; i < d->schema->ncols; i++)
			free(d->rows[r].vals[i]);
		free(d->rows[r].vals);
		free(d->rows[r].nums);
		for (i = 0; i < d->schema->nchild; i++)
			ds_free(&d->rows[r].child[i]);
		free(d->rows[r].child);
	}
	free(d->rows);
}

static void
schema_free(struct ds_schema *s)
{
	size_t i;

	for (i = 0; i < s->ncols; i++)
		free(s->cols[i]);
	free(s->cols);
	free(s->child);
	free(s->name);
}

static void
schema_init(struct ds_schema *s, const char *name, const char *const cols[], size_t ncols)
{
	size_t i;

	s->name = xstrdup(name);
	s->ncols = ncols;
	s->cols = xcalloc(ncols, sizeof *s->cols);
	for (i = 0; i < ncols; i++)
		s->cols[i] = xstrdup(cols[i]);
}

struct pd_query *
pd_query_new(const char *name, const char *const cols[], size_t ncols, const char *child,
    const char *const ccols[], size_t nccols)
{
	struct pd_query *q = xcalloc(1, sizeof *q);

	schema_init(&q->schema, name, cols, ncols);
	if (child != NULL) {
		schema_init(&q->child, child, ccols, nccols);
		q->childp = &q->child;
		q->schema.child = xcalloc(1, sizeof *q->schema.child);
		q->schema.child[0] = q->childp;
		q->schema.nchild = 1;
	}
	q->set.schema = &q->schema;
	return q;
}

struct ds_row *
ds_add_row(struct dataset *d)
{
	struct ds_row *row;
	size_t i;

	d->rows = xgrow(d->rows, &d->cap, d->nrows + 1, sizeof *d->rows);
	row = &d->rows[d->nrows++];
	row->vals = xcalloc(d->schema->ncols, sizeof *row->vals);
	row->nums = NULL;
	row->child = xcalloc(d->schema->nchild, sizeof *row->child);
	for (i = 0; i < d->schema->nchild; i++)
		row->child[i].schema = d->schema->child[i];
	return row;
}

void
ds_put(struct ds_row *row, const struct ds_schema *s, const char *col, char *v)
{
	int c = ds_col(s, col);

	free(row->vals[c]);
	row->vals[c] = v;
	if (row->nums != NULL)
		row->nums[c] = NAN;	/* the new text's number is not known */
}

void
ds_put_num(struct ds_row *row, const struct ds_schema *s, const char *col, double x)
{
	size_t i;

	/* Made for the first number only: most rows have none. */
	if (row->nums == NULL) {
		row->nums = xcalloc(s->ncols, sizeof *row->nums);
		for (i = 0; i < s->ncols; i++)
			row->nums[i] = NAN;
	}
	row->nums[ds_col(s, col)] = x;
}

int
ds_num(const struct ds_row *row, int c, double *x)
{
	if (row->nums == NULL || isnan(row->nums[c]))
		return -1;
	*x = row->nums[c];
	return 0;
}

void
pd_add_query(struct paperdata *pd, struct pd_query *q)
{
	pd->queries = xgrow(pd->queries, &pd->qcap, pd->nqueries + 1, sizeof *pd->queries);
	pd->queries[pd->nqueries++] = q;
}

void
pd_query_free(struct pd_query *q)
{
	if (q == NULL)
		return;
	ds_free(&q->set);
	schema_free(&q->schema);
	if (q->child.name != NULL)
		schema_free(&q->child);
	free(q);
}

void
pd_free(struct paperdata *pd)
{
	size_t i;

	if (pd == NULL)
		return;
	for (i = 0; i < pd->nsets; i++)
		ds_free(&pd->sets[i]);
	free(pd->sets);
	for (i = 0; i < pd->nschemas; i++)
		schema_free(&pd->schemas[i]);
	free(pd->schemas);
	for (i = 0; i < pd->nqueries; i++)
		pd_query_free(pd->queries[i]);
	free(pd->queries);
	free(pd->source);
	free(pd);
}
