/* batch.c: papers rendered as a batch through pool.c, and docket batch:
 * the papers due in the window made and rendered, each only when what it
 * is made from has changed (a SHA-256 of its inputs kept in the
 * database), with progress as it goes and a summary at the end. */
#include "batch.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "doc.h"
#include "hash.h"
#include "pool.h"
#include "render.h"
#include "series.h"
#include "util.h"

/* The pool's context: the batch, and the connection of this process. */
struct pooled {
	struct batch_pool *b;
	struct db         *db;
	struct buf         failures;	/* "3, 7" */
};

static int
pooled_run(void *ctx, size_t i, char **payload)
{
	struct pooled *p = ctx;

	if (p->db == NULL && (p->db = db_open(p->b->dbpath)) == NULL)
		return diag_status();
	return p->b->one(p->b->ctx, p->db, i, payload);
}

/* Says why no process could run paper i. */
static void
pooled_lost(const struct pooled *p, const struct pool_result *r)
{
	char ctx[32];
	struct srcpos pos = { p->b->dbpath, 0, 0, ctx };

	snprintf(ctx, sizeof ctx, "paper %ld", p->b->ids[r->index]);
	if (r->lost == POOL_KILLED)
		diag(D_WORKER_KILLED, &pos, "by signal %d (%s)", r->why, strsignal(r->why));
	else if (r->lost == POOL_ENDED)
		diag(D_WORKER_ENDED, &pos, "exit status %d", r->why);
	else
		diag(D_WORKER_START, &pos, "%s", strerror(r->why));
}

static void
pooled_done(void *ctx, const struct pool_result *r)
{
	struct pooled *p = ctx;
	struct batch_pool *b = p->b;

	if (b->bar && r->diags != NULL && r->diags[0] != '\0')
		fputs("\r\033[K", stderr);
	if (r->diags != NULL)
		fputs(r->diags, stderr);
	if (r->lost != POOL_RAN)
		pooled_lost(p, r);
	if (r->status != EX_OK && r->status != BATCH_STOPPED) {
		b->rc = diag_worse(b->rc, r->status);
		buf_addf(&p->failures, "%s%ld", b->failed++ ? ", " : "", b->ids[r->index]);
	}
	b->done(b->ctx, r->index, r->status, r->payload);
}

int
batch_pool_run(struct batch_pool *b, struct db **db, int *status)
{
	struct pooled p = { b, *db, {0} };
	struct pool pool = { 0 };

	b->failed = 0;
	b->rc = EX_OK;
	if (b->jobs > 1 && b->n > 1) {
		db_close(*db);
		p.db = *db = NULL;
	}
	pool.ntasks = b->n;
	pool.jobs = b->n > 1 ? b->jobs : 1;
	pool.ctx = &p;
	pool.run = pooled_run;
	pool.done = pooled_done;
	if (pool_run(&pool, status)) {
		if (p.db != *db)
			db_close(p.db);
		buf_free(&p.failures);
		return 1;
	}
	if (b->failed > 0 && b->n > 1) {
		struct srcpos pos = { b->dbpath, 0, 0, NULL };

		diag(D_BATCH_FAILED, &pos, "%zu of %zu: paper %s", b->failed, b->n, p.failures.s);
	}
	buf_free(&p.failures);
	return 0;
}

/* ---- docket batch ---- */

enum result { R_WAITING, R_RENDERED, R_UNCHANGED, R_FAILED, R_STOPPED, R_NOT_MADE };
static const char *const result_names[] = { "not done", "rendered", "unchanged", "failed",
    "not done", "not made" };

/* A paper of the batch: where the due list has it, what the database
 * says it was last rendered from, and how it went. */
struct task {
	size_t       due;		/* its index in the due list */
	char        *hash;		/* the inputs' SHA-256 last rendered, or NULL */
	char        *file;		/* the file then written, or NULL */
	long         pages;
	int          made;		/* rolled forward by this run */
	enum result  result;
	double       secs;
	char        *newhash;	/* rendered: what to keep */
	char        *newfile;
};

struct job {
	const struct batch_opts *o;
	struct due_list          due;
	struct task             *t;
	size_t                   nt;
	long                    *ids;
	char                    *inputs;	/* the files every paper is made with, hashed */
	volatile sig_atomic_t   *stop;		/* shared with the workers */
	int                      bar;
	struct timespec          start;
	size_t                   ndone;
};

static struct job *interrupted;

