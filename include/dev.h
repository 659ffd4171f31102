/* dev.h: the drawing device between layout and output. Layout computes
 * geometry in points, origin at the top left of the page, y growing
 * downwards, text placed by its baseline. Implemented by dev_pdf.c
 * (libharu) and dev_trace.c (a text line per call, for tests). */
#ifndef DOCKET_DEV_H
#define DOCKET_DEV_H

#include <stddef.h>
#include <stdint.h>

enum dev_font { FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_NFACES };

struct rgb {
	double r, g, b;		/* 0..1 */
};

/* A point of a path, pt from the top left of the page. */
struct dev_point {
	double x, y;
};

/* How a path is stroked. A dashed line repeats `on` pt drawn and `off`
 * pt left out; on 0 draws it solid. PDF takes whole points here. */
struct dev_stroke {
	double     width;	/* pt */
	struct rgb colour;
	double     on, off;	/* pt */
};

/* The PDF's creator; a paper not yet signed off is marked in it, so that a
 * later render can tell a draft it may replace from a signed-off paper it
 * must never overwrite. */
#define DEV_CREATOR    "docket " DOCKET_VERSION
#define DEV_DRAFT_MARK "(draft)"

/* The structure elements layout tells the device about, for a tagged
 * PDF; the comments give the tag each becomes. */
enum dev_role {
	ROLE_DOCUMENT,		/* Document */
	ROLE_SECTION,		/* Sect: a section or appendix with its heading */
	ROLE_HEADING,		/* H1..H6 by level: 2 a section, 3 a sub-section (H1
				 * is kept for a paper's title, which the templates
				 * give as a front-sheet row, not a heading) */
	ROLE_PARA,		/* P */
	ROLE_LIST,		/* L */
	ROLE_ITEM,		/* LI */
	ROLE_LABEL,		/* Lbl: an item's bullet or number */
	ROLE_ITEM_BODY,		/* LBody */
	ROLE_TABLE,		/* Table (the front sheet is one too) */
	ROLE_CAPTION,		/* Caption */
	ROLE_ROW,		/* TR */
	ROLE_HEADER_CELL,	/* TH, with its scope */
	ROLE_CELL,		/* TD */
	ROLE_FIGURE,		/* Figure, with its Alt text and box */
	ROLE_LINK,		/* Link: a URI, or a place in the paper */
	ROLE_TOC,		/* TOC: the contents list */
	ROLE_TOC_ITEM,		/* TOCI */
	ROLE_HYPHEN,		/* no element: a hyphen layout added at a line's end,
				 * not in the text; it stands for the rest of the
				 * word, drawn next (a Span with ActualText) */
	ROLE_ARTIFACT,		/* no element: page furniture, repeated headers */
	ROLE_NROLES
};

enum dev_artifact {
	ARTIFACT_HEADER,	/* running header, its rule, the exempt marking */
	ARTIFACT_FOOTER,	/* "Page x of y" */
	ARTIFACT_WATERMARK,	/* the DRAFT mark */
	ARTIFACT_REPEAT,	/* a table's caption and header rows again on a
				 * page it continues on */
};

enum dev_scope { SCOPE_COLUMN, SCOPE_ROW };

/* What the device is told with begin. key identifies the element: the
 * same key and role again, later on the page or on another page (a cell
 * split across pages, a paragraph carried over), continue the same
 * element. */
struct dev_attrs {
	const void        *key;
	int                level;	/* HEADING: 1 to 6 */
	enum dev_scope     scope;	/* HEADER_CELL */
	int                span;	/* HEADER_CELL, CELL: columns covered */
	const char        *alt;		/* FIGURE: its text alternative; HYPHEN:
					 * the rest of the word */
	double             x, y, w, h;	/* FIGURE: its box, pt */
	const char        *uri;		/* LINK: its target, NULL for a place in the paper */
	enum dev_artifact  artifact;	/* ARTIFACT */
};

struct dev_meta {
	const char *title;
	const char *author;
	const char *subject;
	const char *keywords;
	const char *date;	/* YYYY-MM-DD, or NULL: no date written */
	int         draft;	/* not signed off: the creator says "(draft)" */
};

struct dev_ops {
	/* Width of s[0..len) in pt at size pt. */
	double (*text_width)(void *ctx, enum dev_font f, double size, const char *s, size_t len);
	/* Whether the face can draw code point cp. */
	int  (*has_glyph)(void *ctx, enum dev_font f, uint32_t cp);
	/* Starts page number index (0-based) of w x h pt, or returns to an
	 * earlier one to draw page furniture; 0 or -1. */
	int  (*page)(void *ctx, int index, double w, double h);
	/* s[0..len) with its baseline's left at (x, y); w its width when the
	 * caller measured it (through text_width), else negative. */
	void (*text)(void *ctx, enum dev_font f, double size, struct rgb colour,
	    double x, double y, const char *s, size_t len, double w);
	/* Text turned by angle degrees anticlockwise about (x, y). */
	void (*text_rotated)(void *ctx, enum dev_font f, double size, struct rgb colour,
	    double x, double y, double angle, const char *s);
	void (*line)(void *ctx, double x1, double y1, double x2, double y2, double width,
	    struct rgb colour);
	void (*fill_rect)(void *ctx, double x, double y, double w, double h, struct rgb colour);
	/* Straight segments through pts[0..n), joined back to pts[0] when
	 * closed; the inside filled with *fill and the segments stroked with
	 * *stroke, either of which may be NULL. */
	void (*path)(void *ctx, const struct dev_point *pts, size_t n, int closed,
	    const struct rgb *fill, const struct dev_stroke *stroke);
	/* What is drawn from here to the matching end belongs to a structure
	 * element (see enum dev_role); elements nest, and a page may begin
	 * or be revisited while one is open: keeping the structure across
	 * that is the device's job: an element may begin on a page where
	 * nothing of it is drawn (its block then moved on), so marked
	 * content opens only where something is drawn. Text drawn inside an
	 * ROLE_ARTIFACT belongs to no element; elements begun inside one
	 * say what is drawn again (a table's header cells on a continuation
	 * page, with the keys of the cells they repeat) and add nothing to
	 * the structure. Lines, rectangles and paths drawn outside a figure
	 * are decoration (rules, shading) and belong to none. */
	void (*begin)(void *ctx, enum dev_role role, const struct dev_attrs *a);
	void (*end)(void *ctx, enum dev_role role);
	/* The area (x, y) w x h of the current page opens uri when clicked. */
	void (*link)(void *ctx, double x, double y, double w, double h, const char *uri);
	/* The area of the current page goes to height y of page `page`
	 * (0-based; it may not exist yet). */
	void (*goto_page)(void *ctx, double x, double y, double w, double h, int page,
	    double ty);
	/* A bookmark at height y of the current page; level 1 is top. */
	void (*outline)(void *ctx, int level, const char *title, double y);
	void (*set_meta)(void *ctx, const struct dev_meta *meta);
	/* Pages from `page` (0-based) on are labelled prefix and their
	 * number from 1, until the next label (PDF /PageLabels): an agenda
	 * pack's "5-1", "5-2" for item 5. */
	void (*page_label)(void *ctx, int page, const char *prefix);
	/* No element begun so far is continued: a key met again from here on
	 * begins a new one (a pack frees a paper's tree before it builds the
	 * next, whose nodes may have the same addresses). */
	void (*forget_keys)(void *ctx);
};

struct dev {
	const struct dev_ops *ops;
	void                 *ctx;
};

#endif
