/* narrative_db.c: a paper's narrative loaded from the database, and a new
 * one written over it row by row, only the rows that differ, in one
 * transaction (through db_write.h). narrative.c reads and writes the
 * Markdown. */
#include "narrative.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "store.h"
#include "util.h"

/* The most a narrative file may hold, as for a template: more is no
 * paper's narrative, and a far bigger file is not read to its end. */
#define NARR_MAX_BYTES	(10 << 20)

/* One of the narrative's tables: its rows are the parent's, numbered by
 * seq; cols are its columns, as many as the rows', the last one an
 * INTEGER when last_int is set. */
struct ntable {
	const char *table;
	const char *parent;
	const char *cols[3];
	int         last_int;
};

static const struct ntable t_points = { "summary_point", "paper_id", { "text" }, 0 };
static const struct ntable t_recs = { "recommendation", "paper_id", { "text" }, 0 };
static const struct ntable t_sections = { "section", "paper_id", { "heading" }, 0 };
static const struct ntable t_paras = { "paragraph", "section_id", { "style", "text" }, 0 };
static const struct ntable t_impls = { "implication", "paper_id", { "heading", "text" }, 0 };
static const struct ntable t_sources = { "source_document", "paper_id",
	{ "title", "location", "exempt" }, 1 };

/* A write under way. */
struct sync {
	struct db               *db;
	int                      dry_run;
	struct narrative_counts *c;
};

/* Loads t's rows of parent into rows (initialised to t's width). */
static int
load_rows(struct db *db, const struct ntable *t, long long parent, struct narr_rows *rows)
{
	struct buf sql = {0};
	struct db_stmt *st;
	const char *v[3];
	size_t i;
	int step = -1;

	buf_add(&sql, "SELECT seq, rowid");
	for (i = 0; i < rows->ncols; i++)
		buf_addf(&sql, ", %s", t->cols[i]);
	buf_addf(&sql, " FROM %s WHERE %s = ?1 ORDER BY seq", t->table, t->parent);
	if ((st = db_prepare(db, sql.s)) == NULL || db_bind_int(st, 1, parent) == -1)
		goto out;
	while ((step = db_step(st)) == 1) {
		for (i = 0; i < rows->ncols; i++)
			v[i] = db_column_text(st, (int)i + 2);
		narr_add(rows, v, 0);
		rows->seq[rows->n - 1] = db_column_int(st, 0);
		rows->id[rows->n - 1] = db_column_int(st, 1);
	}
out:
	db_finalize(st);
	buf_free(&sql);
	return step == 0 ? 0 : -1;
}

/* The paper's narrative from the database into n (initialised); *status
 * its status. -1 with the diagnostic emitted, for no such paper too. */
static int
load(struct db *db, const char *dbpath, long paper, struct narrative *n, char **status)
{
	struct db_stmt *st = db_prepare(db, "SELECT title, summary_label, summary, status"
	    " FROM paper WHERE id = ?1");
	char *ctx = xasprintf("paper %ld", paper);
	struct srcpos pos = { dbpath, 0, 0, ctx };
	size_t i;
	int rc = -1, step;

	if (st == NULL || db_bind_int(st, 1, paper) == -1 || (step = db_step(st)) == -1)
		goto out;
	if (step == 0) {
		diag(D_PAPER_UNKNOWN, &pos, NULL);
		goto out;
	}
	n->title = xstrdup(db_column_text(st, 0));
	n->label = xstrdup(db_column_text(st, 1));
	n->summary = xstrdup(db_column_text(st, 2));
	*status = xstrdup(db_column_text(st, 3));
	if (load_rows(db, &t_points, paper, &n->points) == -1 ||
	    load_rows(db, &t_recs, paper, &n->recs) == -1 ||
	    load_rows(db, &t_impls, paper, &n->impls) == -1 ||
	    load_rows(db, &t_sources, paper, &n->sources) == -1)
		goto out;
	if (load_rows(db, &t_sections, paper, &n->sections) == -1)
		goto out;
	/* Each section's paragraphs. */
	n->paras = xcalloc(n->sections.n, sizeof *n->paras);
	for (i = 0; i < n->sections.n; i++)
		n->paras[i].ncols = 2;
	for (i = 0; i < n->sections.n; i++)
		if (load_rows(db, &t_paras, n->sections.id[i], &n->paras[i]) == -1)
			goto out;
	rc = 0;
out:
	db_finalize(st);
	free(ctx);
	return rc;
}