static void
on_sigint(int sig)
{
	(void)sig;
	if (interrupted != NULL)
		*interrupted->stop = 1;
}

static double
since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "HASH  NAME\n" for each file of dir ending in suffix, by name. */
static int
hash_dir(struct buf *b, const char *dir, const char *suffix)
{
	struct srcpos pos = { dir, 0, 0, NULL };
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL, hex[HASH_HEX_LEN + 1];
	size_t n = 0, cap = 0, i, sl = strlen(suffix);
	int rc = 0;

	if (d == NULL) {
		diag(D_FILE_UNREADABLE, &pos, "%s", strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);

		if (e->d_name[0] != '.' && l > sl && strcmp(e->d_name + l - sl, suffix) == 0) {
			names = xgrow(names, &cap, n + 1, sizeof *names);
			names[n++] = xasprintf("%s/%s", dir, e->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (i = 0; i < n; i++) {
		pos.file = names[i];
		if (rc == 0 && hash_file(names[i], hex) == -1) {
			diag(D_FILE_UNREADABLE, &pos, "%s", strerror(errno));
			rc = -1;
		} else if (rc == 0)
			buf_addf(b, "%s  %s\n", hex, strrchr(names[i], '/') + 1);
		free(names[i]);
	}
	free(names);
	return rc;
}

/* What every paper is made with besides its data: docket's version, the
 * templates and their fragments, the fonts. */
static char *
inputs_of(const char *datadir)
{
	static const char *const dirs[][2] = { { "templates", ".xml" },
	    { "templates/fragments", ".xml" }, { "fonts", ".ttf" } };
	struct buf b = {0};
	size_t i;

	buf_add(&b, "docket " DOCKET_VERSION "\n");
	for (i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		char *dir = xasprintf("%s/%s", datadir, dirs[i][0]);
		int rc = hash_dir(&b, dir, dirs[i][1]);

		free(dir);
		if (rc == -1) {
			buf_free(&b);
			return NULL;
		}
	}
	return buf_take(&b);
}

/* The pages of a PDF libharu wrote: its page objects, "/Type /Page". */
static long
pdf_page_count(const char *path)
{
	static const char key[] = "/Type /Page";
	size_t len = 0, i, k = sizeof key - 1;
	char *pdf = read_file(path, &len);
	long n = 0;

	for (i = 0; pdf != NULL && i + k < len; i++)
		n += memcmp(pdf + i, key, k) == 0 && pdf[i + k] != 's';
	free(pdf);
	return n;
}

/* Renders paper i in this process or a worker, unless its inputs hash as
 * they did when its file was written. Payload: "R HASH PAGES SECS PATH"
 * or "U SECS", tab-separated. */
static int
run_one(void *ctx, struct db *db, size_t i, char **payload)
{
	struct job *r = ctx;
	const struct task *t = &r->t[i];
	struct timespec t0;
	struct buf in = {0};
	char hex[HASH_HEX_LEN + 1], *name = NULL, *dump = NULL, *path = NULL;
	size_t dlen = 0;
	struct doc *doc;
	FILE *ms;
	int rc;

	if (*r->stop)
		return BATCH_STOPPED;
	if (r->bar && (r->o->jobs == 1 || r->nt == 1))
		fputs("\r\033[K", stderr);	/* this process's messages come now */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((doc = render_build(db, r->ids[i], r->o->datadir, &name)) == NULL)
		return diag_status() ? diag_status() : EX_SOFTWARE;
	if ((ms = open_memstream(&dump, &dlen)) == NULL)
		fatal_oom();
	doc_dump(doc, ms);
	fclose(ms);
	buf_add(&in, r->inputs);
	buf_addn(&in, dump, dlen);
	hash_sha256(in.s, in.len, hex);
	path = xasprintf("%s/%s", r->o->outdir, name);
	if (!r->o->force && t->hash != NULL && strcmp(t->hash, hex) == 0 && t->file != NULL &&
	    strcmp(t->file, path) == 0 && access(path, F_OK) == 0) {
		doc_free(doc);
		*payload = xasprintf("U\t%.3f", since(&t0));
		rc = EX_OK;
	} else if (render_write(doc, r->o->datadir, path, NULL) == 0) {
		failpoint("batch-written");	/* in place, and not yet recorded */
		*payload = xasprintf("R\t%s\t%ld\t%.3f\t%s", hex, pdf_page_count(path), since(&t0),
		    path);
		rc = EX_OK;
	} else
		rc = diag_status() ? diag_status() : EX_SOFTWARE;
	buf_free(&in);
	free(dump);
	free(name);
	free(path);
	return rc;
}

/* The progress bar, or a line, once paper i is done (i = nt: at the start). */
static void
progress(struct job *r, size_t i)
{
	const struct task *t = i < r->nt ? &r->t[i] : NULL;
	const struct due *next = r->ndone < r->nt ? &r->due.v[r->t[r->ndone].due] : NULL;
	double el = since(&r->start);
	size_t k, fill = r->nt ? 20 * r->ndone / r->nt : 20;
	char bar[24];

	if (r->o->quiet)
		return;
	if (!r->bar) {
		if (t != NULL)
			fprintf(stderr, "docket: batch: %zu of %zu: paper %ld: %s (%.2f s)\n", r->ndone,
			    r->nt, r->ids[i], result_names[t->result], t->secs);
		return;
	}
	for (k = 0; k < 20; k++)
		bar[k] = k < fill ? '#' : '-';
	bar[20] = '\0';
	fprintf(stderr, "\r\033[K[%s] %zu/%zu  %02ld:%02ld  ", bar, r->ndone, r->nt,
	    (long)el / 60, (long)el % 60);
	if (next != NULL) {
		size_t n = strlen(next->title);

		/* at most 40 bytes of the title, and never part of a character */
		if (n > 40)
			for (n = 40; n > 0 && ((unsigned char)next->title[n] & 0xC0) == 0x80; n--)
				;
		fprintf(stderr, "paper %ld: %.*s", next->paper, (int)n, next->title);
	}
	else
		fputc('\n', stderr);
	fflush(stderr);
}

static void
run_done(void *ctx, size_t i, int status, const char *payload)
{
	struct job *r = ctx;
	struct task *t = &r->t[i];
	char *end;

	if (status == BATCH_STOPPED)
		t->result = R_STOPPED;
	else if (status != EX_OK || payload == NULL)
		t->result = R_FAILED;
	else if (payload[0] == 'U') {
		t->result = R_UNCHANGED;
		t->secs = strtod(payload + 2, NULL);
	} else {
		t->result = R_RENDERED;
		t->newhash = xstrndup(payload + 2, HASH_HEX_LEN);
		t->pages = strtol(payload + 3 + HASH_HEX_LEN, &end, 10);
		t->secs = strtod(end + 1, &end);
		t->newfile = xstrdup(end + 1);
	}
	if (t->result != R_STOPPED)
		r->ndone++;
	if (r->bar && (r->due.v[t->due].late || t->result == R_FAILED))
		fputs("\r\033[K", stderr);	/* the messages below on lines of their own */
	if (r->due.v[t->due].late) {
		char pctx[32], *dl = date_iso(r->due.v[t->due].deadline);
		struct srcpos pos = { r->o->dbpath, 0, 0, pctx };

		snprintf(pctx, sizeof pctx, "paper %ld", r->ids[i]);
		diag(D_PAPER_LATE, &pos, "published by %s for the meeting on %s; rendered all the same",
		    dl, r->due.v[t->due].date);
		free(dl);
	}
	if (t->result != R_STOPPED)
		progress(r, i);
}

/* The papers missing from series made, in one transaction; those that
 * cannot be made are marked, and their errors said. */
static int
roll_forward(struct job *r, struct db *db)
{
	size_t i;
	int rc = EX_OK;

	if (db_begin(db) == -1)
		return diag_status();
	for (i = 0; i < r->due.n; i++) {
		struct due *d = &r->due.v[i];

		if (d->item == NULL || d->paper != 0)
			continue;
		if (db_exec(db, "SAVEPOINT roll", "a savepoint") == -1)
			goto fail;
		if (series_roll(db, d, r->o->dbpath) == -1) {
			rc = diag_worse(rc, diag_status());
			d->paper = -1;
			if (db_exec(db, "ROLLBACK TO roll", "rolling back") == -1)
				goto fail;
		}
		if (db_exec(db, "RELEASE roll", "a savepoint") == -1)
			goto fail;
		failpoint("roll-made");
	}
	if (db_commit(db) == 0) {
		failpoint("roll-committed");
		return rc;
	}
fail:
	db_rollback(db);
	return diag_status();
}

/* The tasks: every paper due, with what it was last rendered from. */
static int
tasks_of(struct job *r, struct db *db)
{
	struct db_stmt *st = db_prepare(db, "SELECT inputs_sha256, file, pages FROM render_record"
	    " WHERE paper_id = ?1");
	size_t i;

	if (st == NULL)
		return -1;
	r->t = xcalloc(r->due.n + 1, sizeof *r->t);
	r->ids = xcalloc(r->due.n + 1, sizeof *r->ids);
	for (i = 0; i < r->due.n; i++) {
		struct due *d = &r->due.v[i];
		struct task *t = &r->t[r->nt];

		if (d->item == NULL)
			continue;
		if (d->paper < 0)
			continue;	/* not made: said */
		t->due = i;
		t->made = d->previous != 0;
		db_reset(st);
		if (db_bind_int(st, 1, d->paper) == -1)
			break;
		if (db_step(st) == 1) {
			t->hash = xstrdup(db_column_text(st, 0));
			t->file = xstrdup(db_column_text(st, 1));
			t->pages = (long)db_column_int(st, 2);
		}
		r->ids[r->nt++] = d->paper;
	}
	db_finalize(st);
	return i == r->due.n ? 0 : -1;
}

/* Forgets the tasks' render records, committed before any file is
 * written: a record says its file was rendered from those inputs, and a
 * kill between a new file and its new record must not leave the old
 * record standing for it (once the data was as before, the paper would be
 * called unchanged and its file kept). keep_records puts back those of
 * the papers not rendered again. */
static int
forget_records(struct job *r, struct db *db)
{
	struct buf sql = {0};
	size_t i;
	int rc;

	/* One statement: all of them or none. */
	buf_add(&sql, "DELETE FROM render_record WHERE paper_id IN (");
	for (i = 0; i < r->nt; i++)
		buf_addf(&sql, "%s%ld", i ? ", " : "", r->ids[i]);
	buf_addc(&sql, ')');
	rc = db_exec(db, sql.s, "forgetting the render records");
	buf_free(&sql);
	if (rc == 0)
		failpoint("records-forgotten");
	return rc;
}

/* Keeps what each rendered paper was made from, and the record forgotten
 * of one whose file was not touched (unchanged, or not reached). A failed
 * one has none: its worker may have died after its file was written. */
static int
keep_records(struct job *r, struct db *db)
{
	struct db_stmt *st = NULL;
	size_t i;

	if (db_begin(db) == -1 || (st = db_prepare(db, "INSERT OR REPLACE INTO render_record"
	    " (paper_id, inputs_sha256, file, pages) VALUES (?1, ?2, ?3, ?4)")) == NULL)
		goto fail;
	for (i = 0; i < r->nt; i++) {
		const struct task *t = &r->t[i];
		int again = t->result == R_RENDERED;

		if (!again && (t->result == R_FAILED || t->hash == NULL))
			continue;
		db_reset(st);
		if (db_bind_int(st, 1, r->ids[i]) == -1 ||
		    db_bind_text(st, 2, again ? t->newhash : t->hash) == -1 ||
		    db_bind_text(st, 3, again ? t->newfile : t->file) == -1 ||
		    db_bind_int(st, 4, t->pages) == -1 || db_step(st) == -1)
			goto fail;
	}
	db_finalize(st);
	st = NULL;	/* a failed commit must not finalize it again */
	failpoint("batch-recording");
	if (db_commit(db) == 0) {
		failpoint("batch-recorded");
		return 0;
	}
fail:
	db_finalize(st);
	db_rollback(db);
	return -1;
}

static void
summary(const struct job *r)
{
	size_t i, n[6] = {0};

	if (r->o->quiet)
		return;
	printf("%5s  %-10s  %-30.30s  %5s  %-22s  %7s  %s\n", "PAPER", "MEETING", "COMMITTEE",
	    "PAGES", "RESULT", "TIME", "TITLE");
	for (i = 0; i < r->due.n; i++) {
		const struct due *d = &r->due.v[i];
		size_t k;

		if (d->item == NULL) {
			printf("%5s  %-10s  %-30.30s  %5s  %-22s  %7s  %s\n", "-", d->date, d->committee,
			    "", "no papers", "", "");
			continue;
		}
		for (k = 0; k < r->nt && r->t[k].due != i; k++)
			;
		if (k == r->nt) {
			n[R_NOT_MADE]++;
			printf("%5s  %-10s  %-30.30s  %5s  %-22s  %7s  %s\n", "-", d->date,
			    d->committee, "", result_names[R_NOT_MADE], "", d->title);
		} else {
			const struct task *t = &r->t[k];
			char res[40], paper[24], pages[24], secs[24];

			n[t->result]++;
			snprintf(res, sizeof res, "%s%s%s", result_names[t->result],
			    t->made ? ", new" : "", d->late ? ", late" : "");
			snprintf(paper, sizeof paper, d->paper > 0 ? "%ld" : "-", d->paper);
			pages[0] = secs[0] = '\0';
			if (t->pages)
				snprintf(pages, sizeof pages, "%ld", t->pages);
			if (t->result == R_RENDERED || t->result == R_UNCHANGED)
				snprintf(secs, sizeof secs, "%.2f s", t->secs);
			printf("%5s  %-10s  %-30.30s  %5s  %-22s  %7s  %s\n", paper, d->date,
			    d->committee, pages, res, secs, d->title);
		}
	}
	printf("%zu rendered, %zu unchanged, %zu failed, %zu not made, %zu not done\n",
	    n[R_RENDERED], n[R_UNCHANGED], n[R_FAILED], n[R_NOT_MADE], n[R_STOPPED] + n[R_WAITING]);
}

static void
job_free(struct job *r)
{
	size_t i;

	for (i = 0; i < r->nt; i++) {
		free(r->t[i].hash);
		free(r->t[i].file);
		free(r->t[i].newhash);
		free(r->t[i].newfile);
	}
	free(r->t);
	free(r->ids);
	free(r->inputs);
	due_free(&r->due);
	if (r->stop != NULL)
		munmap((void *)r->stop, sizeof *r->stop);
}

int
batch_run(const struct batch_opts *o, int *worker)
{
	struct job r = { .o = o };
	struct batch_pool b = { 0 };
	struct sigaction sa = { .sa_handler = on_sigint }, old;
	struct render_opts ro = { .outdir = o->outdir };
	struct srcpos pos = { o->dbpath, 0, 0, NULL };
	struct db *db;
	int rc = EX_OK, version, status = EX_OK;
	size_t i, left;

	*worker = 0;
	if ((db = db_open_rw(o->dbpath)) == NULL)
		return diag_status();
	if (db_version(db, DB_SCHEMA_VERSION, &version) == -1 || version != DB_SCHEMA_VERSION) {
		if (version < DB_SCHEMA_VERSION)
			diag(D_DB_OLD, &pos, "%d, where this docket reads %d: upgrade it with "
			    "'docket migrate --db %s'", version, DB_SCHEMA_VERSION, o->dbpath);
		db_close(db);
		return diag_status();
	}
	r.stop = mmap(NULL, sizeof *r.stop, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
	    -1, 0);
	if (r.stop == MAP_FAILED) {
		r.stop = NULL;
		fatal_oom();
	}
	*r.stop = 0;
	interrupted = &r;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGINT, &sa, &old);
	clock_gettime(CLOCK_MONOTONIC, &r.start);
	if (due_list(db, o->asof, &r.due) == -1 || (r.inputs = inputs_of(o->datadir)) == NULL ||
	    render_make_outdir(&ro) == -1) {
		rc = diag_status();
		goto out;
	}
	rc = roll_forward(&r, db);
	if (tasks_of(&r, db) == -1 || forget_records(&r, db) == -1) {
		rc = diag_worse(rc, diag_status());
		goto out;
	}
	r.bar = !o->quiet && (o->progress == PROGRESS_ALWAYS ||
	    (o->progress == PROGRESS_AUTO && isatty(STDERR_FILENO)));
	progress(&r, r.nt);
	b.dbpath = o->dbpath;
	b.ids = r.ids;
	b.n = r.nt;
	b.jobs = o->jobs;
	b.one = run_one;
	b.done = run_done;
	b.ctx = &r;
	b.bar = r.bar;
	if (batch_pool_run(&b, &db, &status)) {
		*worker = 1;
		rc = status;
		goto out;
	}
	rc = diag_worse(rc, b.rc);
	if (r.bar && r.ndone < r.nt)
		fputc('\n', stderr);
	if ((db == NULL && (db = db_open_rw(o->dbpath)) == NULL) || keep_records(&r, db) == -1)
		rc = diag_worse(rc, diag_status());
	summary(&r);
	for (i = left = 0; i < r.nt; i++)
		left += r.t[i].result == R_STOPPED;
	if (*r.stop) {
		diag(D_INTERRUPTED, &pos, "%zu of %zu papers not done; those done are kept", left,
		    r.nt);
		rc = 128 + SIGINT;
	}
out:
	sigaction(SIGINT, &old, NULL);
	interrupted = NULL;
	db_close(db);
	job_free(&r);
	return rc;
}
