/* dev_pdf.c: the only file that includes hpdf.h. Draws device calls into a
 * libharu document with embedded, subset TrueType faces and UTF-8 text,
 * and makes it a tagged PDF of the structure layout tells it. */
#include "dev_pdf.h"

#include <hpdf.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dev_pdfa.h"
#include "dev_tags.h"
#include "diag.h"
#include "util.h"

struct dev_pdf {
	HPDF_Doc      pdf;
	struct dev_pdf_opts opts;
	char         *fontdir;
	HPDF_Font     font[FONT_NFACES];	/* NULL until first used */
	uint16_t     *adv[FONT_NFACES];		/* a BMP character's advance + 1, 0 unknown */
	void        **pages;			/* HPDF_Page */
	size_t        npages;
	size_t        cap;
	HPDF_Page     page;			/* the page drawn on */
	double        height;			/* of that page, pt */
	/* What the page's content stream has set, so that a run of words
	 * is one text object and states are written only when they change
	 * (libharu spends most of its time on each operator). */
	int           in_text;			/* inside BT ... ET */
	double        tx, ty;			/* the text line's start, PDF pt */
	HPDF_Font     cur_font;
	double        cur_size;
	struct rgb    cur_fill, cur_stroke;
	double        cur_width;
	int           known;			/* the cur_ fields hold */
	struct tj     tj;			/* the line's words */
	HPDF_Outline  outline[4];		/* the last entry at each level */
	size_t        cur;			/* the index of page */
	struct tags   t;			/* the structure tree */
	HPDF_Dict     root;			/* the StructTreeRoot */
	HPDF_Array    root_kids;
	HPDF_Dict     tree;			/* the parent tree */
	HPDF_STATUS   error;			/* the first libharu error */
	HPDF_STATUS   detail;
	int           labelled;			/* page_label was called */
};

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	struct dev_pdf *p = data;

	if (error == HPDF_STREAM_EOF)	/* the end of reading the saved file */
		return;
	if (p->error == 0) {
		p->error = error;
		p->detail = detail;
	}
}

/* libharu 2.3.0 writes a ToUnicode map that is none (tags_to_unicode). */
static void
fix_to_unicode(HPDF_Font font)
{
	HPDF_FontAttr attr = (HPDF_FontAttr)font->attr;
	struct buf b = {0};

	if (attr == NULL || attr->cmap_stream == NULL)
		return;
	tags_to_unicode(&b);
	HPDF_MemStream_FreeData(attr->cmap_stream->stream);
	HPDF_Stream_WriteStr(attr->cmap_stream->stream, b.s);
	buf_free(&b);
}

static HPDF_Font
font(struct dev_pdf *p, enum dev_font f)
{
	const char *name;
	char *path;

	if (p->font[f] != NULL || p->error != 0)
		return p->font[f];
	path = tags_face_path(p->fontdir, f);
	name = HPDF_LoadTTFontFromFile(p->pdf, path, HPDF_TRUE);
	if (name != NULL && (p->font[f] = HPDF_GetFont(p->pdf, name, "UTF-8")) != NULL)
		fix_to_unicode(p->font[f]);
	if (p->font[f] == NULL && p->error == 0)
		p->error = HPDF_INVALID_FONTDEF_DATA;
	free(path);
	return p->font[f];
}

static unsigned
advance(void *font, const char *s, size_t n)
{
	return HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s, (HPDF_UINT)n).width;
}

static double
pdf_text_width(void *ctx, enum dev_font f, double size, const char *s, size_t len)
{
	struct dev_pdf *p = ctx;
	HPDF_Font fo = font(p, f);

	if (fo == NULL || len == 0)
		return 0;
	/* libharu looks each character up in the font's cmap segment by
	 * segment: tags_width asks once. Asking also marks its glyph for
	 * the embedded subset. */
	return tags_width(&p->adv[f], s, len, advance, fo) * size / 1000.0;
}

static int
pdf_has_glyph(void *ctx, enum dev_font f, uint32_t cp)
{
	struct dev_pdf *p = ctx;
	HPDF_Font fo = font(p, f);
	HPDF_FontAttr attr;

	if (fo == NULL || cp > 0xFFFF)
		return 0;
	/* libharu keeps the TrueType definition behind the font; glyph 0 is
	 * .notdef, what a font draws for a character it lacks. */
	attr = (HPDF_FontAttr)fo->attr;
	return HPDF_TTFontDef_GetGlyphid(attr->fontdef, (HPDF_UINT16)cp) != 0;
}

