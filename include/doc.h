/* doc.h: the document tree, the contract between the template stage and
 * layout. Built by tmpl.c, read by layout.c and render.c. Every node keeps
 * the template file:line it came from. */
#ifndef DOCKET_DOC_H
#define DOCKET_DOC_H

#include <stdio.h>

#include "diag.h"

enum doc_type {
	/* blocks */
	DOC_DOCUMENT,
	DOC_FRONTSHEET,		/* label/value rows, never split */
	DOC_FIELD,		/* text: label; children: PARA, LIST */
	DOC_SECTION,		/* text: title; number: "2" or "5.1"; level 1 or 2 */
	DOC_APPENDIX,		/* text: title; number: "1"; starts a page */
	DOC_PARA,		/* number: "2.1" or NULL */
	DOC_LIST,		/* children: ITEM */
	DOC_ITEM,		/* number: the label, "•" or "1." */
	DOC_TABLE,		/* text: caption or NULL; ncols, widths */
	DOC_ROW,		/* flags: DOC_HEADER, DOC_GROUP */
	DOC_CELL,		/* span: columns covered */
	DOC_PAGEBREAK,
	DOC_CONTENTS,		/* text: title; a contents list of the headings */
	DOC_CHART,		/* chart: its data (chart.h); stands where a table may */
	/* inline */
	DOC_TEXT,		/* text: UTF-8 */
	DOC_BOLD,
	DOC_ITALIC,
	DOC_LINK,		/* text: the target */
	DOC_NTYPES
};

#define DOC_HEADER  0x01	/* ROW: a header row, repeated on every page */
#define DOC_GROUP   0x02	/* ROW: a shaded group row, e.g. "Priority 1" */
#define DOC_ORDERED 0x04	/* LIST: numbered items */
#define DOC_PLAIN   0x08	/* PARA: never numbered */
#define DOC_BULLETS 0x10	/* LIST: made from bullet paragraphs */
#define DOC_RAGGED  0x20	/* PARA, CELL: set ragged-right, not justified */

/* The shading of a table cell: a rating's colour, always with its word. */
enum doc_shade { SHADE_NONE, SHADE_GREEN, SHADE_AMBER, SHADE_RED, SHADE_GREY, SHADE_BLUE };
/* A drawn arrow before a cell's text: a direction of travel, always with
 * its words. */
enum doc_arrow { ARROW_NONE, ARROW_UP, ARROW_DOWN, ARROW_LEVEL };
struct chart;

struct doc_node {
	enum doc_type     type;
	struct doc_node  *parent;
	struct doc_node  *first;
	struct doc_node  *last;
	struct doc_node  *next;
	struct srcpos     pos;		/* file points into doc->strings */
	char             *text;
	char             *number;
	int               level;
	unsigned          flags;
	int               span;
	enum doc_shade    shade;	/* CELL */
	enum doc_arrow    arrow;	/* CELL */
	int               ncols;
	double           *widths;	/* TABLE: ncols relative widths */
	struct chart     *chart;	/* CHART: owned */
};

struct doc {
	struct doc_node *root;
	char  *title;		/* PDF metadata */
	char  *author;
	char  *subject;
	char  *keywords;
	char  *date;		/* YYYY-MM-DD the paper is dated, or NULL */
	char  *header;		/* running header, or NULL */
	char  *marking;		/* exempt marking on every page, or NULL */
	int    draft;		/* a DRAFT mark on every page */
	char **strings;		/* template file names and contexts nodes point to */
	size_t nstrings;
	size_t scap;
};

/* Returns a new node; caller links it with doc_append or frees it. */
struct doc_node *doc_node_new(enum doc_type type, const struct srcpos *pos);
/* Appends child to parent when the tree allows it; returns 0, or -1
 * (child untouched) when parent cannot contain a child of that type. */
int  doc_append(struct doc_node *parent, struct doc_node *child);
int  doc_is_inline(enum doc_type type);
const char *doc_type_name(enum doc_type type);
/* A walk over a tree in document order that meets each node twice: on
 * the way in, and on the way out after its children (cmark's iterator). */
enum doc_event { DOC_NONE, DOC_ENTER, DOC_EXIT, DOC_DONE };
struct doc_iter {
	const struct doc_node *root;
	const struct doc_node *node;	/* the node of the last event */
	enum doc_event         event;	/* the last event */
	int                    skip;	/* leave the entered node's children out */
};
void doc_iter_init(struct doc_iter *it, const struct doc_node *root);
/* Moves on to the next event and returns it; it->node is its node. */
enum doc_event doc_iter_next(struct doc_iter *it);
/* After an ENTER: its node's children are passed over, and the next
 * event is the node's EXIT. */
void doc_iter_skip(struct doc_iter *it);
/* Prints the tree as indented text, one node a line. */
void doc_dump(const struct doc *doc, FILE *out);
void doc_node_free(struct doc_node *n);
void doc_free(struct doc *doc);

#endif
