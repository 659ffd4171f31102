/* data.c: look-ups in, and freeing of, a paper's datasets. */
#include "data.h"

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
