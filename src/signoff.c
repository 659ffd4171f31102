/* signoff.c: signs a paper off into the archive and reopens it. The
 * database's records are the truth: a sign-off is made in one
 * transaction, its PDF first waiting whole in the archive's .pending
 * folder and linked into place once the record is committed, so that a
 * docket killed at any point leaves the sign-off whole (the next docket
 * to take the archive completes it) or not made at all. */
#include "signoff.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "db_write.h"
#include "dev_pdf.h"
#include "diag.h"
#include "hash.h"
#include "render.h"
#include "textbreak.h"
#include "tmpl.h"
#include "util.h"

#define PENDING ".pending"	/* inside the archive: files waiting for their record */

int
signoff_time(const char *text, long long *at)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	struct tm tm = {0}, back;
	char *end;
	time_t t;
	int n;

	if (text == NULL && epoch != NULL && *epoch != '\0') {
		errno = 0;
		*at = strtoll(epoch, &end, 10);
		if (errno == 0 && *end == '\0' && *at >= 0)
			return 0;
		diag(D_SIGNOFF_TIME, NULL, "SOURCE_DATE_EPOCH '%s'", epoch);
		return -1;
	}
	if (text == NULL) {
		*at = (long long)time(NULL);
		return 0;
	}
	n = -1;
	sscanf(text, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	    &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n);
	tm.tm_year -= 1900;
	tm.tm_mon--;
	back = tm;
	/* timegm normalises 2025-02-30 into March: a real time comes back the same. */
	if (n != (int)strlen(text) || strlen(text) != 20 || (t = timegm(&back)) == (time_t)-1 ||
	    t < 0 || back.tm_mday != tm.tm_mday || back.tm_mon != tm.tm_mon ||
	    back.tm_hour != tm.tm_hour || back.tm_min != tm.tm_min || back.tm_sec != tm.tm_sec) {
		diag(D_SIGNOFF_TIME, NULL, "'%s'", text);
		return -1;
	}
	*at = (long long)t;
	return 0;
}

