/* tmpl.h: the template stage: fills an XML template with a paper's data
 * and builds the document tree. Included by render.c; only tmpl.c
 * includes libxml2. */
#ifndef DOCKET_TMPL_H
#define DOCKET_TMPL_H

#include "data.h"
#include "doc.h"

/* Reads DIR/NAME, checks it, and builds the document for pd. Returns NULL
 * with every diagnostic emitted (FILE:LINE:COL). Caller frees with doc_free. */
struct doc *tmpl_build(const char *dir, const char *name, const struct paperdata *pd);

/* Formats an ISO date (YYYY-MM-DD) as "9 July 2024" into out; returns -1
 * when iso is not such a date. */
int tmpl_format_date(const char *iso, char *out, size_t size);

#endif