/* Runs sql with the texts v[0..nv) as ?1.. (the last an integer when
 * last_int), then the integers k[0..nk). */
static int
run(struct sync *s, const char *sql, const char *const *v, size_t nv, int last_int,
    const long long *k, size_t nk)
{
	struct db_stmt *st;
	size_t i;
	int rc = -1;

	if (s->dry_run)
		return 0;
	if ((st = db_prepare(s->db, sql)) == NULL)
		return -1;
	for (i = 0; i < nv; i++)
		if ((last_int && i + 1 == nv ? db_bind_int(st, (int)i + 1, strtol(v[i], NULL, 10)) :
		    db_bind_text(st, (int)i + 1, v[i])) == -1)
			goto out;
	for (i = 0; i < nk; i++)
		if (db_bind_int(st, (int)(nv + i) + 1, k[i]) == -1)
			goto out;
	rc = db_step(st) == -1 ? -1 : 0;
out:
	db_finalize(st);
	return rc;
}

/* Makes t's rows of parent, old as loaded, the rows of new: those past
 * its end removed, those that differ (or are numbered otherwise) changed,
 * new ones added, numbered from 1; sets new->id to each row's id. */
static int
sync_rows(struct sync *s, const struct ntable *t, long long parent, const struct narr_rows *old,
    struct narr_rows *new)
{
	struct buf del = {0}, upd = {0}, ins = {0}, vals = {0};
	struct db_stmt *last = NULL;
	size_t i, j, nc = new->ncols;
	int rc = -1, same;

	buf_addf(&del, "DELETE FROM %s WHERE rowid = ?1", t->table);
	buf_addf(&upd, "UPDATE %s SET ", t->table);
	buf_addf(&ins, "INSERT INTO %s (", t->table);
	for (j = 0; j < nc; j++) {
		buf_addf(&upd, "%s = ?%zu, ", t->cols[j], j + 1);
		buf_addf(&ins, "%s, ", t->cols[j]);
		buf_addf(&vals, "?%zu, ", j + 1);
	}
	buf_addf(&upd, "seq = ?%zu WHERE rowid = ?%zu", nc + 1, nc + 2);
	buf_addf(&ins, "seq, %s) VALUES (%s?%zu, ?%zu)", t->parent, vals.s, nc + 1, nc + 2);
	for (i = new->n; i < old->n; i++, s->c->removed++)
		if (run(s, del.s, NULL, 0, 0, &old->id[i], 1) == -1)
			goto out;
	for (i = 0; i < new->n && i < old->n; i++) {
		long long k[2] = { (long long)i + 1, old->id[i] };

		new->id[i] = old->id[i];
		same = old->seq[i] == (long long)i + 1;
		for (j = 0; same && j < nc; j++)
			same = strcmp(old->v[i * nc + j], new->v[i * nc + j]) == 0;
		if (same)
			continue;
		s->c->changed++;
		if (run(s, upd.s, (const char *const *)&new->v[i * nc], nc, t->last_int, k, 2) == -1)
			goto out;
	}
	for (; i < new->n; i++, s->c->added++) {
		long long k[2] = { (long long)i + 1, parent };

		if (run(s, ins.s, (const char *const *)&new->v[i * nc], nc, t->last_int, k, 2) == -1)
			goto out;
		if (s->dry_run)
			continue;
		if (last == NULL && (last = db_prepare(s->db, "SELECT last_insert_rowid()")) == NULL)
			goto out;
		db_reset(last);
		if (db_step(last) != 1)
			goto out;
		new->id[i] = db_column_int(last, 0);
	}
	rc = 0;
out:
	db_finalize(last);
	buf_free(&del);
	buf_free(&upd);
	buf_free(&ins);
	buf_free(&vals);
	return rc;
}