/* A coordinate on the page in whole eighths of a point: exact in binary,
 * so libharu writes "801.875", not "801.89001"; a sixteenth of a point
 * off at most, which no eye or reader sees. */
static HPDF_REAL
q8(double v)
{
	return (HPDF_REAL)(round(v * 8) / 8);
}

/* Writes the open TJ array into the page's content stream: libharu has
 * no call for an array, so it goes in as the operators' text. */
static void
flush_tj(struct dev_pdf *p)
{
	HPDF_PageAttr attr;

	if (!p->tj.open)
		return;
	tags_tj_end(&p->tj);
	attr = (HPDF_PageAttr)p->page->attr;
	HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)p->tj.ops.s, (HPDF_UINT)p->tj.ops.len);
}

/* Ends the text object, if one is open, before anything else is drawn. */
static void
end_text(void *ctx)
{
	struct dev_pdf *p = ctx;

	flush_tj(p);
	if (p->in_text) {
		HPDF_Page_EndText(p->page);
		p->in_text = 0;
	}
}

static int
same_rgb(struct rgb a, struct rgb b)
{
	return a.r == b.r && a.g == b.g && a.b == b.b;
}

static void
set_fill(struct dev_pdf *p, struct rgb c)
{
	if (!(p->known & 1) || !same_rgb(p->cur_fill, c)) {
		HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
		p->cur_fill = c;
		p->known |= 1;
	}
}

static void
set_stroke(struct dev_pdf *p, struct rgb c, double width)
{
	if (!(p->known & 2) || !same_rgb(p->cur_stroke, c)) {
		HPDF_Page_SetRGBStroke(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
		p->cur_stroke = c;
		p->known |= 2;
	}
	if (!(p->known & 4) || p->cur_width != width) {
		HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)width);
		p->cur_width = width;
		p->known |= 4;
	}
}

/* Writes s into the page's content stream as it is: libharu has no
 * calls for marked content. */
static void
put(void *ctx, const char *s)
{
	struct dev_pdf *p = ctx;

	HPDF_Stream_WriteStr(((HPDF_PageAttr)p->page->attr)->stream, s);
}

/* A new MCID on the page for element ei. */
static int
mcid_new(void *ctx, size_t ei)
{
	struct dev_pdf *p = ctx;

	return tags_mcid(&p->t, ei, p->cur);
}

/* The structure tree's objects (struct tags_pdf) are libharu's. */
static void *
obj_dict(void *ctx, int indirect)
{
	struct dev_pdf *p = ctx;
	HPDF_Dict d = HPDF_Dict_New(p->pdf->mmgr);

	if (indirect)
		HPDF_Xref_Add(p->pdf->xref, d);
	return d;
}

static void *
obj_array(void *ctx)
{
	return HPDF_Array_New(((struct dev_pdf *)ctx)->pdf->mmgr);
}

static void
obj_add(void *ctx, void *to, const char *key, void *obj)
{
	(void)ctx;
	if (key == NULL)
		HPDF_Array_Add(to, obj);
	else
		HPDF_Dict_Add(to, key, obj);
}

static void
obj_num(void *ctx, void *to, const char *key, long n)
{
	(void)ctx;
	if (key == NULL)
		HPDF_Array_AddNumber(to, (HPDF_INT32)n);
	else
		HPDF_Dict_AddNumber(to, key, (HPDF_INT32)n);
}

static void
obj_name(void *ctx, void *to, const char *key, const char *name)
{
	(void)ctx;
	if (key == NULL)
		HPDF_Array_AddName(to, name);
	else
		HPDF_Dict_AddName(to, key, name);
}

static int
pdf_page(void *ctx, int index, double w, double h)
{
	struct dev_pdf *p = ctx;

	if (p->page != NULL)
		tags_mark_close(&p->t);
	p->known = 0;		/* another content stream: nothing assumed */
	p->cur_font = NULL;
	if ((size_t)index < p->npages) {
		p->page = p->pages[index];
	} else {
		p->page = HPDF_AddPage(p->pdf);
		if (p->page == NULL)
			return -1;
		HPDF_Page_SetWidth(p->page, (HPDF_REAL)w);
		HPDF_Page_SetHeight(p->page, (HPDF_REAL)h);
		p->pages = xgrow(p->pages, &p->cap, p->npages + 1, sizeof *p->pages);
		/* Its key in the parent tree is its index; the annotations'
		 * keys come after the last page's. */
		HPDF_Dict_AddNumber(p->page, "StructParents", (HPDF_INT32)p->npages);
		HPDF_Dict_AddName(p->page, "Tabs", "S");
		p->pages[p->npages++] = p->page;
	}
	p->cur = (size_t)index;
	p->height = HPDF_Page_GetHeight(p->page);
	return p->error != 0 || p->t.overflow ? -1 : 0;
}

