/* dev_pdf.h: the PDF device (libharu). Included by render.h, render.c,
 * signoff.c and the tests. */
#ifndef DOCKET_DEV_PDF_H
#define DOCKET_DEV_PDF_H

#include "dev.h"

struct dev_pdf;

/* How the PDF is made; zero-initialised, a plain tagged PDF dated by the
 * document (when is then -1). */
struct dev_pdf_opts {
	int        pdfa;	/* PDF/A-1b, as a signed-off paper is archived */
	long long  when;	/* its creation and modification time, seconds since
				 * 1970 UTC (a sign-off's), or -1: the document's date */
};

/* A new PDF with the faces in fontdir (LiberationSans-*.ttf, loaded on
 * first use), made as o says (NULL: the defaults). NULL with the
 * diagnostic emitted. Free with dev_pdf_free. */
struct dev_pdf *dev_pdf_new(const char *fontdir, const struct dev_pdf_opts *o);
struct dev      dev_pdf_device(struct dev_pdf *p);
/* The finished PDF in memory: 0, or -1 with the diagnostic emitted.
 * Caller frees *data. */
int  dev_pdf_finish(struct dev_pdf *p, char **data, size_t *len);
void dev_pdf_free(struct dev_pdf *p);

/* The version of libharu docket was built with: "2.4.3". */
const char *dev_pdf_libharu(void);

#endif
