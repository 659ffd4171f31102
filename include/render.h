/* render.h: the pipeline for one paper: data -> template -> document ->
 * layout -> PDF file. Included by main.c. */
#ifndef DOCKET_RENDER_H
#define DOCKET_RENDER_H

#include "db.h"
#include "doc.h"

enum render_mode { RENDER_PDF, RENDER_TREE, RENDER_TRACE };

struct render_opts {
	const char       *datadir;	/* holds templates/ and fonts/ */
	const char       *outfile;	/* -o FILE, or NULL */
	const char       *outdir;	/* --out DIR, used when outfile is NULL */
	enum render_mode  mode;		/* TREE and TRACE print to stdout */
};

/* Renders paper id. Returns 0, or -1 with the diagnostics emitted and no
 * file written. On success *written (if not NULL) is the path written,
 * which the caller frees. */
int render_paper(struct db *db, long id, const struct render_opts *o, char **written);

/* The stages between the data and the document: the template DIR/NAME
 * opened, the ratings computed, its queries run against db into pd, the
 * template filled (with check, every branch checked: see tmpl_fill) and
 * the paper's rules applied to the document (rules_apply).
 * NULL with the diagnostics emitted. Caller frees with doc_free. */
struct doc *render_document(struct db *db, struct paperdata *pd, const char *dir,
    const char *name, int check);

/* The default file name of a paper: "2024-07-09-committee-title-p7.pdf",
 * safe on any file system. Caller frees. */
char *render_file_name(const char *date, const char *committee, const char *title,
    const char *id);

#endif