/* s as a text string object, which libharu writes in hex. */
static HPDF_Binary
text_string(struct dev_pdf *p, const char *s)
{
	struct buf b = {0};
	HPDF_Binary t;

	tags_utf16be(&b, s, HPDF_LIMIT_MAX_STRING_LEN);
	t = HPDF_Binary_New(p->pdf->mmgr, (HPDF_BYTE *)b.s, (HPDF_UINT)b.len);
	buf_free(&b);
	return t;
}

static const struct dev_ops pdf_ops;

static void
pdf_text(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    const char *s, size_t len, double w)
{
	struct dev_pdf *p = ctx;
	HPDF_Font fo = font(p, f);
	double base;
	int lead;

	if (fo == NULL || p->page == NULL || len == 0)
		return;
	if (w < 0)
		w = pdf_text_width(p, f, size, s, len);	/* measured also marks its glyphs */
	if (tags_rest_of_word(&p->t, &(struct dev){ &pdf_ops, p }, f, size, c, x, y, s, len, w))
		return;
	tags_mark(&p->t, 0);
	base = q8(p->height - y);
	/* An array of its own (another element's, a link's in a paragraph)
	 * may need a space first. */
	lead = tags_said(&p->t, base, p->cur, x, w, s, len);
	/* The word goes on the open line when nothing about it changes and
	 * it stands to the right of what is there. */
	if (p->tj.open && (p->cur_font != fo || p->cur_size != size || !same_rgb(p->cur_fill, c) ||
	    base != p->ty || x < p->tj.pos - 0.5))
		flush_tj(p);
	if (!p->in_text) {
		HPDF_Page_BeginText(p->page);
		p->in_text = 1;
		p->tx = p->ty = 0;
	}
	if (!p->tj.open) {
		if (p->cur_font != fo || p->cur_size != size) {
			HPDF_Page_SetFontAndSize(p->page, fo, (HPDF_REAL)size);
			p->cur_font = fo;
			p->cur_size = size;
		}
		set_fill(p, c);
		/* Td moves from the start of the last line set. */
		HPDF_Page_MoveTextPos(p->page, q8(x) - (HPDF_REAL)p->tx, base - (HPDF_REAL)p->ty);
		p->tx = q8(x);
		p->ty = base;
		tags_tj_start(&p->tj, q8(x), lead ? pdf_text_width(p, f, size, " ", 1) : 0, size);
	} else {
		tags_tj_gap(&p->tj, x, pdf_text_width(p, f, size, " ", 1), size);
	}
	tags_tj_add(&p->tj, s, len, w);
}

static void
pdf_text_rotated(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    double angle, const char *s)
{
	struct dev_pdf *p = ctx;
	HPDF_Font fo = font(p, f);
	double a = angle * 3.14159265358979323846 / 180.0;

	if (fo == NULL || p->page == NULL)
		return;
	tags_mark(&p->t, 0);
	end_text(p);
	HPDF_Page_BeginText(p->page);
	HPDF_Page_SetFontAndSize(p->page, fo, (HPDF_REAL)size);
	p->cur_font = fo;
	p->cur_size = size;
	set_fill(p, c);
	HPDF_Page_SetTextMatrix(p->page, (HPDF_REAL)cos(a), (HPDF_REAL)sin(a),
	    (HPDF_REAL)-sin(a), (HPDF_REAL)cos(a), (HPDF_REAL)x, (HPDF_REAL)(p->height - y));
	HPDF_Page_ShowText(p->page, s);
	HPDF_Page_EndText(p->page);
}

static void
pdf_line(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c)
{
	struct dev_pdf *p = ctx;

	if (p->page == NULL)
		return;
	tags_mark(&p->t, 1);
	end_text(p);
	set_stroke(p, c, width);
	HPDF_Page_MoveTo(p->page, q8(x1), q8(p->height - y1));
	HPDF_Page_LineTo(p->page, q8(x2), q8(p->height - y2));
	HPDF_Page_Stroke(p->page);
}

static void
pdf_fill_rect(void *ctx, double x, double y, double w, double h, struct rgb c)
{
	struct dev_pdf *p = ctx;

	if (p->page == NULL)
		return;
	tags_mark(&p->t, 1);
	end_text(p);
	set_fill(p, c);
	HPDF_Page_Rectangle(p->page, q8(x), q8(p->height - y - h), q8(x + w) - q8(x),
	    q8(p->height - y) - q8(p->height - y - h));
	HPDF_Page_Fill(p->page);
}

