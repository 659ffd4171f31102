/* dev_pdf.h: the PDF device (libharu). Included by render.c. */
#ifndef DOCKET_DEV_PDF_H
#define DOCKET_DEV_PDF_H

#include "dev.h"

struct dev_pdf;

/* A new PDF with the faces in fontdir (LiberationSans-*.ttf, loaded on
 * first use). NULL with the diagnostic emitted. Free with dev_pdf_free. */
struct dev_pdf *dev_pdf_new(const char *fontdir);
struct dev      dev_pdf_device(struct dev_pdf *p);
/* The finished PDF in memory: 0, or -1 with the diagnostic emitted.
 * Caller frees *data. */
int  dev_pdf_finish(struct dev_pdf *p, char **data, size_t *len);
void dev_pdf_free(struct dev_pdf *p);

#endif
