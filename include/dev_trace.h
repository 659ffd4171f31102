/* dev_trace.h: a device that prints one text line per drawing call and
 * per structure element begun or ended (and `hyphen "rest"` before a hyphen
 * layout added at a line's end), so that layout can be tested
 * without a PDF reader. Text is measured with fixed advances (0.5 em a
 * character, 0.55 em in bold), not a real font, whose faces lack every
 * character beyond U+FFFF, and U+FFFD.
 * Included by render.c and the tests. */
#ifndef DOCKET_DEV_TRACE_H
#define DOCKET_DEV_TRACE_H

#include <stdio.h>

#include "dev.h"
#include "util.h"

/* The trace device's state: where it writes, and the structure elements
 * met so far, numbered from 1 by key and role. Zeroed but for out is
 * empty. */
struct trace {
	FILE         *out;
	struct keymap elems;
	size_t        nelems;
};

/* A device writing to t->out, which the caller sets; t must live as long
 * as the device, and the caller frees it with trace_free. */
struct dev dev_trace(struct trace *t);
void       trace_free(struct trace *t);

#endif