static void
pdf_path(void *ctx, const struct dev_point *pts, size_t n, int closed, const struct rgb *fill,
    const struct dev_stroke *stroke)
{
	struct dev_pdf *p = ctx;
	HPDF_UINT16 dash[2];
	size_t i;

	if (p->page == NULL || n == 0 || (fill == NULL && stroke == NULL))
		return;
	/* The dash pattern and joins are for this path alone; what it sets
	 * is undone by GRestore, so the cached states still hold. */
	tags_mark(&p->t, 1);
	end_text(p);
	HPDF_Page_GSave(p->page);
	if (fill != NULL)
		HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)fill->r, (HPDF_REAL)fill->g,
		    (HPDF_REAL)fill->b);
	if (stroke != NULL) {
		HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)stroke->width);
		HPDF_Page_SetRGBStroke(p->page, (HPDF_REAL)stroke->colour.r,
		    (HPDF_REAL)stroke->colour.g, (HPDF_REAL)stroke->colour.b);
		HPDF_Page_SetLineJoin(p->page, HPDF_ROUND_JOIN);
		/* libharu takes whole points and refuses 0, which would
		 * stop every later call. */
		if (stroke->on > 0) {
			dash[0] = (HPDF_UINT16)fmin(fmax(round(stroke->on), 1), 100);
			dash[1] = (HPDF_UINT16)fmin(fmax(round(stroke->off), 1), 100);
			HPDF_Page_SetDash(p->page, dash, 2, 0);
		}
	}
	HPDF_Page_MoveTo(p->page, q8(pts[0].x), q8(p->height - pts[0].y));
	for (i = 1; i < n; i++)
		HPDF_Page_LineTo(p->page, q8(pts[i].x), q8(p->height - pts[i].y));
	if (closed)
		HPDF_Page_ClosePath(p->page);
	if (fill != NULL && stroke != NULL)
		HPDF_Page_FillStroke(p->page);
	else if (fill != NULL)
		HPDF_Page_Fill(p->page);
	else
		HPDF_Page_Stroke(p->page);
	HPDF_Page_GRestore(p->page);
}

/* A table cell's attributes: /A <</O /Table ...>>. */
static void
cell_attrs(struct dev_pdf *p, HPDF_Dict d, enum dev_role role, const struct dev_attrs *a)
{
	HPDF_Dict attr;

	if (role == ROLE_CELL && a->span <= 1)
		return;
	attr = HPDF_Dict_New(p->pdf->mmgr);
	HPDF_Dict_AddName(attr, "O", "Table");
	if (role == ROLE_HEADER_CELL)
		HPDF_Dict_AddName(attr, "Scope", a->scope == SCOPE_ROW ? "Row" : "Column");
	if (a->span > 1)
		HPDF_Dict_AddNumber(attr, "ColSpan", a->span);
	HPDF_Dict_Add(d, "A", attr);
}

/* A figure's text alternative and its box on the page, in PDF space. */
static void
figure_attrs(struct dev_pdf *p, HPDF_Dict d, const struct dev_attrs *a)
{
	HPDF_Dict attr = HPDF_Dict_New(p->pdf->mmgr);
	HPDF_Array box = HPDF_Array_New(p->pdf->mmgr);

	HPDF_Dict_Add(d, "Alt", text_string(p, a->alt != NULL ? a->alt : ""));
	HPDF_Array_AddReal(box, q8(a->x));
	HPDF_Array_AddReal(box, q8(p->height - a->y - a->h));
	HPDF_Array_AddReal(box, q8(a->x + a->w));
	HPDF_Array_AddReal(box, q8(p->height - a->y));
	HPDF_Dict_AddName(attr, "O", "Layout");
	HPDF_Dict_Add(attr, "BBox", box);
	HPDF_Dict_Add(d, "A", attr);
}

/* The element of key and role (tags_element), its StructElem made when
 * it is new (tags_write_tree puts it in the tree). */
static size_t
element(struct dev_pdf *p, enum dev_role role, const struct dev_attrs *a)
{
	HPDF_Dict d;
	int made;
	size_t i = tags_element(&p->t, role, a, &made);

	if (!made)
		return i;
	p->t.elems[i].obj = d = obj_dict(p, 1);
	HPDF_Dict_AddName(d, "S", p->t.elems[i].tag);
	if (role == ROLE_HEADER_CELL || role == ROLE_CELL)
		cell_attrs(p, d, role, a);
	if (role == ROLE_FIGURE)
		figure_attrs(p, d, a);
	return i;
}

