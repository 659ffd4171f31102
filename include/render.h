/* render.h: the pipeline for one paper, in two halves: build its document
 * (data -> rules -> template -> document), then write it (layout -> PDF
 * file, safely). Included by main.c, pack.c and the tests. */
#ifndef DOCKET_RENDER_H
#define DOCKET_RENDER_H

#include "db.h"
#include "dev_pdf.h"
#include "doc.h"

enum render_mode { RENDER_PDF, RENDER_TREE, RENDER_TRACE };

struct render_opts {
	const char       *datadir;	/* holds templates/ and fonts/ */
	const char       *outfile;	/* -o FILE, or NULL */
	const char       *outdir;	/* --out DIR, used when outfile is NULL (default out) */
	enum render_mode  mode;		/* TREE and TRACE print to stdout */
	int               pdfa;		/* --pdfa: PDF/A-1b files */
};

/* Renders paper id: render_build, then by o->mode its tree or its
 * drawing calls printed, or render_write to o->outfile or into o->outdir
 * under its render_file_name. Returns 0, or -1 with the diagnostics
 * emitted and no file written. On success *written (if not NULL) is the
 * path written, which the caller frees. */
int render_paper(struct db *db, long id, const struct render_opts *o, char **written);

/* Makes the folder o writes its PDFs into (o->outdir, when o writes PDFs
 * named from their papers) if it is missing, and its missing parents, as
 * mkdir -p does (mode 0777 less the umask). Returns 0, or -1 with the
 * diagnostic emitted (exit 73) when it cannot be made or something that
 * is not a folder is in its way. */
int render_make_outdir(const struct render_opts *o);

/* Builds paper id's document: its data loaded from db, the rules of a
 * committee paper checked (rules_check), its template in DATADIR/templates
 * filled and the rules applied to it (render_document), and dated from
 * SOURCE_DATE_EPOCH when the data gives no date.
 * Writes nothing. With name not NULL, *name is the paper's
 * render_file_name. NULL with the diagnostics emitted. Caller frees with
 * doc_free, and frees *name. */
struct doc *render_build(struct db *db, long id, const char *datadir, char **name);

/* Lays doc out on pages (faces from DATADIR/fonts) and writes the PDF,
 * made as po says (NULL: a plain tagged PDF, dated by the document), to
 * path: to a temporary file beside it, moved into place, so that a failure
 * leaves nothing half-written; a signed-off paper's file already there is
 * never overwritten (a draft is replaced; the same bytes again succeed).
 * Takes doc, and frees it as soon as it is drawn, before the PDF is put
 * together, when the most memory is held. Returns 0, or -1 with the
 * diagnostic emitted. */
int render_write(struct doc *doc, const char *datadir, const char *path,
    const struct dev_pdf_opts *po);

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

/* Writes the PDF data[0..len) to path as render_write does: atomically,
 * and never over a signed-off paper. 0, or -1 with the diagnostic emitted. */
int render_save(const char *path, const char *data, size_t len);

#endif
