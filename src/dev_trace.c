/* dev_trace.c: the trace device: one line per drawing call. */
#include "dev_trace.h"

#include <stdint.h>
#include <stdlib.h>

#include "util.h"

static const char *const faces[FONT_NFACES] = { "R", "B", "I" };

static double
tr_text_width(void *ctx, enum dev_font f, double size, const char *s, size_t len)
{
	size_t i, chars = 0;

	(void)ctx;
	for (i = 0; i < len; i++)
		chars += ((unsigned char)s[i] & 0xC0) != 0x80;
	return (double)chars * size * (f == FONT_BOLD ? 0.55 : 0.5);
}

/* The trace device's faces lack everything outside the Basic Multilingual
 * Plane (emoji and the like), and U+FFFD too, so tests can see missing
 * glyphs handled. */
static int
tr_has_glyph(void *ctx, enum dev_font f, uint32_t cp)
{
	(void)ctx;
	(void)f;
	return cp < 0x10000 && cp != 0xFFFD;
}

static int
tr_page(void *ctx, int index, double w, double h)
{
	fprintf(((struct trace *)ctx)->out, "page %d %.1fx%.1f\n", index + 1, w, h);
	return 0;
}

static void
tr_text(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    const char *s, size_t len, double w)
{
	(void)c;
	(void)w;
	fprintf(((struct trace *)ctx)->out, "text %s %.1f %.1f %.1f \"%.*s\"\n", faces[f], size, x, y,
	    (int)len, s);
}

static void
tr_text_rotated(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    double angle, const char *s)
{
	(void)c;
	fprintf(((struct trace *)ctx)->out, "rotated %s %.1f %.1f %.1f %.0f \"%s\"\n", faces[f], size, x, y,
	    angle, s);
}

static void
tr_line(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c)
{
	(void)c;
	fprintf(((struct trace *)ctx)->out, "line %.1f %.1f %.1f %.1f %.1f\n", x1, y1, x2, y2, width);
}

static void
tr_fill_rect(void *ctx, double x, double y, double w, double h, struct rgb c)
{
	fprintf(((struct trace *)ctx)->out, "fill %.1f %.1f %.1f %.1f %.2f,%.2f,%.2f\n", x, y, w, h, c.r, c.g,
	    c.b);
}

static void
tr_path(void *ctx, const struct dev_point *pts, size_t n, int closed, const struct rgb *fill,
    const struct dev_stroke *stroke)
{
	FILE *out = ((struct trace *)ctx)->out;
	size_t i;

	fprintf(out, "path %s", closed ? "closed" : "open");
	if (fill != NULL)
		fprintf(out, " fill %.2f,%.2f,%.2f", fill->r, fill->g, fill->b);
	if (stroke != NULL)
		fprintf(out, " stroke %.1f %.2f,%.2f,%.2f", stroke->width, stroke->colour.r,
		    stroke->colour.g, stroke->colour.b);
	if (stroke != NULL && stroke->on > 0)
		fprintf(out, " dash %.1f,%.1f", stroke->on, stroke->off);
	fputc(':', out);
	for (i = 0; i < n; i++)
		fprintf(out, " %.1f,%.1f", pts[i].x, pts[i].y);
	fputc('\n', out);
}

static const char *const roles[ROLE_NROLES] = {
	[ROLE_DOCUMENT] = "Document", [ROLE_SECTION] = "Sect", [ROLE_HEADING] = "H",
	[ROLE_PARA] = "P", [ROLE_LIST] = "L", [ROLE_ITEM] = "LI", [ROLE_LABEL] = "Lbl",
	[ROLE_ITEM_BODY] = "LBody", [ROLE_TABLE] = "Table", [ROLE_CAPTION] = "Caption",
	[ROLE_ROW] = "TR", [ROLE_HEADER_CELL] = "TH", [ROLE_CELL] = "TD",
	[ROLE_FIGURE] = "Figure", [ROLE_LINK] = "Link", [ROLE_TOC] = "TOC",
	[ROLE_TOC_ITEM] = "TOCI", [ROLE_ARTIFACT] = "Artifact",
};

static const char *const artifacts[] = {
	[ARTIFACT_HEADER] = "header", [ARTIFACT_FOOTER] = "footer",
	[ARTIFACT_WATERMARK] = "watermark", [ARTIFACT_REPEAT] = "repeat",
};

