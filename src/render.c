/* render.c: runs the pipeline for one paper, stage by stage, and writes
 * the PDF atomically: a temporary file renamed into place. A signed-off
 * paper's file is never overwritten. */
#include "render.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dev_pdf.h"
#include "dev_trace.h"
#include "diag.h"
#include "layout.h"
#include "lint.h"
#include "rate.h"
#include "tmpl.h"
#include "util.h"

char *
render_file_name(const char *date, const char *committee, const char *title)
{
	char *text = xasprintf("%s %s %s", date ? date : "", committee ? committee : "",
	    title ? title : "");
	char *safe = safe_name(text, 120);
	char *name = xasprintf("%s.pdf", safe);

	free(text);
	free(safe);
	return name;
}

/* Writes the PDF; a signed-off paper's existing file is left as it is,
 * and only an identical rendering of it counts as success. */
static int
write_pdf(const char *path, const char *data, size_t len, int signed_off)
{
	struct srcpos pos = { path, 0, 0, NULL };
	size_t oldlen;
	char *old;
	int same;

	if (write_file_atomic(path, data, len, !signed_off) == 0)
		return 0;
	if (errno != EEXIST) {
		diag(errno == ENOSPC || errno == EIO ? D_IO : D_OUT, &pos, "cannot create output: %s",
		    strerror(errno));
		return -1;
	}
	old = read_file(path, &oldlen);
	same = old != NULL && oldlen == len && memcmp(old, data, len) == 0;
	free(old);
	if (same)
		return 0;
	diag(D_OUT, &pos, "a different signed-off paper is already there; "
	    "docket never overwrites a signed-off paper");
	return -1;
}

struct doc *
render_document(struct db *db, struct paperdata *pd, const char *dir, const char *name)
{
	struct tmpl *t = tmpl_open(dir, name);
	const struct tmpl_query *q;
	struct doc *doc = NULL;
	size_t i;

	if (t == NULL)
		return NULL;
	for (i = 0; (q = tmpl_query(t, i)) != NULL; i++)
		if (db_query(db, pd, q->name, q->sql, &q->pos) == -1)
			goto out;
	if (rate_paper(pd) == 0)
		doc = tmpl_fill(t, pd);
out:
	tmpl_close(t);
	return doc;
}

int
render_paper(struct db *db, long id, const struct render_opts *o, char **written)
{
	struct paperdata *pd = NULL;
	struct doc *doc = NULL;
	struct dev_pdf *pdf = NULL;
	struct dev dev;
	char *dir = NULL, *path = NULL, *data = NULL;
	const char *status;
	size_t len = 0;
	int rc = -1;
	FILE *out = stdout;

	if (written != NULL)
		*written = NULL;
	if ((pd = db_load_paper(db, id)) == NULL || lint_paper(pd) > 0)
		goto out;
	dir = xasprintf("%s/templates", o->datadir);
	if ((doc = render_document(db, pd, dir, pd_get(pd, "paper", "template"))) == NULL)
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
	if (o->mode == RENDER_TREE) {
		doc_dump(doc, stdout);
		rc = 0;
		goto out;
	}
	if (o->mode == RENDER_TRACE) {
		dev = dev_trace(&out);
		rc = layout_run(doc, &dev) < 0 ? -1 : 0;
		goto out;
	}
	free(dir);
	dir = xasprintf("%s/fonts", o->datadir);
	if ((pdf = dev_pdf_new(dir)) == NULL)
		goto out;
	dev = dev_pdf_device(pdf);
	if (layout_run(doc, &dev) < 0 || dev_pdf_finish(pdf, &data, &len) == -1)
		goto out;
	if (o->outfile != NULL)
		path = xstrdup(o->outfile);
	else {
		char *name = render_file_name(pd_get(pd, "paper", "meeting_date"),
		    pd_get(pd, "paper", "committee"), pd_get(pd, "paper", "title"));

		path = xasprintf("%s/%s", o->outdir ? o->outdir : "out", name);
		free(name);
	}
	status = pd_get(pd, "paper", "status");
	if (write_pdf(path, data, len, status != NULL && strcmp(status, "signed_off") == 0) == -1)
		goto out;
	if (written != NULL) {
		*written = path;
		path = NULL;
	}
	rc = 0;
out:
	free(data);
	free(path);
	free(dir);
	dev_pdf_free(pdf);
	doc_free(doc);
	pd_free(pd);
	return rc;
}