/* at as the database keeps times: "2025-01-28T10:00:00Z". */
static void
utc(long long at, char s[32])
{
	time_t t = (time_t)at;
	struct tm tm;

	strftime(s, 32, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
}

int
signoff_signed_at(struct db *db, long id, long long *when)
{
	return db_first_int(db, "SELECT CAST(strftime('%s', signed_at) AS INTEGER) FROM signoff"
	    " WHERE paper_id = :a AND version = 1 + (SELECT count(*) FROM reopening"
	    " WHERE paper_id = :a)", id, NULL, when);
}

int
signoff_signed_hash(struct db *db, const char *sha256)
{
	long long one;

	return db_first_int(db, "SELECT 1 FROM signoff WHERE sha256 = :b", 0, sha256, &one);
}

/* Makes dir and its missing parents. 0, or -1 with the diagnostic emitted. */
static int
make_dirs(const char *dir)
{
	struct render_opts o = { .outdir = dir, .mode = RENDER_PDF };

	return render_make_outdir(&o);
}

/* fsync of a folder, so that what was linked or renamed in it stays. */
static int
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY), rc;

	if (fd == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Reports an archive file's failure, from errno. Returns -1. */
static int
archive_error(const char *path)
{
	struct srcpos pos = { path, 0, 0, NULL };

	diag(errno == ENOSPC || errno == EIO ? D_ARCHIVE_WRITE : D_OUT_CREATE, &pos, "%s",
	    strerror(errno));
	return -1;
}

/* Makes the archive's folder sub, open to its owner only. 0, or -1 with
 * the diagnostic emitted. */
static int
make_private(const struct archive *a, const char *sub)
{
	char *dir = xasprintf("%s/%s", a->dir, sub);
	int rc = make_dirs(dir);

	if (rc == 0 && chmod(dir, 0700) == -1)
		rc = archive_error(dir);
	free(dir);
	return rc;
}

int
archive_open(struct archive *a, const char *dir, int create)
{
	char *lock = xasprintf("%s/.lock", dir);
	int rc = -1;

	a->dir = xstrdup(dir);
	a->lock = -1;
	if (create && make_dirs(dir) == -1)
		goto out;
	/* An archive docket cannot write is still checked, as it is. */
	if ((a->lock = open(lock, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0644)) == -1 &&
	    create) {
		archive_error(lock);
		goto out;
	}
	while (a->lock != -1 && flock(a->lock, LOCK_EX) == -1)
		if (errno != EINTR) {
			archive_error(lock);
			goto out;
		}
	rc = 0;
out:
	free(lock);
	return rc;
}

void
archive_close(struct archive *a)
{
	if (a->lock != -1)
		close(a->lock);
	free(a->dir);
	a->dir = NULL;
	a->lock = -1;
}

/* The file waiting in .pending for the record of sha256. Caller frees. */
static char *
pending_path(const struct archive *a, const char *sha256)
{
	return xasprintf("%s/" PENDING "/%s.pdf", a->dir, sha256);
}

/* Puts the pending file of sha256 at rel, read-only, never over a file
 * already there, and syncs each folder from its own up to the archive's.
 * 1 put, 0 nothing waits for it, -1 failed with the diagnostic emitted. */
static int
put_in_place(const struct archive *a, const char *rel, const char *sha256)
{
	char *from = pending_path(a, sha256), *to = xasprintf("%s/%s", a->dir, rel), *slash;
	char hex[HASH_HEX_LEN + 1];
	int fd, rc = -1;

	if (hash_file(from, hex) == -1 || strcmp(hex, sha256) != 0) {
		rc = 0;
		goto out;
	}
	/* Read-only before it is seen (an exempt paper's, by its owner only),
	 * and that made to stay. */
	if (chmod(from, archive_restricted(rel) ? 0400 : 0444) == -1 ||
	    (fd = open(from, O_RDONLY)) == -1) {
		archive_error(from);
		goto out;
	}
	if ((rc = fsync(fd)) == -1)
		archive_error(from);
	close(fd);
	slash = strrchr(to, '/');
	*slash = '\0';
	if (rc == -1 || (rc = make_dirs(to)) == -1)
		goto out;
	*slash = '/';
	failpoint("linking");
	if (link(from, to) == -1) {
		diag(errno == EEXIST ? D_ARCHIVE_EXISTS : D_ARCHIVE_WRITE,
		    &(struct srcpos){ to, 0, 0, NULL }, "%s", strerror(errno));
		rc = -1;
		goto out;
	}
	failpoint("linked");
	while ((slash = strrchr(to, '/')) != NULL && (size_t)(slash - to) >= strlen(a->dir)) {
		*slash = '\0';
		if (sync_dir(to) == -1) {
			rc = archive_error(to);
			goto out;
		}
	}
	rc = 1;
out:
	free(from);
	free(to);
	return rc;
}

int
archive_restricted(const char *rel)
{
	return strncmp(rel, SIGNOFF_RESTRICTED "/", sizeof SIGNOFF_RESTRICTED) == 0;
}

char *
archive_sums(const struct archive *a, int restricted)
{
	return xasprintf("%s/%s" SIGNOFF_SUMS, a->dir, restricted ? SIGNOFF_RESTRICTED "/" : "");
}

/* Writes sums as the SHA256SUMS of the archive or of its restricted
 * folder (read-only, renamed into place, the folder synced). 0, or -1
 * with the diagnostic emitted. */
static int
write_sums(const struct archive *a, int restricted, const struct buf *sums)
{
	char *path = archive_sums(a, restricted), *slash = strrchr(path, '/');
	int rc = -1;

	if (write_file_atomic(path, sums->s, sums->len, 1) == -1 ||
	    chmod(path, restricted ? 0400 : 0444) == -1)
		archive_error(path);
	else {
		*slash = '\0';
		if ((rc = sync_dir(path)) == -1)
			archive_error(path);
	}
	free(path);
	return rc;
}

/* Empties .pending: what is in it now is either in place or was never
 * recorded. */
static int
clear_pending(const struct archive *a)
{
	char *dir = xasprintf("%s/" PENDING, a->dir);
	struct dirent *e;
	DIR *d = opendir(dir);
	int rc = 0;

	while (d != NULL && (e = readdir(d)) != NULL) {
		char *f;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		f = xasprintf("%s/%s", dir, e->d_name);
		if (unlink(f) == -1 && errno != ENOENT)
			rc = archive_error(f);
		free(f);
	}
	if (d != NULL) {
		closedir(d);
		if (sync_dir(dir) == -1)
			rc = archive_error(dir);
	}
	free(dir);
	return rc;
}

int
archive_settle(struct archive *a, struct db *db, int say)
{
	struct db_stmt *st = db_prepare(db, "SELECT a.path, s.sha256 FROM archived a"
	    " JOIN signoff s ON s.paper_id = a.paper_id AND s.version = a.version ORDER BY a.path");
	struct buf sums[2] = { {0}, {0} };
	size_t len;
	int step, k, rc = -1, added[2] = { 0, 0 };

	if (a->lock == -1) {	/* an archive docket may not write: checked as it is */
		rc = 0;
		goto out;
	}
	for (k = 0; k < 2; k++) {
		char *path = archive_sums(a, k), *old = read_file(path, &len);

		if (old != NULL)
			buf_addn(&sums[k], old, len);
		else if (errno != ENOENT)
			archive_error(path);
		free(old);
		free(path);
		if (old == NULL && errno != ENOENT)
			goto out;
	}
	while (st != NULL && (step = db_step(st)) == 1) {
		const char *rel = db_column_text(st, 0), *sha = db_column_text(st, 1);
		char *file = xasprintf("%s/%s", a->dir, rel), *wait = pending_path(a, sha), *line;
		int there = access(file, F_OK) == 0, waiting = access(wait, F_OK) == 0;

		free(file);
		free(wait);
		if (!there && waiting) {
			if ((there = put_in_place(a, rel, sha)) == -1)
				goto out;
			if (there && say) {
				struct srcpos pos = { a->dir, 0, 0, NULL };

				diag(D_ARCHIVE_SETTLED, &pos, "%s", rel);
			}
		}
		/* Only a sign-off being completed adds its line: a line taken
		 * out of SHA256SUMS is for docket verify to report. An exempt
		 * paper's is listed in its own folder's, never the public one. */
		k = archive_restricted(rel);
		line = xasprintf("%s  %s\n", sha, rel + (k ? sizeof SIGNOFF_RESTRICTED : 0));
		if (there && waiting && (sums[k].s == NULL || strstr(sums[k].s, line) == NULL)) {
			buf_add(&sums[k], line);
			added[k] = 1;
		}
		free(line);
	}
	if (st == NULL || step == -1)
		goto out;
	for (k = 0; k < 2; k++)
		if (added[k]) {
			failpoint("summing");
			if (write_sums(a, k, &sums[k]) == -1)
				goto out;
			failpoint("summed");
		}
	rc = clear_pending(a);
out:
	db_finalize(st);
	buf_free(&sums[0]);
	buf_free(&sums[1]);
	return rc;
}

/* Adds 'HASH  NAME' for the file at path to b. 0, or -1 with the
 * diagnostic emitted. */
static int
add_hash(struct buf *b, const char *path, const char *name)
{
	char hex[HASH_HEX_LEN + 1];

	if (hash_file(path, hex) == -1) {
		diag(D_FILE_UNREADABLE, &(struct srcpos){ path, 0, 0, NULL }, "%s", strerror(errno));
		return -1;
	}
	buf_addf(b, "%s%s  %s", b->len > 0 ? "\n" : "", hex, name);
	return 0;
}

static int
is_font(const struct dirent *e)
{
	size_t n = strlen(e->d_name);

	return n > 4 && strcmp(e->d_name + n - 4, ".ttf") == 0;
}

int
signoff_deps(const char *datadir, const char *template, struct signoff_deps *d)
{
	/* Absolute, as the template stage names the fragments it includes. */
	char *top = realpath(datadir, NULL), *tdir, *fdir, *real, *path;
	struct buf b = {0};
	struct dirent **fonts = NULL;
	struct tmpl *t = NULL;
	const char *frag;
	int i, n = -1, rc = -1;
	size_t k;

	memset(d, 0, sizeof *d);
	tdir = xasprintf("%s/templates", top ? top : datadir);
	fdir = xasprintf("%s/fonts", top ? top : datadir);
	real = realpath(tdir, NULL);
	path = xasprintf("%s/%s", tdir, template);
	d->docket = xstrdup(DOCKET_VERSION);
	d->libharu = xstrdup(dev_pdf_libharu());
	if (add_hash(&b, path, template) == -1)
		goto out;
	d->template = buf_take(&b);
	if ((t = tmpl_open(tdir, template)) == NULL)
		goto out;
	for (k = 0; (frag = tmpl_fragment(t, k)) != NULL; k++) {
		size_t rn = real ? strlen(real) : 0;
		const char *name = real && strncmp(frag, real, rn) == 0 && frag[rn] == '/' ?
		    frag + rn + 1 : frag;

		if (add_hash(&b, frag, name) == -1)
			goto out;
	}
	d->fragments = buf_take(&b);
	if ((n = scandir(fdir, &fonts, is_font, alphasort)) == -1) {
		diag(D_FONT_UNREADABLE, &(struct srcpos){ fdir, 0, 0, NULL }, "%s", strerror(errno));
		goto out;
	}
	for (i = 0; i < n; i++) {
		char *f = xasprintf("%s/%s", fdir, fonts[i]->d_name);
		int bad = add_hash(&b, f, fonts[i]->d_name);

		free(f);
		if (bad == -1)
			goto out;
	}
	d->fonts = buf_take(&b);
	/* Without its patterns docket hyphenates nothing: that is recorded too. */
	if (access(tb_dictionary(), R_OK) == 0 && add_hash(&b, tb_dictionary(), tb_dictionary()) == -1)
		goto out;
	d->hyphenation = buf_take(&b);
	rc = 0;
out:
	for (i = 0; i < n; i++)
		free(fonts[i]);
	free(fonts);
	tmpl_close(t);
	buf_free(&b);
	free(tdir);
	free(fdir);
	free(real);
	free(path);
	free(top);
	if (rc == -1)
		signoff_deps_free(d);
	return rc;
}

void
signoff_deps_free(struct signoff_deps *d)
{
	free(d->docket);
	free(d->libharu);
	free(d->template);
	free(d->fragments);
	free(d->fonts);
	free(d->hyphenation);
	memset(d, 0, sizeof *d);
}

/* The archive's name for version v of the paper st's row describes (fy,
 * committee, meeting date, agenda item, title, classification):
 * "2024-25/strategy-committee/2024-07-09/7-people-strategy-update.pdf",
 * in the restricted folder for an exempt paper. Caller frees. */
static char *
archive_name(struct db_stmt *st, long long v)
{
	const char *date = db_column_text(st, 2);
	char *committee = safe_name(db_column_text(st, 1), 80), *text, *item;
	long long fy;
	char *name;

	/* Its period's year, else the meeting's: a year starts on 1 April. */
	fy = db_column_null(st, 0) ? strtoll(date, NULL, 10) - (strncmp(date + 5, "04", 2) < 0) :
	    db_column_int(st, 0);
	text = xasprintf("%s %s", db_column_text(st, 3), db_column_text(st, 4));
	item = safe_name(text, 120);
	free(text);
	text = v > 1 ? xasprintf("-v%lld", v) : xstrdup("");
	name = xasprintf("%s%lld-%02lld/%s/%s/%s%s.pdf", strcmp(db_column_text(st, 6), "exempt")
	    == 0 ? SIGNOFF_RESTRICTED "/" : "", fy, (fy + 1) % 100, committee, date, item,
	    text);
	free(committee);
	free(text);
	free(item);
	return name;
}

/* Opens the database at path to write, with the schema this docket
 * reads, in WAL mode (readers go on while a sign-off writes). NULL with
 * the diagnostic emitted. */
static struct db *
open_writer(const char *path)
{
	struct db *db = db_open_rw(path);
	int version;

	if (db == NULL || db_exec(db, "PRAGMA journal_mode = WAL", "WAL mode") == -1 ||
	    db_version(db, DB_SCHEMA_VERSION, &version) == -1)
		goto fail;
	if (version == DB_SCHEMA_VERSION)
		return db;
	diag(D_DB_OLD, &(struct srcpos){ path, 0, 0, NULL }, "%d, where this docket reads %d: "
	    "upgrade it with 'docket migrate --db %s'", version, DB_SCHEMA_VERSION, path);
fail:
	db_close(db);
	return NULL;
}

/* The version paper id is at: 1, and one more for each reopening. */
#define CURRENT_VERSION "SELECT 1 + count(*) FROM reopening WHERE paper_id = :a"

/* Records the sign-off: its row, and the archived file's. -1 with the
 * diagnostic emitted. */
static int
record(struct db *db, long id, long long v, const struct signoff_opts *o, const char *sha,
    size_t len, const struct signoff_deps *d, const char *rel)
{
	struct db_stmt *st = db_prepare(db, "INSERT INTO signoff (paper_id, version, signed_by,"
	    " role, signed_at, sha256, size, docket_version, libharu_version, template_sha256,"
	    " fragments_sha256, fonts_sha256, hyphenation_sha256)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	struct db_stmt *ar = NULL;
	char at[32];
	int rc = -1;

	utc(o->at, at);
	if (st == NULL || db_bind_int(st, 1, id) == -1 || db_bind_int(st, 2, v) == -1 ||
	    db_bind_text(st, 3, o->by) == -1 || db_bind_text(st, 4, o->role) == -1 ||
	    db_bind_text(st, 5, at) == -1 || db_bind_text(st, 6, sha) == -1 ||
	    db_bind_int(st, 7, (long long)len) == -1 || db_bind_text(st, 8, d->docket) == -1 ||
	    db_bind_text(st, 9, d->libharu) == -1 || db_bind_text(st, 10, d->template) == -1 ||
	    db_bind_text(st, 11, d->fragments) == -1 || db_bind_text(st, 12, d->fonts) == -1 ||
	    db_bind_text(st, 13, d->hyphenation) == -1 || db_step(st) == -1)
		goto out;
	if ((ar = db_prepare(db, "INSERT INTO archived (paper_id, version, path) VALUES (?, ?, ?)"))
	    == NULL || db_bind_int(ar, 1, id) == -1 || db_bind_int(ar, 2, v) == -1 ||
	    db_bind_text(ar, 3, rel) == -1 || db_step(ar) == -1)
		goto out;
	rc = 0;
out:
	db_finalize(st);
	db_finalize(ar);
	return rc;
}

int
signoff_paper(const char *dbpath, long id, const struct signoff_opts *o, char **path)
{
	char ctx[32];
	struct srcpos pos = { dbpath, 0, 0, ctx };
	struct dev_pdf_opts po = { 1, o->at };
	struct archive a = { NULL, -1 };
	struct signoff_deps d = {0};
	struct db_stmt *st = NULL;
	struct db *db = NULL;
	struct doc *doc;
	char sha[HASH_HEX_LEN + 1], *data = NULL, *rel = NULL, *file = NULL, *pend = NULL;
	long long v = 0, dummy;
	size_t len;
	int rc = -1, n, committed = 0;

	*path = NULL;
	snprintf(ctx, sizeof ctx, "paper %ld", id);
	if (archive_open(&a, o->archive, 1) == -1 || (db = open_writer(dbpath)) == NULL ||
	    archive_settle(&a, db, 1) == -1 || db_begin(db) == -1 ||
	    db_first_int(db, CURRENT_VERSION, id, NULL, &v) == -1)
		goto out;
	if ((n = db_first_int(db, "SELECT 1 FROM signoff WHERE paper_id = :a AND version = "
	    "(" CURRENT_VERSION ")", id, NULL, &dummy)) != 0) {
		if (n == 1)
			diag(D_SIGNOFF_TWICE, &pos, "version %lld", v);
		goto out;
	}
	/* Signed off first, inside the transaction, so that the paper renders
	 * as the record says it is: without the DRAFT mark. */
	if ((st = db_prepare(db, "UPDATE paper SET status = 'signed_off' WHERE id = ?"
	    " AND status <> 'signed_off'")) == NULL || db_bind_int(st, 1, id) == -1 ||
	    db_step(st) == -1)
		goto out;
	db_finalize(st);
	st = NULL;
	if ((doc = render_build(db, id, o->datadir, NULL)) == NULL ||
	    render_pdf(doc, o->datadir, &po, &data, &len) == -1)
		goto out;
	hash_sha256(data, len, sha);
	if ((st = db_prepare(db, "SELECT p.fy, c.name, g.date, p.agenda_item, p.title, p.template,"
	    " p.classification FROM paper p JOIN meeting g ON g.id = p.meeting_id"
	    " JOIN committee c ON c.id = g.committee_id WHERE p.id = ?")) == NULL ||
	    db_bind_int(st, 1, id) == -1 || db_step(st) != 1 ||
	    signoff_deps(o->datadir, db_column_text(st, 5), &d) == -1)
		goto out;
	rel = archive_name(st, v);
	file = xasprintf("%s/%s", a.dir, rel);
	if (access(file, F_OK) == 0) {
		diag(D_ARCHIVE_EXISTS, &(struct srcpos){ file, 0, 0, NULL }, NULL);
		goto out;
	}
	failpoint("rendered");
	/* Nobody else sees a file before it is signed, nor an exempt paper's. */
	if (make_private(&a, PENDING) == -1 ||
	    (archive_restricted(rel) && make_private(&a, SIGNOFF_RESTRICTED) == -1))
		goto out;
	pend = pending_path(&a, sha);
	if (write_file_atomic(pend, data, len, 1) == -1) {
		archive_error(pend);
		goto out;
	}
	*strrchr(pend, '/') = '\0';
	if (sync_dir(pend) == -1) {
		archive_error(pend);
		goto out;
	}
	failpoint("pending");
	if (record(db, id, v, o, sha, len, &d, rel) == -1)
		goto out;
	failpoint("recorded");
	if (db_commit(db) == -1)
		goto out;
	committed = 1;
	failpoint("committed");
	/* Recorded: from here the file is put in place, now or by the next
	 * docket to take the archive. */
	if (archive_settle(&a, db, 0) == -1)
		goto out;
	*path = file;
	file = NULL;
	printf("paper %ld version %lld signed off by %s: %s\n", id, v, o->by, *path);
	rc = 0;
out:
	if (rc == -1 && !committed && v > 0)
		diag(D_SIGNOFF_REFUSED, &pos, NULL);
	db_finalize(st);
	if (db != NULL)
		db_rollback(db);
	db_close(db);
	archive_close(&a);
	signoff_deps_free(&d);
	free(data);
	free(rel);
	free(file);
	free(pend);
	return rc;
}

int
signoff_reopen(const char *dbpath, long id, const char *reason, long long at, long *version)
{
	char ctx[32], when[32];
	struct srcpos pos = { dbpath, 0, 0, ctx };
	struct db_stmt *st = NULL;
	struct db *db;
	long long signed_at;
	int rc = -1, n;

	snprintf(ctx, sizeof ctx, "paper %ld", id);
	utc(at, when);
	if ((db = open_writer(dbpath)) == NULL || db_begin(db) == -1 ||
	    (n = signoff_signed_at(db, id, &signed_at)) == -1)
		goto out;
	if (n == 0) {
		diag(D_REOPEN_NOT_SIGNED, &pos, NULL);
		goto out;
	}
	/* The reopening first: it is what lets the paper change. */
	if ((st = db_prepare(db, "INSERT INTO reopening (paper_id, version, reason, reopened_at)"
	    " SELECT :a, 2 + count(*), :b, :c FROM reopening WHERE paper_id = :a")) == NULL ||
	    db_bind_int(st, db_param(st, ":a"), id) == -1 ||
	    db_bind_text(st, db_param(st, ":b"), reason) == -1 ||
	    db_bind_text(st, db_param(st, ":c"), when) == -1 || db_step(st) == -1)
		goto out;
	db_finalize(st);
	if ((st = db_prepare(db, "UPDATE paper SET status = 'draft' WHERE id = ?")) == NULL ||
	    db_bind_int(st, 1, id) == -1 || db_step(st) == -1 ||
	    db_first_int(db, CURRENT_VERSION, id, NULL, &signed_at) == -1 || db_commit(db) == -1)
		goto out;
	*version = (long)signed_at;
	rc = 0;
out:
	db_finalize(st);
	if (db != NULL)
		db_rollback(db);
	db_close(db);
	return rc;
}
