/* dev_trace.c: the trace device: one line per drawing call. */
#include "dev_trace.h"

#include <stdint.h>

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
	fprintf(*(FILE **)ctx, "page %d %.1fx%.1f\n", index + 1, w, h);
	return 0;
}

static void
tr_text(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    const char *s, size_t len, double w)
{
	(void)c;
	(void)w;
	fprintf(*(FILE **)ctx, "text %s %.1f %.1f %.1f \"%.*s\"\n", faces[f], size, x, y,
	    (int)len, s);
}

static void
tr_text_rotated(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    double angle, const char *s)
{
	(void)c;
	fprintf(*(FILE **)ctx, "rotated %s %.1f %.1f %.1f %.0f \"%s\"\n", faces[f], size, x, y,
	    angle, s);
}

static void
tr_line(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c)
{
	(void)c;
	fprintf(*(FILE **)ctx, "line %.1f %.1f %.1f %.1f %.1f\n", x1, y1, x2, y2, width);
}

static void
tr_fill_rect(void *ctx, double x, double y, double w, double h, struct rgb c)
{
	fprintf(*(FILE **)ctx, "fill %.1f %.1f %.1f %.1f %.2f,%.2f,%.2f\n", x, y, w, h, c.r, c.g,
	    c.b);
}

static void
tr_path(void *ctx, const struct dev_point *pts, size_t n, int closed, const struct rgb *fill,
    const struct dev_stroke *stroke)
{
	FILE *out = *(FILE **)ctx;
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

static void
tr_figure(void *ctx, double x, double y, double w, double h, const char *alt)
{
	fprintf(*(FILE **)ctx, "figure %.1f %.1f %.1f %.1f \"%s\"\n", x, y, w, h, alt);
}

static void
tr_link(void *ctx, double x, double y, double w, double h, const char *uri)
{
	fprintf(*(FILE **)ctx, "link %.1f %.1f %.1f %.1f \"%s\"\n", x, y, w, h, uri);
}

static void
tr_goto_page(void *ctx, double x, double y, double w, double h, int page, double ty)
{
	fprintf(*(FILE **)ctx, "goto %.1f %.1f %.1f %.1f page %d %.1f\n", x, y, w, h, page + 1, ty);
}

static void
tr_outline(void *ctx, int level, const char *title, double y)
{
	fprintf(*(FILE **)ctx, "outline %d %.1f \"%s\"\n", level, y, title);
}

static void
tr_set_meta(void *ctx, const struct dev_meta *m)
{
	fprintf(*(FILE **)ctx, "meta title=\"%s\" author=\"%s\" date=\"%s\"\n",
	    m->title ? m->title : "", m->author ? m->author : "", m->date ? m->date : "");
}

static const struct dev_ops trace_ops = {
	tr_text_width, tr_has_glyph, tr_page, tr_text, tr_text_rotated,
	tr_line, tr_fill_rect, tr_path, tr_figure, tr_link, tr_goto_page,
	tr_outline, tr_set_meta,
};

struct dev
dev_trace(FILE **ctx_out)
{
	struct dev d = { &trace_ops, ctx_out };

	return d;
}
