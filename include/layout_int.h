/* layout_int.h: what the files of the layout stage share: the page's
 * geometry, the state of laying out one document, the helpers the block
 * layouts call, and the shades. Included by layout.c, layout_table.c and
 * layout_chart.c only. */
#ifndef DOCKET_LAYOUT_INT_H
#define DOCKET_LAYOUT_INT_H

#include "dev.h"
#include "doc.h"
#include "layout.h"
#include "layout_lines.h"

#define MARGIN_L   56.7		/* pt */
#define MARGIN_R   56.7
#define BODY_TOP   76.0		/* below the running header and marking */
#define BODY_BOT   (PAGE_H - 60.0)	/* above the footer */
#define TEXT_W     (PAGE_W - MARGIN_L - MARGIN_R)

#define BODY_SIZE  11.0
#define BODY_LEAD  14.5
#define TABLE_SIZE 9.0
#define TABLE_LEAD 11.5
#define CELL_PAD   3.5
#define NUM_INDENT 36.0		/* numbered paragraphs hang their number */
#define ITEM_INDENT 18.0	/* list labels */
#define PARA_GAP   7.0
#define HEAD_GAP   12.0
#define KEEP_ROWS  12		/* a table this short stays on one page if it can */
#define ARROW_W    10.0		/* pt before a cell's text for its arrow */

static const struct rgb black = { 0, 0, 0 };
static const struct rgb rule = { 0.55, 0.55, 0.55 };

struct lay {
	const struct doc *doc;
	const struct dev *dev;
	int               page;		/* index of the current page, -1 before the first */
	double            y;		/* top of free space on it */
	int               failed;
	struct lines_ctx *lines;
	struct tocent    *toc;		/* headings met, in order */
	size_t            ntoc, tcap;
	const struct tocent *known;	/* the first pass's headings, or NULL */
	size_t            nknown;
};

/* Where a heading landed. */
struct tocent {
	const struct doc_node *node;
	int                    page;	/* 0-based */
	double                 y;	/* pt from the top */
};

/* Tells the device an element begins (keyed by key), ends, or that an
 * artifact of that kind begins (ended by lay_end(L, ROLE_ARTIFACT)). */
void   lay_begin(const struct lay *L, enum dev_role role, const void *key);
void   lay_end(const struct lay *L, enum dev_role role);
void   lay_artifact(const struct lay *L, enum dev_artifact kind);
/* Starts the next page and draws its furniture. */
void   lay_new_page(struct lay *L);
/* Width in pt of s[0..n) in face f at size pt. */
double lay_width(struct lay *L, enum dev_font f, double size, const char *s, size_t n);

/* layout_table.c: tables and the front sheet. */

/* The fill of each enum doc_shade: a cell's, and a chart series' that is
 * given one, so that a status has one colour wherever it is shown. */
extern const struct rgb layout_shades[];

/* Table t from x = left, total pt wide, its header rows repeated on every
 * page it continues on. */
void   layout_table(struct lay *L, const struct doc_node *t, double left, double total);
/* The front sheet: label/value rows, kept on one page when they fit. */
void   layout_frontsheet(struct lay *L, const struct doc_node *n);
/* What of table t, total pt wide, must stand on the page of whatever
 * leads in to it: the whole table when it is short enough to be kept on
 * one page, else its caption, header rows and first row (two lines of it
 * when it is taller than a page); the space above included, in pt. */
double layout_table_keep(struct lay *L, const struct doc_node *t, double total);

#endif