/* An artifact, and all begun inside it, is no element: its drawing is
 * marked as the artifact. An added hyphen is a span of the element it is
 * drawn in whose text is the rest of its word, and the rest, when it is
 * drawn next, a span whose text is nothing: the word reads and copies
 * whole where it is broken. */
static void
pdf_begin(void *ctx, enum dev_role role, const struct dev_attrs *a)
{
	struct dev_pdf *p = ctx;

	if (tags_ignore(&p->t, role, a))
		return;
	if (role == ROLE_HYPHEN) {
		if (p->page == NULL || p->t.in_span)
			return;
		tags_span_open(&p->t, a->alt != NULL ? a->alt : "");
		tags_rest_set(&p->t, a->alt != NULL ? a->alt : "");
		return;
	}
	tags_open(&p->t, element(p, role, a));
}

static void
pdf_end(void *ctx, enum dev_role role)
{
	struct dev_pdf *p = ctx;

	if (p->t.ignored > 0)
		p->t.ignored--;
	else if (role == ROLE_HYPHEN)
		tags_span_close(&p->t);
	else
		tags_close(&p->t, role);
}

/* Annotation a of page `page` is content of link element e: an object
 * reference in its /K, and an entry of the parent tree, keyed at the end. */
static void
link_annot(struct dev_pdf *p, size_t e, HPDF_Annotation a, size_t page)
{
	if (a != NULL && p->opts.pdfa)
		HPDF_Dict_AddNumber(a, "F", 4);		/* printed, as PDF/A wants */
	if (e != TAGS_NONE && a != NULL)
		tags_annot(&p->t, a, e, page);
}

static HPDF_Rect
pdf_rect(double height, double x, double y, double w, double h)
{
	HPDF_Rect r = { (HPDF_REAL)x, (HPDF_REAL)(height - y - h), (HPDF_REAL)(x + w),
	    (HPDF_REAL)(height - y) };

	return r;
}

static void
pdf_link(void *ctx, double x, double y, double w, double h, const char *uri)
{
	struct dev_pdf *p = ctx;
	HPDF_Annotation a;

	if (p->page == NULL)
		return;
	a = HPDF_Page_CreateURILinkAnnot(p->page, pdf_rect(p->height, x, y, w, h), uri);
	if (a != NULL)
		HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
	link_annot(p, tags_link(&p->t), a, p->cur);
}

static void
pdf_goto_page(void *ctx, double x, double y, double w, double h, int page, double ty)
{
	struct dev_pdf *p = ctx;

	if (p->page != NULL && page >= 0)
		tags_jump(&p->t, p->cur, x, y, w, h, (size_t)page, ty);
}

/* A destination into d (empty): top of page at top (pt from its top), at
 * the reader's zoom, not one of ours. */
static HPDF_Array
dest(HPDF_Array d, HPDF_Page page, double top)
{
	HPDF_Array_Add(d, page);
	HPDF_Array_AddName(d, "XYZ");
	HPDF_Array_AddNumber(d, 0);
	HPDF_Array_AddReal(d, (HPDF_REAL)(HPDF_Page_GetHeight(page) - top));
	HPDF_Array_Add(d, HPDF_Null_New(d->mmgr));
	return d;
}

/* Internal links point at pages that may have come after them. */
static void
make_jumps(struct dev_pdf *p)
{
	size_t i;

	for (i = 0; i < p->t.njumps; i++) {
		const struct tag_jump *j = &p->t.jumps[i];
		HPDF_Page from = p->pages[j->from];
		HPDF_Destination dst;
		HPDF_Annotation a;

		if (j->to >= p->npages)
			continue;
		dst = HPDF_Page_CreateDestination(p->pages[j->to]);
		if (dst == NULL)
			continue;
		HPDF_Array_Clear(dst);
		dest(dst, p->pages[j->to], j->ty);
		a = HPDF_Page_CreateLinkAnnot(from,
		    pdf_rect(HPDF_Page_GetHeight(from), j->x, j->y, j->w, j->h), dst);
		if (a != NULL)
			HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
		link_annot(p, j->elem, a, j->from);
	}
}

/* The annotations' keys in the parent tree follow the last page's. */
static void
finish_tree(struct dev_pdf *p)
{
	struct tags_pdf o = { p, obj_dict, obj_array, obj_add, obj_num, obj_name };
	size_t i;

	for (i = 0; i < p->t.nannots; i++) {
		HPDF_Dict_AddNumber(p->t.annots[i].annot, "StructParent", (HPDF_INT32)(p->npages + i));
		if (p->t.elems[p->t.annots[i].elem].text.len > 0)
			HPDF_Dict_Add(p->t.annots[i].annot, "Contents",
			    text_string(p, p->t.elems[p->t.annots[i].elem].text.s));
	}
	tags_write_tree(&p->t, &o, p->root, p->root_kids, p->tree, p->pages, p->npages);
}

