/* dev_tags.h: what a tagged PDF must keep track of, without libharu: the
 * structure elements by key and role, those open, the depth inside figures
 * and artifacts, the marked content open and when it must close, the
 * spacing between runs of structure text, the links waiting for their
 * pages, what each element holds and the structure tree written from it
 * (in groups, and a number tree, where one array cannot hold it), and the
 * text conversions PDF strings need; and the rest of the PDF device that
 * needs no libharu: its faces' files, the widths of their characters
 * kept. Included by dev_pdf.c (which makes the libharu objects, through
 * struct tags_pdf) and the tests. */
#ifndef DOCKET_DEV_TAGS_H
#define DOCKET_DEV_TAGS_H

#include <stddef.h>
#include <stdint.h>

#include "dev.h"
#include "util.h"

#define TAGS_NONE SIZE_MAX

/* A structure element: its StructElem object is the device's. */
struct tag_elem {
	const void   *key;
	enum dev_role role;
	char          tag[12];	/* its /S, also the tag of its marked content */
	size_t        page;	/* where its first marked content is, or TAGS_NONE */
	struct buf    text;	/* a Link's text, its annotations' /Contents */
	void         *obj;	/* its StructElem, the device's */
	size_t        parent;	/* the element it is in, or TAGS_NONE: the root */
	size_t        kid, last;	/* its first and last kid (tags.kids), or TAGS_NONE */
	size_t        nkids;
	int           content;	/* some are marked content or annotations */
};

/* What an element holds, in the order met: marked content (its MCID on
 * page ref), an element (ref), or an annotation (tags.annots[ref]). */
struct tag_kid {
	enum { KID_MCID, KID_ELEM, KID_ANNOT } kind;
	int    mcid;
	size_t ref;
	size_t next;		/* the element's next kid, or TAGS_NONE */
};

/* A page's marked content: the element of each MCID. */
struct tag_page {
	size_t *elem;
	size_t  n, cap;
};

/* An internal link waiting for its target page to exist. */
struct tag_jump {
	size_t from;		/* page index */
	double x, y, w, h;	/* its area, pt from the page's top left */
	size_t to;
	double ty;		/* pt from the top */
	size_t elem;		/* its Link element, or TAGS_NONE */
};

/* A link annotation (the device's object) and its Link element, for the
 * parent tree. */
struct tag_annot {
	void  *annot;
	size_t elem;
	size_t page;
};

/* The marked content open on the page: an element's (with an MCID), an
 * artifact of layout's (page furniture), or decoration. */
enum mark { MARK_NONE, MARK_ELEM, MARK_ARTIFACT, MARK_DECOR };

/* Where the operators of marked content go: the device's page. */
struct tags_out {
	void  *ctx;
	void (*put)(void *ctx, const char *op);	/* into the content stream */
	void (*end_text)(void *ctx);		/* ends the text object open */
	int  (*mcid)(void *ctx, size_t e);	/* a new MCID on the page for e (tags_mcid) */
};

/* The device's PDF objects, through which tags_write_tree writes the
 * structure tree: a new dictionary (an object of its own when indirect)
 * or array; and into a dictionary under key, or at the end of an array
 * when key is NULL, an object, a number or a name. */
struct tags_pdf {
	void  *ctx;
	void *(*dict)(void *ctx, int indirect);
	void *(*array)(void *ctx);
	void  (*add)(void *ctx, void *to, const char *key, void *obj);
	void  (*num)(void *ctx, void *to, const char *key, long n);
	void  (*name)(void *ctx, void *to, const char *key, const char *name);
};

/* Zeroed but for out is empty; tags_free frees what it holds. Marked
 * content opens when something is drawn and closes when something else
 * is, or the page changes: an element drawn over two pages has marked
 * content on each. */
