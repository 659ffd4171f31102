/* tmpl_fill.h: the state of filling one template with a paper's data, and
 * what the files of the template stage share to do it. Included by tmpl.c,
 * tmpl_bind.c, tmpl_expand.c and tmpl_build.c alone. */
#ifndef DOCKET_TMPL_FILL_H
#define DOCKET_TMPL_FILL_H

#include "data.h"
#include "doc.h"
#include "ttree.h"

struct chartbuild;	/* tmpl_build.c's */

/* One level of <each>: the dataset iterated and the current row. */
struct frame {
	const struct dataset *set;
	const struct ds_row  *row;	/* NULL while checking an empty dataset */
};

/* One tmpl_fill: the data, the document being built, where the walk is. */
struct fill {
	const struct paperdata *pd;
	struct doc             *doc;
	struct frame            stack[8];
	int                     depth;
	int                     errors;
	struct doc_node       **anchors;	/* the nodes with an id met so far */
	size_t                  nanchors, acap;
	struct {
		struct doc_node *node;
		char            *to;
	}                      *refs;	/* REF nodes to resolve after numbering */
	size_t                  nrefs, rcap;
	int                     checking;	/* inside a loop over no rows */
	const struct ttree     *tree;		/* for the source text, for columns */
	const char            **files;	/* file names kept in the document */
	size_t                  nfiles, fcap;
	const char             *file_src;	/* the last name asked for, */
	const char             *file_kept;	/* and its kept copy */
	struct chartbuild      *chart;	/* the <chart> being filled, or NULL */
	const char             *bound_set;	/* where the last binding read from */
	const char             *bound_row;	/* its _rowid, or NULL */
	char                  **said;	/* the errors given, each said once */
	size_t                  nsaid, scap;
};

/* tmpl_bind.c: values from the data, and errors at a template node. */

/* The template error code at x (its detail from fmt, as diag), counted
 * in st, its column found by looking for needle in the source from x's
 * line (an element's own "<name" when needle is NULL). */
void terror_at(struct fill *st, const struct tnode *x, const char *needle,
    enum diag_code code, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
#define terror(st, x, ...) terror_at((st), (x), NULL, __VA_ARGS__)
/* Finds a value: "set.col" names a dataset being iterated (innermost
 * first) or a top-level dataset's first row; "col" the innermost row.
 * Returns 0 and sets *val (NULL: no value), or -1 when there is no such field. */
int   bind_lookup(struct fill *st, const char *ref, const char **val);
/* Replaces each {field} or {field|filter} in s; "{{" is a literal brace.
 * Whitespace runs become one space when fold is set. Caller frees. */
char *bind_text(struct fill *st, const struct tnode *x, const char *s, int fold);
/* An attribute's value with bindings filled, or NULL when absent. Caller
 * frees. */
char *bind_attr(struct fill *st, const struct tnode *x, const char *name);
/* The number of an attribute that is one binding alone, "{field}", to a
 * value that carries one (data.h's ds_num): 0 and *num set, exactly as
 * the data had it; or -1, when the attribute is to be read as text. */
int   bind_attr_num(struct fill *st, const struct tnode *x, const char *name, double *num);
int   bind_attr_yes(struct fill *st, const struct tnode *x, const char *name);

/* tmpl_expand.c: the walk. */

/* Expands x's children into parent (NULL: inside a chart, where only its
 * series and points count). */
void expand_children(struct fill *st, const struct tnode *x, struct doc_node *parent);

/* tmpl_build.c: the document's nodes. */

/* A new node of x's file and line, its file name kept in the document;
 * caller links it or frees it. */
struct doc_node *build_node(struct fill *st, enum doc_type type, const struct tnode *x);
/* Adds text x, its bindings filled, to parent. */
void build_text(struct fill *st, const struct tnode *x, struct doc_node *parent);
/* Builds element x (not <each> or <if>) into parent, with its content. */
void build_element(struct fill *st, const struct tnode *x, struct doc_node *parent);

#endif