static void
pdf_outline(void *ctx, int level, const char *title, double y)
{
	struct dev_pdf *p = ctx;
	HPDF_Outline parent = NULL, o;
	char *t;

	if (p->page == NULL || level < 1 || level > 3)
		return;
	if (level > 1 && (parent = p->outline[level - 1]) == NULL)
		return;
	t = tags_cp1252(title);
	o = HPDF_CreateOutline(p->pdf, parent, t, HPDF_GetEncoder(p->pdf, "WinAnsiEncoding"));
	free(t);
	if (o == NULL)
		return;
	/* Inline: an indirect destination is none to PDF/A's checkers. An
	 * item is no /Type /Outlines, which is the root's alone. */
	HPDF_Dict_Add(o, "Dest", dest(HPDF_Array_New(p->pdf->mmgr), p->page, y));
	HPDF_Dict_RemoveElement(o, "Type");
	HPDF_Outline_SetOpened(o, HPDF_TRUE);
	p->outline[level] = o;
	while (++level < 4)
		p->outline[level] = NULL;
}

/* A stream object of data[0..len), compressed unless filter says not. */
static HPDF_Dict
stream(struct dev_pdf *p, const void *data, size_t len, HPDF_UINT filter)
{
	HPDF_Dict d = HPDF_DictStream_New(p->pdf->mmgr, p->pdf->xref);

	d->filter = filter;
	HPDF_Stream_Write(d->stream, data, (HPDF_UINT)len);
	return d;
}

static void
set_info(struct dev_pdf *p, HPDF_InfoType type, const char *value)
{
	char *t;

	if (value == NULL)
		return;
	t = tags_cp1252(value);
	HPDF_SetInfoAttr(p->pdf, type, t);
	free(t);
}

static void
pdf_set_meta(void *ctx, const struct dev_meta *m)
{
	struct dev_pdf *p = ctx;
	const char *creator = m->draft ? DEV_CREATOR " " DEV_DRAFT_MARK : DEV_CREATOR;
	char *xmp;
	HPDF_Dict md;
	int t[6], dated = meta_time(p->opts.when, m->date, t) == 0;

	/* SetInfoAttr reads with the current encoder. */
	HPDF_SetCurrentEncoder(p->pdf, "WinAnsiEncoding");
	set_info(p, HPDF_INFO_TITLE, m->title);
	set_info(p, HPDF_INFO_AUTHOR, m->author);
	set_info(p, HPDF_INFO_SUBJECT, m->subject);
	set_info(p, HPDF_INFO_KEYWORDS, m->keywords);
	set_info(p, HPDF_INFO_CREATOR, creator);
	if (dated) {
		/* Z00'00' is no zone to PDF/A's checkers, +00'00' is UTC. */
		HPDF_Date d = { t[0], t[1], t[2], t[3], t[4], t[5], '+', 0, 0 };

		HPDF_SetInfoDateAttr(p->pdf, HPDF_INFO_CREATION_DATE, d);
		HPDF_SetInfoDateAttr(p->pdf, HPDF_INFO_MOD_DATE, d);
	}
	/* The metadata stream, uncompressed to be read as it is, says the
	 * same: readers show one title or the other. */
	xmp = xmp_packet(m, creator, HPDF_GetInfoAttr(p->pdf, HPDF_INFO_PRODUCER),
	    dated ? t : NULL, p->opts.pdfa);
	md = stream(p, xmp, strlen(xmp), HPDF_STREAM_FILTER_NONE);
	HPDF_Dict_AddName(md, "Type", "Metadata");
	HPDF_Dict_AddName(md, "Subtype", "XML");
	HPDF_Dict_Add(p->pdf->catalog, "Metadata", md);
	free(xmp);
	HPDF_SetCurrentEncoder(p->pdf, "UTF-8");
}

/* An agenda pack's labels and its papers one after another. */
static void
pdf_page_label(void *ctx, int page, const char *prefix)
{
	struct dev_pdf *p = ctx;
	char *t = tags_cp1252(prefix);

	HPDF_AddPageLabel(p->pdf, (HPDF_UINT)page, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, t);
	free(t);
	p->labelled = 1;
}