struct tags {
	struct tags_out out;
	struct tag_elem *elems;
	size_t        nelems, ecap;
	struct keymap index;		/* elems by key and role: index + 1 */
	size_t       *open;		/* elements begun, not ended; innermost last */
	size_t        nopen, ocap;
	int           figures;		/* of them Figures: all drawn in one is its */
	int           ignored;		/* depth inside an artifact: no elements there */
	enum dev_artifact artifact;	/* the artifact's kind */
	enum mark     mark;
	size_t        mark_elem;	/* MARK_ELEM's element */
	int           in_span;		/* it is text replaced (a Span with ActualText) */
	char         *rest;		/* the rest of a word an added hyphen broke */
	int           said;		/* the last text drawn was the structure's, */
	size_t        said_page;	/* its page, */
	double        said_base;	/* its baseline, PDF pt, */
	double        said_end;		/* where it ends, pt from the left, */
	int           said_joins;	/* and whether it may end in a word */
	struct tag_jump *jumps;		/* internal links, made at the end */
	size_t        njumps, jcap;
	struct tag_annot *annots;	/* in the order of their keys */
	size_t        nannots, acap;
	struct tag_kid *kids;		/* every element's */
	size_t        nkids, kcap;
	struct tag_page *pages;		/* by index */
	size_t        npages, pcap;
	int           overflow;		/* an element of more parts than an array holds */
};

/* The element of role and a->key: the one begun before, continued, or a
 * new one (*made set; the caller sets its obj) in the innermost open
 * element. A NULL key is always new. */
size_t tags_element(struct tags *t, enum dev_role role, const struct dev_attrs *a, int *made);
/* Whether begin(role) is inside an artifact, or begins one: counted, and
 * no element. */
int    tags_ignore(struct tags *t, enum dev_role role, const struct dev_attrs *a);
void   tags_open(struct tags *t, size_t e);
/* Ends the innermost open element of role. */
void   tags_close(struct tags *t, enum dev_role role);
/* The innermost Link open, or TAGS_NONE. */
size_t tags_link(const struct tags *t);
/* The marked content what is drawn next belongs to, and *e its element
 * (TAGS_NONE but for MARK_ELEM). */
enum mark tags_want(const struct tags *t, int decoration, size_t *e);
/* Text s[0..len) drawn from x, w pt wide, on baseline base (PDF pt) of
 * page, inside the marked content open: whether it must start with a
 * space to read apart from the structure's text before it. It is read
 * into the text of the innermost Link open, if one is. */
int    tags_said(struct tags *t, double base, size_t page, double x, double w, const char *s,
    size_t len);
/* Keeps the rest of a word an added hyphen broke (a copy). */
void   tags_rest_set(struct tags *t, const char *rest);
/* How many bytes of the text s[0..len), the first of the structure's
 * drawn after an added hyphen, are the rest of its word: 0 when it does
 * not start with them, or no rest is kept. The rest is forgotten. */
size_t tags_rest(struct tags *t, const char *s, size_t len);
/* The first text drawn after an added hyphen (page furniture aside),
 * s[0..len) w pt wide at x, y: when it starts with the rest of the word,
 * which the hyphen's span reads as, it is drawn through d in two, the
 * rest in a span that reads as nothing. 1 when it drew s. */
int    tags_rest_of_word(struct tags *t, const struct dev *d, enum dev_font f, double size,
    struct rgb c, double x, double y, const char *s, size_t len, double w);
/* An internal link on page `from` to page `to`, of the innermost Link open. */
void   tags_jump(struct tags *t, size_t from, double x, double y, double w, double h,
    size_t to, double ty);
/* Annotation annot of page `page` is content of Link element elem. */
void   tags_annot(struct tags *t, void *annot, size_t elem, size_t page);
/* A new MCID on page `page` for element e: in e, and e the page's. Past
 * TAGS_MAX_KIDS kids, an element with marked content in it sets
 * t->overflow (its kids cannot be grouped, tags_write_tree). */
int    tags_mcid(struct tags *t, size_t e, size_t page);
/* Writes every element's /P, /Pg and /K, and the elements of the root
 * (its kids array, root_kids), and the parent tree (tree): its keys are
 * the pages, by index (pages[0..npages) their objects), then the
 * annotations. An element of more kids than TAGS_MAX_KIDS has them in
 * groups: TBody in a Table, NonStruct (which readers pass through)
 * elsewhere, but for a caption first. The parent tree is a number tree,
 * its leaves under a root's /Kids when one does not hold every key. */
