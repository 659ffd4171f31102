/* data.h: a paper's data as plain C: named datasets of text rows.
 * Filled by db.c and rate.c, read by rules.c, the template stage and
 * render.c; no SQL or XML here.
 *
 * A dataset is a table of text values (NULL: no value). A value may also
 * carry the number it stands for (a rated figure, a query's INTEGER or
 * REAL), kept beside its text so that a chart takes the number itself,
 * never the text read back. A row may own child datasets (a section's
 * paragraphs, a priority's actions); the schema says which. Columns whose
 * names start with '_' are internal. */
#ifndef DOCKET_DATA_H
#define DOCKET_DATA_H

#include <stddef.h>

struct ds_schema {
	char              *name;
	size_t             ncols;
	char             **cols;
	size_t             nchild;
	struct ds_schema **child;	/* not owned: all schemas live in paperdata */
};

struct ds_row {
	char           **vals;	/* ncols values, each NULL or UTF-8 text */
	double          *nums;	/* NULL, or ncols numbers: NAN where a value
				 * has none (see ds_num) */
	struct dataset  *child;	/* nchild datasets, in schema order */
};

struct dataset {
	const struct ds_schema *schema;
	size_t                  nrows;
	size_t                  cap;
	struct ds_row          *rows;
};

/* A dataset made after loading (by a template's query, or computed from
 * the data), with its own schema and, when its rows have children, the
 * children's schema. Each is allocated alone so that adding one moves no
 * other dataset. */
struct pd_query {
	struct ds_schema  schema;
	struct ds_schema  child;	/* name NULL: no children */
	struct ds_schema *childp;	/* &child, as schema.child */
	struct dataset    set;
};

struct paperdata {
	char              *source;	/* the database path, for messages */
	long               paper_id;
	size_t             nschemas;
	struct ds_schema  *schemas;	/* built in: top level and children */
	size_t             nsets;
	struct dataset    *sets;	/* the built-in top-level datasets */
	size_t             nqueries;
	size_t             qcap;
	struct pd_query  **queries;	/* the template's, in the order run */
};

/* The schema's column index of name, or -1. */
int ds_col(const struct ds_schema *s, const char *name);
/* The schema's child index of name, or -1. */
int ds_child(const struct ds_schema *s, const char *name);
/* A top-level dataset, built in or a query's, by name, or NULL. */
const struct dataset *pd_set(const struct paperdata *pd, const char *name);
/* A value of the first row of a top-level dataset, or NULL. */
const char *pd_get(const struct paperdata *pd, const char *set, const char *col);
/* A new dataset `name` with the given columns (and, when child is not
 * NULL, rows with a child dataset of those columns), not yet in any pd. */
struct pd_query *pd_query_new(const char *name, const char *const cols[], size_t ncols,
    const char *child, const char *const ccols[], size_t nccols);
/* Appends q (which pd then owns) to pd's top-level datasets. */
void pd_add_query(struct paperdata *pd, struct pd_query *q);
/* Appends an empty row to d (values NULL, child datasets empty). */
struct ds_row *ds_add_row(struct dataset *d);
/* Sets a row's value of column col (which must exist) to v, which the
 * row then owns, with no number. */
void ds_put(struct ds_row *row, const struct ds_schema *s, const char *col, char *v);
/* Gives the value of column col (which must exist) the number x it
 * stands for, exactly, whatever its text shows ("%.10g" digits, a
 * rounded figure); NAN gives none. */
void ds_put_num(struct ds_row *row, const struct ds_schema *s, const char *col, double x);
/* The number value c of row stands for: 0 and *x set, or -1 when the
 * value has only its text. */
int  ds_num(const struct ds_row *row, int c, double *x);
void pd_query_free(struct pd_query *q);
void pd_free(struct paperdata *pd);

#endif
