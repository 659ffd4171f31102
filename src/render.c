/* render.c: builds a paper's document, stage by stage, without touching a
 * file; then lays it out and writes the PDF atomically: a temporary file
 * renamed into place. A signed-off paper's file is never overwritten, and
 * a signed-off paper renders as it was archived (PDF/A, dated as signed). */
#include "render.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dev_pdf.h"
#include "dev_trace.h"
#include "diag.h"
#include "hash.h"
#include "fonts.h"
#include "layout.h"
#include "rate.h"
#include "rules.h"
#include "signoff.h"
#include "tmpl.h"
#include "util.h"

char *
render_file_name(const char *date, const char *committee, const char *title, const char *id)
{
	char *c = safe_name(committee ? committee : "", 120), *t = safe_name(title ? title : "", 120);
	size_t n = strlen(c);
	/* A title that starts with the committee's name says it once. */
	int again = committee != NULL && *committee != '\0' && strncmp(t, c, n) == 0 &&
	    (t[n] == '-' || t[n] == '\0');
	char *text = xasprintf("%s %s %s", date ? date : "", again ? "" : c, t);
	char *safe = safe_name(text, 120);
	/* The paper's id keeps two papers of one meeting and title apart. */
	char *name = xasprintf("%s-p%s.pdf", safe, id ? id : "0");

	free(c);
	free(t);
	free(text);
	free(safe);
	return name;
}

/* Whether s[0..n) holds the text t. */
static int
holds(const char *s, size_t n, const char *t)
{
	size_t len = strlen(t), i;

	for (i = 0; i + len <= n; i++)
		if (s[i] == t[0] && memcmp(s + i, t, len) == 0)
			return 1;
	return 0;
}

/* Writes the PDF without ever overwriting a signed-off paper or a file
 * docket did not write. A file already there is replaced when docket made
 * it (its XMP names docket as the creator tool: a draft, or an earlier
 * render), but never when its SHA-256 is a sign-off record's (db, when
 * given, says), nor when it is read-only, as an archive keeps its files.
 * Whether a file is signed off is the database's word, never the file's.
 * The same bytes again change nothing and succeed. */
static int
write_pdf(struct db *db, const char *path, const char *data, size_t len)
{
	struct srcpos pos = { path, 0, 0, NULL };
	char hex[HASH_HEX_LEN + 1];
	struct stat sb;
	size_t oldlen;
	char *old;
	int same, ours, kept = 0;

	if (write_file_atomic(path, data, len, 0) == 0)
		return 0;
	if (errno != EEXIST)
		goto fail;
	if (stat(path, &sb) == -1 || (old = read_file(path, &oldlen)) == NULL)
		goto fail;	/* a folder, or unreadable */
	same = oldlen == len && memcmp(old, data, len) == 0;
	ours = oldlen >= 5 && memcmp(old, "%PDF-", 5) == 0 &&
	    holds(old, oldlen, "<xmp:CreatorTool>docket ");
	hash_sha256(old, oldlen, hex);
	free(old);
	if (same)
		return 0;
	if (db != NULL && (kept = signoff_signed_hash(db, hex)) == -1)
		return -1;
	if (kept || (sb.st_mode & 0222) == 0 || !ours) {
		diag(kept || (sb.st_mode & 0222) == 0 ? D_OUT_SIGNED_OFF : D_OUT_FOREIGN, &pos, NULL);
		return -1;
	}
	if (write_file_atomic(path, data, len, 1) == 0)
		return 0;
fail:
	diag(errno == ENOSPC || errno == EIO ? D_OUT_WRITE : D_OUT_CREATE, &pos, "%s",
	    strerror(errno));
	return -1;
}

/* The folder o's PDFs go into when they are named from their papers. */
static const char *
outdir(const struct render_opts *o)
{
	return o->outdir ? o->outdir : "out";
}

int
render_make_outdir(const struct render_opts *o)
{
	const char *dir = outdir(o);
	struct srcpos pos = { dir, 0, 0, NULL };
	struct stat sb;
	char *part;
	size_t at = 0;
	int rc = -1;

	if (o->mode != RENDER_PDF || o->outfile != NULL ||
	    (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode)))
		return 0;
	part = xstrdup(dir);
	/* Each folder from the top down, as mkdir -p makes them. */
	do {
		char c;

		at += strspn(dir + at, "/");
		at += strcspn(dir + at, "/");
		c = part[at];
		part[at] = '\0';
		if ((mkdir(part, 0777) == -1 && errno != EEXIST) || stat(part, &sb) == -1) {
			diag(D_OUT_DIR, &pos, "%s", strerror(errno));
			goto out;
		}
		if (!S_ISDIR(sb.st_mode)) {
			diag(D_OUT_DIR, &pos, "%s exists and is not a folder", part);
			goto out;
		}
		part[at] = c;
	} while (dir[at + strspn(dir + at, "/")] != '\0');
	rc = 0;
out:
	free(part);
	return rc;
}

