/* pack.c: a meeting's agenda pack. Each public paper is built and laid out
 * once to count its pages, then the agenda is filled with the page each
 * starts on, and then every part is laid out for real into one PDF, a
 * paper built again, drawn and freed before the next: memory holds one
 * paper's document at a time, besides the PDF. Each part is drawn through
 * a device of its own (struct part) that makes it a section of the one
 * document, its bookmarks a level under its item's, and the agenda's
 * links to "#page=N" jumps to page N of the pack. */
#include "pack.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dev_pdf.h"
#include "diag.h"
#include "layout.h"
#include "render.h"
#include "tmpl.h"
#include "util.h"

/* The device one part of the pack is laid out through. */
struct part {
	const struct dev *real;
	char             *mark;	/* its item's bookmark, made on its first page */
};

#define REAL(ctx) (((struct part *)(ctx))->real)

static double
p_text_width(void *ctx, enum dev_font f, double size, const char *s, size_t len)
{
	return REAL(ctx)->ops->text_width(REAL(ctx)->ctx, f, size, s, len);
}

static int
p_has_glyph(void *ctx, enum dev_font f, uint32_t cp)
{
	return REAL(ctx)->ops->has_glyph(REAL(ctx)->ctx, f, cp);
}

static int
p_page(void *ctx, int index, double w, double h)
{
	struct part *p = ctx;
	int rc = p->real->ops->page(p->real->ctx, index, w, h);

	if (p->mark != NULL) {
		p->real->ops->outline(p->real->ctx, 1, p->mark, 0);
		free(p->mark);
		p->mark = NULL;
	}
	return rc;
}

static void
p_text(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y, const char *s,
    size_t len, double w)
{
	REAL(ctx)->ops->text(REAL(ctx)->ctx, f, size, c, x, y, s, len, w);
}

static void
p_text_rotated(void *ctx, enum dev_font f, double size, struct rgb c, double x, double y,
    double angle, const char *s)
{
	REAL(ctx)->ops->text_rotated(REAL(ctx)->ctx, f, size, c, x, y, angle, s);
}

static void
p_line(void *ctx, double x1, double y1, double x2, double y2, double width, struct rgb c)
{
	REAL(ctx)->ops->line(REAL(ctx)->ctx, x1, y1, x2, y2, width, c);
}

static void
p_fill_rect(void *ctx, double x, double y, double w, double h, struct rgb c)
{
	REAL(ctx)->ops->fill_rect(REAL(ctx)->ctx, x, y, w, h, c);
}

static void
p_path(void *ctx, const struct dev_point *pts, size_t n, int closed, const struct rgb *fill,
    const struct dev_stroke *stroke)
{
	REAL(ctx)->ops->path(REAL(ctx)->ctx, pts, n, closed, fill, stroke);
}

/* A part is a section of the pack's one document. */
static void
p_begin(void *ctx, enum dev_role role, const struct dev_attrs *a)
{
	REAL(ctx)->ops->begin(REAL(ctx)->ctx, role == ROLE_DOCUMENT ? ROLE_SECTION : role, a);
}

static void
p_end(void *ctx, enum dev_role role)
{
	REAL(ctx)->ops->end(REAL(ctx)->ctx, role == ROLE_DOCUMENT ? ROLE_SECTION : role);
}

static void
p_link(void *ctx, double x, double y, double w, double h, const char *uri)
{
	long page;
	char *end;

	if (strncmp(uri, "#page=", 6) == 0 && (page = strtol(uri + 6, &end, 10)) > 0 &&
	    *end == '\0')
		REAL(ctx)->ops->goto_page(REAL(ctx)->ctx, x, y, w, h, (int)page - 1, 0);
	else
		REAL(ctx)->ops->link(REAL(ctx)->ctx, x, y, w, h, uri);
}

static void
p_goto_page(void *ctx, double x, double y, double w, double h, int page, double ty)
{
	REAL(ctx)->ops->goto_page(REAL(ctx)->ctx, x, y, w, h, page, ty);
}

static void
p_outline(void *ctx, int level, const char *title, double y)
{
	REAL(ctx)->ops->outline(REAL(ctx)->ctx, level + 1, title, y);
}

/* The pack's metadata is the agenda's, told once. */
static void
p_set_meta(void *ctx, const struct dev_meta *m)
{
	(void)ctx;
	(void)m;
}

