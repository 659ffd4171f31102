/* layout.h: the layout stage: places a document tree on A4 pages through
 * a device. Included by render.c, pack.c and the tests. Sees no SQL, XML or PDF. */
#ifndef DOCKET_LAYOUT_H
#define DOCKET_LAYOUT_H

#include "dev.h"
#include "doc.h"

#define PAGE_W 595.276	/* A4, pt */
#define PAGE_H 841.890

/* Lays out doc through dev, page furniture included. Returns the number
 * of pages, or -1 with the diagnostic emitted. */
int layout_run(const struct doc *doc, const struct dev *dev);

/* Lays doc out as one part of a longer PDF (an agenda pack): from page
 * index first, numbered "Page first+1 of total" on (total 0: its own
 * count), its metadata left to the caller. Returns the number of its
 * pages, or -1 with the diagnostic emitted. */
int layout_part(const struct doc *doc, const struct dev *dev, int first, int total);

/* The number of pages doc takes, measured through dev and nothing drawn. */
int layout_pages(const struct doc *doc, const struct dev *dev);

#endif