/* The element's number: elements are numbered as they are first met, so
 * an element continued (same key and role, a NULL key too) shows its first
 * number again. Hashed: a paper of 100,000 actions has some half a
 * million, too many to walk back through. */
static size_t
element(struct trace *t, enum dev_role role, const void *key)
{
	size_t *n = keymap_at(&t->elems, key, (int)role);

	if (*n == 0)
		*n = ++t->nelems;
	return *n;
}

static void
tr_begin(void *ctx, enum dev_role role, const struct dev_attrs *a)
{
	struct trace *t = ctx;

	/* An added hyphen is no element: one line says the text that
	 * follows is one, and its end says nothing. */
	if (role == ROLE_HYPHEN) {
		fprintf(t->out, "hyphen \"%s\"\n", a->alt);
		return;
	}
	fprintf(t->out, "begin %s", roles[role]);
	if (role == ROLE_HEADING)
		fprintf(t->out, "%d", a->level);
	if (role == ROLE_ARTIFACT) {
		fprintf(t->out, " %s\n", artifacts[a->artifact]);
		return;
	}
	fprintf(t->out, " #%zu", element(t, role, a->key));
	if (role == ROLE_HEADER_CELL)
		fputs(a->scope == SCOPE_ROW ? " scope=row" : " scope=column", t->out);
	if ((role == ROLE_HEADER_CELL || role == ROLE_CELL) && a->span > 1)
		fprintf(t->out, " span=%d", a->span);
	if (role == ROLE_FIGURE)
		fprintf(t->out, " %.1f %.1f %.1f %.1f \"%s\"", a->x, a->y, a->w, a->h, a->alt);
	if (role == ROLE_LINK && a->uri != NULL)
		fprintf(t->out, " \"%s\"", a->uri);
	fputc('\n', t->out);
}

static void
tr_end(void *ctx, enum dev_role role)
{
	if (role != ROLE_HYPHEN)
		fprintf(((struct trace *)ctx)->out, "end %s\n", roles[role]);
}

static void
tr_link(void *ctx, double x, double y, double w, double h, const char *uri)
{
	fprintf(((struct trace *)ctx)->out, "link %.1f %.1f %.1f %.1f \"%s\"\n", x, y, w, h, uri);
}

static void
tr_goto_page(void *ctx, double x, double y, double w, double h, int page, double ty)
{
	fprintf(((struct trace *)ctx)->out, "goto %.1f %.1f %.1f %.1f page %d %.1f\n", x, y, w, h, page + 1, ty);
}

static void
tr_outline(void *ctx, int level, const char *title, double y)
{
	fprintf(((struct trace *)ctx)->out, "outline %d %.1f \"%s\"\n", level, y, title);
}

static void
tr_set_meta(void *ctx, const struct dev_meta *m)
{
	fprintf(((struct trace *)ctx)->out, "meta title=\"%s\" author=\"%s\" date=\"%s\"\n",
	    m->title ? m->title : "", m->author ? m->author : "", m->date ? m->date : "");
}

static void
tr_page_label(void *ctx, int page, const char *prefix)
{
	fprintf(((struct trace *)ctx)->out, "label page %d \"%s\"\n", page + 1, prefix);
}

/* The elements met so far are not met again: their numbers go on. */
static void
tr_forget_keys(void *ctx)
{
	struct trace *t = ctx;

	keymap_clear(&t->elems);
	fputs("forget keys\n", t->out);
}

static const struct dev_ops trace_ops = {
	.text_width = tr_text_width,
	.has_glyph = tr_has_glyph,
	.page = tr_page,
	.text = tr_text,
	.text_rotated = tr_text_rotated,
	.line = tr_line,
	.fill_rect = tr_fill_rect,
	.path = tr_path,
	.begin = tr_begin,
	.end = tr_end,
	.link = tr_link,
	.goto_page = tr_goto_page,
	.outline = tr_outline,
	.set_meta = tr_set_meta,
	.page_label = tr_page_label,
	.forget_keys = tr_forget_keys,
};

struct dev
dev_trace(struct trace *t)
{
	struct dev d = { &trace_ops, t };

	return d;
}

void
trace_free(struct trace *t)
{
	keymap_free(&t->elems);
	t->nelems = 0;
}