static void
p_page_label(void *ctx, int page, const char *prefix)
{
	REAL(ctx)->ops->page_label(REAL(ctx)->ctx, page, prefix);
}

static void
p_forget_keys(void *ctx)
{
	REAL(ctx)->ops->forget_keys(REAL(ctx)->ctx);
}

static const struct dev_ops part_ops = {
	.text_width = p_text_width,
	.has_glyph = p_has_glyph,
	.page = p_page,
	.text = p_text,
	.text_rotated = p_text_rotated,
	.line = p_line,
	.fill_rect = p_fill_rect,
	.path = p_path,
	.begin = p_begin,
	.end = p_end,
	.link = p_link,
	.goto_page = p_goto_page,
	.outline = p_outline,
	.set_meta = p_set_meta,
	.page_label = p_page_label,
	.forget_keys = p_forget_keys,
};

/* The value of column col of item i. */
static const char *
item(const struct dataset *items, size_t i, const char *col)
{
	return items->rows[i].vals[ds_col(items->schema, col)];
}

static int
exempt(const struct dataset *items, size_t i)
{
	const char *c = item(items, i, "classification");

	return c != NULL && strcmp(c, "exempt") == 0;
}

/* Paper i built, or NULL with the diagnostics emitted. */
static struct doc *
paper(struct db *db, const struct dataset *items, size_t i, const char *datadir)
{
	return render_build(db, strtol(item(items, i, "id"), NULL, 10), datadir, NULL);
}

/* How many pages each public item's paper takes (0 for an exempt one):
 * built, measured through dev and freed in turn. 0, or -1 with the
 * diagnostics emitted. */
static int
count_pages(struct db *db, const struct dataset *items, const char *datadir,
    const struct dev *dev, int *pages)
{
	struct doc *doc;
	size_t i;

	for (i = 0; i < items->nrows; i++) {
		if (exempt(items, i))
			continue;
		if ((doc = paper(db, items, i, datadir)) == NULL)
			return -1;
		pages[i] = layout_pages(doc, dev);
		doc_free(doc);
	}
	return 0;
}

/* What a paper says when it is built and laid out again was said the
 * first time: kept back from here on (*held), and given out by
 * say_again only when it fails the second time. */
static FILE *
hold(char **held, size_t *len)
{
	FILE *f = open_memstream(held, len);

	if (f == NULL)
		fatal_oom();
	diag_set_stream(f);
	return f;
}

static void
say_again(FILE *f, char **held, int failed)
{
	diag_set_stream(NULL);
	fclose(f);	/* which sets *held */
	if (failed)
		fputs(*held, stderr);
	free(*held);
}

/* The agenda with each public item's first page, counting *apages pages
 * for the agenda itself; its length, measured through dev, decides where
 * the papers start, and so it is filled again until the two agree. NULL
 * with the diagnostics emitted. Caller frees with doc_free. */
static struct doc *
agenda(const struct tmpl *t, struct paperdata *pd, const int *pages, const struct dev *dev,
    int *apages)
{
	struct dataset *items = (struct dataset *)pd_set(pd, "items");
	struct doc *doc;
	int tries, at, n;
	size_t i;

	for (tries = 0; tries < 4; tries++) {
		at = *apages + 1;
		for (i = 0; i < items->nrows; i++) {
			if (pages[i] == 0)
				continue;
			ds_put(&items->rows[i], items->schema, "page", xasprintf("%d", at));
			at += pages[i];
		}
		if ((doc = tmpl_fill(t, pd, 0)) == NULL)
			return NULL;
		if ((n = layout_pages(doc, dev)) == *apages)
			return doc;
		doc_free(doc);
		*apages = n;
	}
	diag(D_PACK_PAGES, NULL, "the agenda");
	return NULL;
}

/* Lays doc out from page first of total through part, under the bookmark
 * mark (which it takes), its pages labelled prefix 1, 2 ...; takes doc.
 * Returns its number of pages, or -1 with the diagnostic emitted. */
static int
lay_part(struct part *part, struct doc *doc, int first, int total, char *mark,
    const char *prefix)
{
	struct dev d = { &part_ops, part };
	int n;

	part->mark = mark;
	part->real->ops->page_label(part->real->ctx, first, prefix);
	n = layout_part(doc, &d, first, total);
	doc_free(doc);
	free(part->mark);
	part->mark = NULL;
	/* Its nodes are freed: their addresses may come again in the next. */
	part->real->ops->forget_keys(part->real->ctx);
	return n;
}