static void
pdf_forget_keys(void *ctx)
{
	tags_forget(&((struct dev_pdf *)ctx)->t);
}

static const struct dev_ops pdf_ops = {
	.text_width = pdf_text_width,
	.has_glyph = pdf_has_glyph,
	.page = pdf_page,
	.text = pdf_text,
	.text_rotated = pdf_text_rotated,
	.line = pdf_line,
	.fill_rect = pdf_fill_rect,
	.path = pdf_path,
	.begin = pdf_begin,
	.end = pdf_end,
	.link = pdf_link,
	.goto_page = pdf_goto_page,
	.outline = pdf_outline,
	.set_meta = pdf_set_meta,
	.page_label = pdf_page_label,
	.forget_keys = pdf_forget_keys,
};

/* libharu allocates through the x-alloc wrappers: out of memory is
 * fatal, so no object it makes is NULL. */
static void *
hpdf_alloc(HPDF_UINT size)
{
	return xmalloc(size);
}

static void
hpdf_free(void *a)
{
	free(a);
}

/* PDF/A wants a font descriptor's cap height and a subset's CIDSet: bit c
 * on, most significant first, when CID c's glyph is embedded; the CIDs
 * are code points (tags_hex16), as the cmap's segments map them. The
 * descriptor is made now, as libharu makes it when it writes the font:
 * all is drawn, so the subset is known. */
static void
pdfa_fonts(struct dev_pdf *p)
{
	HPDF_BYTE bits[0x10000 / 8];
	HPDF_UINT n, i, c, gid;
	HPDF_FontDef def;
	HPDF_TTFontDefAttr tt;
	int f;

	for (f = 0; f < FONT_NFACES; f++) {
		if (p->font[f] == NULL || p->font[f]->before_write_fn(p->font[f]) != HPDF_OK)
			continue;
		def = ((HPDF_FontAttr)p->font[f]->attr)->fontdef;
		tt = def->attr;
		memset(bits, 0, sizeof bits);
		bits[0] = 0x80;		/* .notdef */
		for (n = 1, i = 0; i < tt->cmap.seg_count_x2 / 2u; i++)
			for (c = tt->cmap.start_count[i]; c <= tt->cmap.end_count[i] && c < 0xFFFF; c++)
				if ((gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c)) != 0 &&
				    gid < tt->num_glyphs && tt->glyph_tbl.flgs[gid]) {
					bits[c / 8] |= (HPDF_BYTE)(0x80 >> c % 8);
					n = c / 8 + 1;
				}
		HPDF_Dict_AddNumber(def->descriptor, "CapHeight", def->cap_height);
		HPDF_Dict_Add(def->descriptor, "CIDSet", stream(p, bits, n, HPDF_STREAM_FILTER_NONE));
	}
}

/* PDF/A-1b (PDF 1.4): the sRGB output intent; the /ID pdfa_set_id adds
 * to the file written. 0, or -1 with the diagnostic emitted. */
static int
pdfa(struct dev_pdf *p)
{
	HPDF_MMgr mm = p->pdf->mmgr;
	HPDF_Dict intent, icc;
	HPDF_Array a;
	char *prof;
	size_t n;

	if (pdfa_icc(PDFA_ICC_PATH, &prof, &n) == -1)
		return -1;
	intent = HPDF_Dict_New(mm);
	icc = stream(p, prof, n, HPDF_STREAM_FILTER_FLATE_DECODE);
	free(prof);
	HPDF_Dict_AddNumber(icc, "N", 3);
	HPDF_Dict_AddName(intent, "Type", "OutputIntent");
	HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
	HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(mm, PDFA_ICC_NAME, NULL));
	HPDF_Dict_Add(intent, "DestOutputProfile", icc);
	HPDF_Dict_Add(p->pdf->catalog, "OutputIntents", a = HPDF_Array_New(mm));
	HPDF_Array_Add(a, intent);
	p->pdf->pdf_version = HPDF_VER_14;
	pdfa_fonts(p);
	return 0;
}

/* A tagged PDF (PDF 1.7, as PDF/UA is): the structure tree, its parent
 * tree, and what a reader needs to know to use them. */
