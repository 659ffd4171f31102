/* ttree.h: a template as docket's own tree, read and checked by tmpl_xml.c
 * (the only file that includes libxml2). Plain C; included by the files of
 * the template stage (tmpl.c, tmpl_*.c) alone. */
#ifndef DOCKET_TTREE_H
#define DOCKET_TTREE_H

#include <stddef.h>

#include "diag.h"

enum tkind {
	/* not elements */
	T_TEXT,
	T_CDATA,	/* text, but not inline content beside a space */
	T_OTHER,	/* a comment or processing instruction: nothing */
	/* the elements of templates/docket.rng */
	T_PAPER, T_QUERY, T_FRONTSHEET, T_FIELD, T_CONTENTS, T_SECTION, T_APPENDIX,
	T_P, T_LIST, T_ITEM, T_TABLE, T_HEAD, T_ROW, T_CELL, T_CHART, T_SERIES,
	T_POINT, T_PAGEBREAK, T_B, T_I, T_LINK, T_REF, T_EACH, T_IF,
	T_UNKNOWN	/* in the schema, but not one docket builds */
};

struct tattr {
	char *name;
	char *value;
};

struct tnode {
	enum tkind     kind;
	char          *name;	/* an element's name, for messages */
	char          *text;	/* a text's content (UTF-8) */
	struct tattr  *attrs;	/* an element's, in the order written */
	size_t         nattrs;
	struct tnode  *parent;
	struct tnode  *first;
	struct tnode  *prev;
	struct tnode  *next;
	/* file: the template's path or an included fragment's (both in the
	 * tree); line: an element's, or the line a text ends on; no column */
	struct srcpos  pos;
	/* a text: the line its bindings are looked for from (that of the node
	 * before it, or of its parent), or 0 for pos's */
	unsigned       from;
};

struct ttree {
	struct tnode  *root;	/* <paper> */
	char          *path;	/* DIR/NAME, as messages name it */
	char          *text;	/* its source, for columns */
	char         **files;	/* included fragments' paths */
	char         **ftexts;	/* and their source */
	size_t         nfiles;
};

/* Reads DIR/NAME: well-formed, no DOCTYPE or entities, XIncludes resolved
 * within DIR only, valid against DIR/docket.rng. NULL with every
 * diagnostic emitted (FILE:LINE:COL, exit 65; a missing file 66). Caller
 * frees with ttree_free. */
struct ttree *ttree_read(const char *dir, const char *name);
void          ttree_free(struct ttree *t);

/* The value of element n's attribute name, or NULL when absent. */
const char *ttree_attr(const struct tnode *n, const char *name);

/* Where needle first stands in p's file from p's line on (up to 40 lines
 * on: a text's binding may sit lines below where the text starts); sets
 * p's line and column, or leaves them when it is not found. */
void ttree_locate(const struct ttree *t, struct srcpos *p, const char *needle);

#endif