/* Each public paper built again and laid out from page `at` of total
 * through part, then freed. 0, or -1 with the diagnostics emitted. */
static int
lay_papers(struct db *db, const struct dataset *items, const char *datadir, struct part *part,
    const int *pages, int at, int total, const struct srcpos *pos)
{
	struct doc *doc;
	size_t i, hlen;
	char *held;
	FILE *f;
	int n;

	for (i = 0; i < items->nrows; i++, at += n) {
		const char *no = item(items, i, "agenda_item");
		char *prefix;

		if ((n = pages[i]) == 0)
			continue;
		f = hold(&held, &hlen);
		n = -1;
		if ((doc = paper(db, items, i, datadir)) != NULL) {
			prefix = xasprintf("%s-", no);
			n = lay_part(part, doc, at, total, xasprintf("Item %s: %s", no,
			    item(items, i, "title")), prefix);
			free(prefix);
		}
		say_again(f, &held, n < 0);
		if (n < 0)
			return -1;
		if (n != pages[i]) {
			diag(D_PACK_PAGES, pos, "paper %s, %d pages then %d", item(items, i, "id"),
			    pages[i], n);
			return -1;
		}
	}
	return 0;
}

/* out/DATE-COMMITTEE-agenda-pack-mID.pdf. Caller frees. */
static char *
file_name(const struct paperdata *pd, long meeting)
{
	char *text = xasprintf("%s %s agenda pack", pd_get(pd, "meeting", "date"),
	    pd_get(pd, "meeting", "committee"));
	char *name = safe_name(text, 120), *path = xasprintf("out/%s-m%ld.pdf", name, meeting);

	free(name);
	free(text);
	return path;
}

int
pack_meeting(struct db *db, long meeting, const char *datadir, const char *outfile,
    char **written)
{
	struct paperdata *pd = db_load_meeting(db, meeting);
	struct dataset *items;
	struct tmpl *t = NULL;
	struct dev_pdf *pdf = NULL;
	struct dev real;
	struct part part = {0};
	struct doc *doc = NULL;
	char *dir = xasprintf("%s/templates", datadir), *fonts = xasprintf("%s/fonts", datadir);
	char *path = NULL, *data = NULL, ctx[32];
	struct srcpos pos = { NULL, 0, 0, ctx };
	int *pages = NULL, apages = 1, total, n, rc = -1;
	size_t i, len = 0;

	*written = NULL;
	snprintf(ctx, sizeof ctx, "meeting %ld", meeting);
	if (pd == NULL)
		goto out;
	pos.file = pd->source;
	items = (struct dataset *)pd_set(pd, "items");
	if (items->nrows == 0) {
		diag(D_PACK_EMPTY, &pos, NULL);
		goto out;
	}
	if ((t = tmpl_open(dir, PACK_TEMPLATE)) == NULL || (pdf = dev_pdf_new(fonts, NULL)) == NULL)
		goto out;
	real = dev_pdf_device(pdf);
	part.real = &real;
	pages = xcalloc(items->nrows, sizeof *pages);
	if (count_pages(db, items, datadir, &real, pages) == -1 ||
	    (doc = agenda(t, pd, pages, &real, &apages)) == NULL)
		goto out;
	for (i = 0, total = apages; i < items->nrows; i++)
		total += pages[i];
	real.ops->set_meta(real.ctx, &(struct dev_meta){ doc->title, doc->author, doc->subject,
	    doc->keywords, doc->date, 1 });
	real.ops->begin(real.ctx, ROLE_DOCUMENT, &(struct dev_attrs){ .key = pd });
	n = lay_part(&part, doc, 0, total, xstrdup("Agenda"), "A-");
	doc = NULL;
	if (n < 0)
		goto out;
	if (lay_papers(db, items, datadir, &part, pages, apages, total, &pos) == -1)
		goto out;
	real.ops->end(real.ctx, ROLE_DOCUMENT);
	if (dev_pdf_finish(pdf, &data, &len) == -1)
		goto out;
	path = outfile != NULL ? xstrdup(outfile) : file_name(pd, meeting);
	if (render_save(path, data, len) == -1)
		goto out;
	*written = path;
	path = NULL;
	rc = 0;
out:
	doc_free(doc);
	free(data);
	free(path);
	free(pages);
	dev_pdf_free(pdf);
	tmpl_close(t);
	pd_free(pd);
	free(fonts);
	free(dir);
	return rc;
}