void   tags_write_tree(const struct tags *t, const struct tags_pdf *o, void *root,
    void *root_kids, void *tree, void *const *pages, size_t npages);
void   tags_free(struct tags *t);
/* No element made so far is found by its key again (dev.h forget_keys). */
void   tags_forget(struct tags *t);

/* Opens the marked content what is drawn next belongs to, unless it is
 * open. */
void   tags_mark(struct tags *t, int decoration);
/* Ends the marked content open on the page, the text object first. */
void   tags_mark_close(struct tags *t);
/* Opens marked content of the innermost element whose text is `text`, not
 * what is drawn in it (an added hyphen's), and the close of it. */
void   tags_span_open(struct tags *t, const char *text);
void   tags_span_close(struct tags *t);

/* The most entries docket puts in one array of the PDF: PDF/A-1 allows
 * 8,191 (PDF 1.4's limit), and a number tree's leaf holds two for each
 * key. A page tree node, a structure element's elements (a table's rows)
 * and the parent tree's leaves hold at most this many, nodes of them
 * above. */
#define TAGS_MAX_KIDS 4000

/* n things in as few groups of at most TAGS_MAX_KIDS as hold them, as
 * even as may be: how many groups (1 for none), and the first of group
 * i; group i ends where i + 1 starts (the last, at n). */
size_t tags_groups(size_t n);
size_t tags_group_start(size_t n, size_t i);

/* Appends s[0..len) as UTF-16 hex digits, a character beyond the BMP '?':
 * with libharu's UTF-8 encoder a character's code is its code point. */
void   tags_hex16(struct buf *b, const char *s, size_t len);

/* A line's words as one TJ array, [<word> -gap <word>] TJ: one operator a
 * line, not a Td and a Tj a word. Zeroed is none open. */
struct tj {
	int        open;
	double     pos;		/* where the viewer's text position is, pt */
	struct buf ops;		/* the array's operator text */
};

/* Opens the array at x (pt), with a space first when lead is a space's
 * width (pt at size pt), not 0: text that must read apart (tags_said). */
void   tags_tj_start(struct tj *tj, double x, double lead, double size);
/* Moves the text position on to x: a space character (space pt wide)
 * and an offset. */
void   tags_tj_gap(struct tj *tj, double x, double space, double size);
/* Appends s[0..len), w pt wide. */
void   tags_tj_add(struct tj *tj, const char *s, size_t len, double w);
/* Closes the array: its whole text is in ops, for the caller to write,
 * until the next start. */
void   tags_tj_end(struct tj *tj);
/* The width of s[0..len) in thousandths of its size: each BMP
 * character's advance asked of measure once and kept in (*adv)[cp] + 1
 * (0: not asked; the table made on first use, the caller frees it). */
unsigned tags_width(uint16_t **adv, const char *s, size_t len,
    unsigned (*measure)(void *ctx, const char *s, size_t n), void *ctx);
/* The file of face f in fontdir (LiberationSans-*.ttf). Caller frees. */
char  *tags_face_path(const char *fontdir, enum dev_font f);
/* Faces load when first used, but a missing one is said at the start, by
 * name, not as every character missing from it: 0, or -1 with the
 * diagnostic emitted. */
int    tags_faces_readable(const char *fontdir);
/* Appends the ToUnicode map of a font whose codes are code points. */
void   tags_to_unicode(struct buf *b);
/* Appends s as UTF-16BE after a byte order mark, up to max bytes. */
void   tags_utf16be(struct buf *b, const char *s, size_t max);
/* s in Windows-1252, characters beyond it '?'. Caller frees. */
char  *tags_cp1252(const char *s);
/* s, in Windows-1252, back in UTF-8. Caller frees. */
char  *tags_cp1252_utf8(const char *s);

#endif