/* Writes new over old, the paper's narrative as loaded. */
static int
sync_all(struct sync *s, long paper, const struct narrative *old, struct narrative *new)
{
	const struct narr_rows none = { 0, 2, NULL, NULL, NULL, NULL, 0 };
	size_t i;

	if (strcmp(old->title, new->title) != 0 || strcmp(old->label, new->label) != 0 ||
	    strcmp(old->summary, new->summary) != 0) {
		const char *v[3] = { new->title, new->label, new->summary };
		long long k = paper;

		s->c->changed++;
		if (run(s, "UPDATE paper SET title = ?1, summary_label = ?2, summary = ?3"
		    " WHERE id = ?4", v, 3, 0, &k, 1) == -1)
			return -1;
	}
	/* A section goes after its paragraphs. */
	for (i = new->sections.n; i < old->sections.n; i++)
		if (sync_rows(s, &t_paras, old->sections.id[i], &old->paras[i],
		    &(struct narr_rows){ 0, 2, NULL, NULL, NULL, NULL, 0 }) == -1)
			return -1;
	if (sync_rows(s, &t_points, paper, &old->points, &new->points) == -1 ||
	    sync_rows(s, &t_recs, paper, &old->recs, &new->recs) == -1 ||
	    sync_rows(s, &t_sections, paper, &old->sections, &new->sections) == -1 ||
	    sync_rows(s, &t_impls, paper, &old->impls, &new->impls) == -1 ||
	    sync_rows(s, &t_sources, paper, &old->sources, &new->sources) == -1)
		return -1;
	for (i = 0; i < new->sections.n; i++)
		if (sync_rows(s, &t_paras, new->sections.id[i],
		    i < old->sections.n ? &old->paras[i] : &none, &new->paras[i]) == -1)
			return -1;
	return 0;
}

/* The text of the Markdown file md, *len its length; NULL with the
 * diagnostic emitted. */
static char *
read_md(const char *md, size_t *len)
{
	struct srcpos pos = { md, 0, 0, NULL };
	char *text = read_file_max(md, NARR_MAX_BYTES, len);

	if (text == NULL && errno == EFBIG)
		diag(D_MD_TOO_BIG, &pos, "over %d bytes", NARR_MAX_BYTES);
	else if (text == NULL)
		diag(D_FILE_UNREADABLE, &pos, "%s", strerror(errno));
	return text;
}

char *
narrative_export(const char *dbpath, long paper)
{
	struct db *db = db_open(dbpath);
	struct narrative n;
	char *status = NULL, *md = NULL;

	narrative_init(&n);
	if (db != NULL && load(db, dbpath, paper, &n, &status) == 0)
		md = narrative_markdown(&n);
	narrative_free(&n);
	free(status);
	db_close(db);
	return md;
}

int
narrative_import(const char *dbpath, long paper, const char *md, int dry_run,
    struct narrative_counts *c)
{
	struct srcpos dbpos = { dbpath, 0, 0, NULL };
	struct narrative old, new;
	struct sync s = { NULL, dry_run, c };
	char *status = NULL, *text = NULL, *ctx = xasprintf("paper %ld", paper);
	size_t len;
	int rc = -1;

	memset(c, 0, sizeof *c);
	narrative_init(&old);
	narrative_init(&new);
	/* Under the write lock from the first read to the last write. */
	if ((s.db = store_open(dbpath)) == NULL)
		goto refused;
	if (load(s.db, dbpath, paper, &old, &status) == -1)
		goto refused;
	if (strcmp(status, "signed_off") == 0) {
		dbpos.ctx = ctx;
		diag(D_MD_SIGNED_OFF, &dbpos, NULL);
		dbpos.ctx = NULL;
		goto refused;
	}
	if ((text = read_md(md, &len)) == NULL)
		goto refused;
	if (narrative_parse(md, text, len, &new) == -1 || sync_all(&s, paper, &old, &new) == -1)
		goto refused;
	failpoint("narrative-written");
	if (!dry_run && c->added + c->changed + c->removed > 0 && db_commit(s.db) == -1)
		goto refused;
	failpoint("narrative-committed");
	rc = 0;
	goto out;
refused:
	diag(D_IMPORT_REFUSED, &dbpos, "%d error%s in %s", diag_errors(),
	    diag_errors() == 1 ? "" : "s", md);
out:
	if (s.db != NULL)
		db_rollback(s.db);
	db_close(s.db);
	narrative_free(&old);
	narrative_free(&new);
	free(status);
	free(text);
	free(ctx);
	return rc;
}