static void
tagged(struct dev_pdf *p)
{
	HPDF_MMgr mm = p->pdf->mmgr;
	HPDF_Dict info = HPDF_Dict_New(mm), prefs = HPDF_Dict_New(mm);

	p->pdf->pdf_version = HPDF_VER_17;
	p->root = HPDF_Dict_New(mm);
	HPDF_Xref_Add(p->pdf->xref, p->root);
	HPDF_Dict_AddName(p->root, "Type", "StructTreeRoot");
	p->root_kids = HPDF_Array_New(mm);
	HPDF_Dict_Add(p->root, "K", p->root_kids);
	HPDF_Xref_Add(p->pdf->xref, p->tree = HPDF_Dict_New(mm));
	HPDF_Dict_Add(p->root, "ParentTree", p->tree);
	HPDF_Dict_Add(p->pdf->catalog, "StructTreeRoot", p->root);
	HPDF_Dict_AddBoolean(info, "Marked", HPDF_TRUE);
	HPDF_Dict_Add(p->pdf->catalog, "MarkInfo", info);
	HPDF_Dict_Add(p->pdf->catalog, "Lang", HPDF_String_New(mm, "en-GB", NULL));
	HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
	HPDF_Dict_Add(p->pdf->catalog, "ViewerPreferences", prefs);
}

struct dev_pdf *
dev_pdf_new(const char *fontdir, const struct dev_pdf_opts *o)
{
	struct dev_pdf *p;

	if (tags_faces_readable(fontdir) == -1)
		return NULL;
	p = xcalloc(1, sizeof *p);
	p->opts = o != NULL ? *o : (struct dev_pdf_opts){ 0, -1 };
	p->fontdir = xstrdup(fontdir);
	p->pdf = HPDF_NewEx(on_error, hpdf_alloc, hpdf_free, 0, p);
	if (p->pdf == NULL) {
		diag(D_PDF_START, NULL, NULL);
		dev_pdf_free(p);
		return NULL;
	}
	tagged(p);
	p->t.out = (struct tags_out){ p, put, end_text, mcid_new };
	HPDF_SetCompressionMode(p->pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(p->pdf);
	HPDF_SetCurrentEncoder(p->pdf, "UTF-8");
	HPDF_SetPageMode(p->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
	/* A page tree of one node holds 8,191 pages at most (PDF/A): one of
	 * nodes of TAGS_MAX_KIDS, as many as the paper needs. */
	HPDF_SetPagesConfiguration(p->pdf, TAGS_MAX_KIDS);
	return p;
}

struct dev
dev_pdf_device(struct dev_pdf *p)
{
	struct dev d = { &pdf_ops, p };

	return d;
}

int
dev_pdf_finish(struct dev_pdf *p, char **data, size_t *len)
{
	HPDF_UINT32 size = 0, got = 0, n;
	char *out = NULL;

	*data = NULL;
	if (p->opts.pdfa && pdfa(p) == -1)
		return -1;
	if (p->page != NULL)
		tags_mark_close(&p->t);
	make_jumps(p);
	finish_tree(p);
	if (p->npages > 0 && !p->labelled)
		HPDF_AddPageLabel(p->pdf, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, "");
	if (p->error == 0 && HPDF_SaveToStream(p->pdf) == HPDF_OK) {
		/* Read in one piece of the file's size: the PDF is not held
		 * twice over while a buffer grows. */
		size = HPDF_GetStreamSize(p->pdf);
		out = xmalloc(size + 1);
		while (p->error == 0 && got < size) {
			n = size - got;
			if (HPDF_ReadFromStream(p->pdf, (HPDF_BYTE *)out + got, &n) != HPDF_OK &&
			    n == 0)
				break;
			got += n;
		}
		*len = got;
		if (p->opts.pdfa && p->error == 0 && pdfa_set_id(&out, len) == -1)
			p->error = HPDF_INVALID_OBJECT;
	}
	if (p->error != 0) {
		char ctx[64];
		struct srcpos pos = { NULL, 0, 0, ctx };

		snprintf(ctx, sizeof ctx, "libharu error 0x%04X (detail %u)",
		    (unsigned)p->error, (unsigned)p->detail);
		diag(p->error == HPDF_INVALID_FONTDEF_DATA ||
		    p->error == HPDF_TTF_CANNOT_EMBEDDING_FONT || p->error == HPDF_FILE_OPEN_ERROR
		    ? D_PDF_FONTS : D_PDF_WRITE, &pos, NULL);
		free(out);
		return -1;
	}
	*data = out;
	return 0;
}

void
dev_pdf_free(struct dev_pdf *p)
{
	int f;

	if (p == NULL)
		return;
	if (p->pdf != NULL)
		HPDF_Free(p->pdf);
	free(p->pages);
	tags_free(&p->t);
	buf_free(&p->tj.ops);
	for (f = 0; f < FONT_NFACES; f++)
		free(p->adv[f]);
	free(p->fontdir);
	free(p);
}

const char *
dev_pdf_libharu(void)
{
	return HPDF_VERSION_TEXT;
}
