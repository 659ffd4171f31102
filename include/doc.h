/* doc.h: the document tree, the contract between the template stage and
 * layout. Built by the template stage (tmpl_build.c, tmpl.c), marked by
 * rules.c, read by layout*.c and render.c. Every node keeps the template
 * file:line it came from. */
#ifndef DOCKET_DOC_H
#define DOCKET_DOC_H

#include <stdio.h>

#include "diag.h"

enum doc_type {
	/* blocks; what each holds is its member of doc_node.as */
	DOC_DOCUMENT,
	DOC_FRONTSHEET,		/* label/value rows, never split */
	DOC_FIELD,		/* as.field; children: PARA, LIST */
	DOC_SECTION,		/* as.heading */
	DOC_APPENDIX,		/* as.heading; starts a page */
	DOC_PARA,		/* as.para */
	DOC_LIST,		/* children: ITEM */
	DOC_ITEM,		/* as.item */
	DOC_TABLE,		/* as.table */
	DOC_ROW,		/* flags: DOC_HEADER, DOC_GROUP, DOC_KEEP_NEXT */
	DOC_CELL,		/* as.cell */
	DOC_PAGEBREAK,
	DOC_CONTENTS,		/* as.heading; a contents list of the headings */
	DOC_CHART,		/* as.chart; stands where a table may */
	/* inline */
	DOC_TEXT,		/* as.text */
	DOC_BOLD,
	DOC_ITALIC,
	DOC_LINK,		/* as.link */
	DOC_REF,		/* as.ref; its child TEXT the words, "paragraph 2.3" */
	DOC_NTYPES
};

#define DOC_HEADER  0x01	/* ROW: a header row, repeated on every page */
#define DOC_GROUP   0x02	/* ROW: a shaded group row, e.g. "Priority 1" */
#define DOC_ORDERED 0x04	/* LIST: numbered items */
#define DOC_PLAIN   0x08	/* PARA: never numbered */
#define DOC_BULLETS 0x10	/* LIST: made from bullet paragraphs */
#define DOC_RAGGED  0x20	/* PARA: set ragged-right, not justified */
#define DOC_JUSTIFY 0x40	/* CELL: justified (cells are ragged-right by default) */
#define DOC_KEEP_NEXT 0x80	/* ROW: stays on a page with the row after it */

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
	unsigned          flags;	/* DOC_HEADER and the rest, above */
	char             *id;		/* the template's id="...", which a ref names,
					 * or NULL; owned */
	union {				/* by type; all zero from doc_node_new but a
					 * cell's span */
		struct doc_heading {	/* SECTION, APPENDIX, CONTENTS */
			char *title;	/* owned; NULL only in a node not yet built */
			char *number;	/* "2", "5.1", appendix "1"; NULL deeper than
					 * level 2 and for contents; owned */
			int   level;	/* SECTION: its depth from 1 (an appendix's
					 * sections are at 2); 0 otherwise */
		} heading;
		struct {		/* FIELD */
			char *label;	/* owned, or NULL */
		} field;
		struct {		/* PARA */
			char *number;	/* "2.1", or NULL; owned */
			int   implicit;	/* no <p> made it: it wraps inline content of
					 * a field or cell, and in a field the inline
					 * content that follows joins it */
		} para;
		struct {		/* ITEM */
			char *label;	/* "•", "1.", "a)"; owned */
		} item;
		struct {		/* TABLE */
			char   *caption;	/* owned, or NULL */
			int     ncols;
			double *widths;		/* ncols relative widths, any scale; owned */
		} table;
		struct {		/* CELL */
			int            span;	/* columns covered, 1 or more */
			enum doc_shade shade;
			enum doc_arrow arrow;
		} cell;
		struct {		/* TEXT */
			char *str;	/* UTF-8; owned */
		} text;
		struct {		/* LINK */
			char *uri;	/* owned */
		} link;
		struct {		/* REF */
			const struct doc_node *target;	/* what its id names, in the same
							 * tree; not owned */
		} ref;
		struct chart *chart;	/* CHART: its data (chart.h); owned */
	} as;
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
