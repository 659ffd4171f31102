/* layout_lines.h: inline content broken into lines, for the layout stage.
 * Words are measured through the device; break opportunities come from
 * textbreak.h; lines are chosen by total fit (Knuth and Plass), justified
 * or ragged-right. Included by layout*.c only. */
#ifndef DOCKET_LAYOUT_LINES_H
#define DOCKET_LAYOUT_LINES_H

#include "dev.h"
#include "doc.h"

/* A run of text placed on a line; x from the left of its box. */
struct piece {
	const char   *s;
	size_t        len;
	double        x;	/* pt */
	double        w;	/* pt */
	enum dev_font font;
	struct rgb    colour;
	const char   *href;	/* a link's target, or NULL */
	int           label;	/* a list item's bullet or number */
};

/* A line of a box: its pieces, the space above it and its height. */
struct tline {
	size_t first;
	size_t n;
	double before;		/* pt, dropped at the top of a page or cell */
	double height;		/* pt */
	double size;		/* font size, pt */
};

/* Lines ready to be placed, e.g. a paragraph or one table cell. */
struct tbox {
	struct piece *p;
	size_t        np, pcap;
	struct tline *l;
	size_t        nl, lcap;
	char        **texts;	/* owned text the pieces point into */
	size_t        ntexts, tcap;
	const void   *item;	/* the list item drawn, or NULL (see pstyle) */
};

enum align {
	ALIGN_LEFT,
	ALIGN_JUSTIFY,
	ALIGN_WHOLE	/* ragged-right, no word hyphenated: a status label */
};

/* How to set a paragraph. */
struct pstyle {
	enum dev_font font;
	double        size;	/* pt */
	double        lead;	/* line height, pt */
	double        x0;	/* left of the text within the box, pt */
	double        width;	/* of the text, pt */
	const char   *label;	/* drawn at x0 - hang on the first line, or NULL */
	double        hang;	/* pt */
	double        before;	/* space above the first line, pt */
	enum align    align;
	const void   *item;	/* a list item (its key for dev.h), or NULL: the
				 * label and the rest are told apart to the device */
};

/* What the line breaker keeps between paragraphs: the device, scratch
 * space, and the characters already reported missing. */
struct lines_ctx {
	const struct dev *dev;
	void             *scratch;	/* owned; lines_free */
};

/* Appends the lines of the inline content of n to b. */
void   lines_inline(struct lines_ctx *c, struct tbox *b, const struct doc_node *n,
    const struct pstyle *st);
/* Appends the lines of block content (paragraphs, lists, or bare inline
 * text) of n to b, in text of width w. */
void   lines_blocks(struct lines_ctx *c, struct tbox *b, const struct doc_node *n,
    enum dev_font font, double size, double lead, double w, enum align align);
double lines_width(struct lines_ctx *c, enum dev_font f, double size, const char *s, size_t n);
/* A short text set on one line (a chart's label) with every character
 * face f lacks replaced by a visible mark, reported once at node at.
 * Caller frees. */
char  *lines_drawable(struct lines_ctx *c, enum dev_font f, const char *text,
    const struct doc_node *at);
void   lines_free(struct lines_ctx *c);

double box_height(const struct tbox *b);
/* Draws the lines [from, to) of b with its left at x and the first
 * line's top at y; links, and a list item's label and body, are told to
 * the device as elements. */
void   box_draw(const struct dev *v, const struct tbox *b, size_t from, size_t to, double x,
    double y);
void   box_clear(struct tbox *b);
void   box_free(struct tbox *b);

#endif
