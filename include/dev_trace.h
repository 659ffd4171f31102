/* dev_trace.h: a device that prints one text line per drawing call, so
 * that layout can be tested without a PDF reader. Text is measured with
 * fixed advances (0.5 em a character, 0.55 em in bold), not a real font,
 * whose faces lack every character beyond U+FFFF, and U+FFFD.
 * Included by render.c and the tests. */
#ifndef DOCKET_DEV_TRACE_H
#define DOCKET_DEV_TRACE_H

#include <stdio.h>

#include "dev.h"

/* A device writing to out; ctx must live as long as the device. */
struct dev dev_trace(FILE **ctx_out);

#endif
