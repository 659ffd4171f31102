/* tmpl.h: the template stage: reads an XML template safely, validates it
 * against the language's RELAX NG schema, and fills it with a paper's data
 * to build the document tree. Included by render.c, main.c (docket check),
 * signoff.c (the fragments a sign-off records) and the tests; only
 * tmpl_xml.c includes libxml2. */
#ifndef DOCKET_TMPL_H
#define DOCKET_TMPL_H

#include "data.h"
#include "doc.h"

struct tmpl;

/* Reads DIR/NAME: well-formed, no DOCTYPE or entities, XIncludes resolved
 * within DIR only, valid against DIR/docket.rng. NULL with every
 * diagnostic emitted (FILE:LINE:COL, exit 65; a missing file 66). Close
 * with tmpl_close. */
struct tmpl *tmpl_open(const char *dir, const char *name);
void         tmpl_close(struct tmpl *t);

/* A query the template declares: its rows become the dataset `name`. */
struct tmpl_query {
	char          *name;
	char          *sql;
	struct srcpos  pos;
};

/* The template's i-th query, or NULL past the last. */
const struct tmpl_query *tmpl_query(const struct tmpl *t, size_t i);

/* Builds the document for pd, whose datasets include the template's
 * queries. Every binding is checked, even in loops over no rows; with
 * check set, the bodies of every <if> too, whatever the data (the
 * document is then only good for being thrown away). What the paper's
 * rules decide (doc->draft, doc->marking) is left to rules_apply. NULL
 * with every diagnostic emitted. Caller frees with doc_free. */
struct doc *tmpl_fill(const struct tmpl *t, const struct paperdata *pd, int check);

/* The path of the i-th fragment the template includes, or NULL past the
 * last; valid until tmpl_close. */
const char *tmpl_fragment(const struct tmpl *t, size_t i);

#endif
