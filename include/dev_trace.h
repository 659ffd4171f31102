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

/* A structure element met: its key, role and number (from 1; 0 is a free
 * slot). */
struct trace_elem {
	const void    *key;
	enum dev_role  role;
	size_t         number;
};

/* The trace device's state: where it writes, and the structure elements
 * met so far, to number them: a hash table of cap slots by key and role,
 * and how many were numbered. */
struct trace {
	FILE   *out;
	struct trace_elem *elems;
	size_t  nelems, cap;
};

/* A device writing to t->out, which the caller sets; t must live as long
 * as the device, and the caller frees it with trace_free. */
struct dev dev_trace(struct trace *t);
void       trace_free(struct trace *t);

#endif