struct doc *
render_document(struct db *db, struct paperdata *pd, const char *dir, const char *name,
    int check)
{
	struct tmpl *t = tmpl_open(dir, name);
	const struct tmpl_query *q;
	struct doc *doc = NULL;
	size_t i;

	/* The ratings first, so that a query cannot take their datasets' names. */
	if (t == NULL || rate_paper(pd) == -1)
		goto out;
	for (i = 0; (q = tmpl_query(t, i)) != NULL; i++)
		if (db_query(db, pd, q->name, q->sql, &q->pos) == -1)
			goto out;
	if ((doc = tmpl_fill(t, pd, check)) != NULL)
		rules_apply(pd, doc);
out:
	tmpl_close(t);
	return doc;
}

struct doc *
render_build(struct db *db, long id, const char *datadir, char **name)
{
	struct paperdata *pd = NULL;
	struct doc *doc = NULL;
	char *dir = NULL;

	if (name != NULL)
		*name = NULL;
	if ((pd = db_load_paper(db, id)) == NULL || rules_check(pd) > 0)
		goto out;
	dir = xasprintf("%s/templates", datadir);
	if ((doc = render_document(db, pd, dir, pd_get(pd, "paper", "template"), 0)) == NULL)
		goto out;
	if ((doc->date == NULL || doc->date[0] == '\0') && getenv("SOURCE_DATE_EPOCH") != NULL) {
		/* No date in the data: the build's, never the clock's. */
		time_t epoch = (time_t)strtoll(getenv("SOURCE_DATE_EPOCH"), NULL, 10);
		struct tm tm;
		char day[16];

		if (gmtime_r(&epoch, &tm) != NULL && strftime(day, sizeof day, "%Y-%m-%d", &tm) > 0) {
			free(doc->date);
			doc->date = xstrdup(day);
		}
	}
	if (name != NULL)
		*name = render_file_name(pd_get(pd, "paper", "meeting_date"),
		    pd_get(pd, "paper", "committee"), pd_get(pd, "paper", "title"),
		    pd_get(pd, "paper", "id"));
out:
	/* The document holds all it needs of the data: the data's memory
	 * goes back before the pages take theirs. */
	pd_free(pd);
	free(dir);
	return doc;
}

int
render_pdf(struct doc *doc, const char *datadir, const struct dev_pdf_opts *po, char **data,
    size_t *len)
{
	struct dev_pdf *pdf = NULL;
	struct dev dev;
	char *dir = xasprintf("%s/fonts", datadir);
	int rc = -1;

	*data = NULL;
	*len = 0;
	if (fonts_check(dir) == -1 || (pdf = dev_pdf_new(dir, po)) == NULL)
		goto out;
	dev = dev_pdf_device(pdf);
	if (layout_run(doc, &dev) < 0)
		goto out;
	/* All drawn: the document's memory goes back before the PDF is
	 * written out, which is when the most is held. */
	doc_free(doc);
	doc = NULL;
	rc = dev_pdf_finish(pdf, data, len);
out:
	free(dir);
	dev_pdf_free(pdf);
	doc_free(doc);
	return rc;
}

/* render_write, with db (or NULL) saying which files were signed off. */
static int
write_checked(struct db *db, struct doc *doc, const char *datadir, const char *path,
    const struct dev_pdf_opts *po)
{
	char *data;
	size_t len;
	int rc = -1;

	if (render_pdf(doc, datadir, po, &data, &len) == 0)
		rc = write_pdf(db, path, data, len);
	free(data);
	return rc;
}

int
render_write(struct doc *doc, const char *datadir, const char *path,
    const struct dev_pdf_opts *po)
{
	return write_checked(NULL, doc, datadir, path, po);
}

int
render_signed_opts(struct db *db, long id, struct dev_pdf_opts *po)
{
	int signed_off;

	po->pdfa = 0;
	po->when = -1;
	if ((signed_off = signoff_signed_at(db, id, &po->when)) == 1)
		po->pdfa = 1;
	else
		po->when = -1;
	return signed_off == -1 ? -1 : 0;
}

int
render_paper(struct db *db, long id, const struct render_opts *o, char **written)
{
	struct dev_pdf_opts po;
	struct doc *doc;
	struct dev dev;
	char *name = NULL, *path = NULL;
	int rc = -1;

	if (written != NULL)
		*written = NULL;
	doc = render_build(db, id, o->datadir,
	    o->mode == RENDER_PDF && o->outfile == NULL ? &name : NULL);
	if (doc == NULL)
		goto out;
	if (o->mode == RENDER_TREE) {
		doc_dump(doc, stdout);
		rc = 0;
		goto out;
	}
	if (o->mode == RENDER_TRACE) {
		struct trace tr = { .out = stdout };

		dev = dev_trace(&tr);
		rc = layout_run(doc, &dev) < 0 ? -1 : 0;
		trace_free(&tr);
		goto out;
	}
	path = o->outfile ? xstrdup(o->outfile) : xasprintf("%s/%s", outdir(o), name);
	if (render_signed_opts(db, id, &po) == -1)
		goto out;
	/* A draft asked for as PDF/A; a signed-off paper is PDF/A anyway. */
	po.pdfa |= o->pdfa;
	rc = write_checked(db, doc, o->datadir, path, &po);
	doc = NULL;
	if (rc == 0 && written != NULL) {
		*written = path;
		path = NULL;
	}
out:
	free(path);
	free(name);
	doc_free(doc);
	return rc;
}

int
render_save(struct db *db, const char *path, const char *data, size_t len)
{
	return write_pdf(db, path, data, len);
}
