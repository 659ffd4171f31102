/* verify.c: docket verify: the archive checked against the database's
 * sign-off records, file by file, and each paper signed off as it now
 * stands rendered again from the database to show that it is, byte for
 * byte, the file archived; when it is not, what it was rendered from that
 * has changed is named. */
#include "signoff.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "hash.h"
#include "render.h"
#include "util.h"

/* What verification has found so far, and where. */
struct check {
	const char *dbpath;
	struct archive *a;
	char *sums[2];		/* SHA256SUMS as read, the archive's and its restricted folder's */
	char **lines;		/* each record's 'HASH  PATH', its path relative to the archive */
	size_t nlines, cap;
	int faults;
};

/* Says a fault of the sign-off ctx names ("paper 3 version 1"). */
static void
fault(struct check *c, enum diag_code code, const char *ctx, const char *detail)
{
	struct srcpos pos = { c->dbpath, 0, 0, ctx };

	diag(code, &pos, "%s", detail);
	c->faults++;
}

/* Names each line of was ('HASH  NAME', what a sign-off recorded) that
 * now differs from is, and each line is has that was lacks. */
static void
changed_lines(struct check *c, const char *ctx, const char *what, const char *was,
    const char *is)
{
	const char *p;
	int round;

	for (round = 0; round < 2; round++) {
		const char *from = round ? is : was, *other = round ? was : is;

		for (p = from; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
			size_t n = strcspn(p, "\n");
			char *line = xstrndup(p, n), *name = strstr(line, "  ");
			char *detail;
			const char *at = strstr(other, line);

			if (n == 0 || (at != NULL && (at[n] == '\n' || at[n] == '\0'))) {
				free(line);
				continue;
			}
			name = name ? name + 2 : line;
			/* The same name in the other list is the same file, changed. */
			at = strstr(other, name);
			while (at != NULL && (at - other < HASH_HEX_LEN + 2 || at[-1] != ' ' ||
			    (at[strlen(name)] != '\n' && at[strlen(name)] != '\0')))
				at = strstr(at + 1, name);
			if (round == 0 && at != NULL)
				detail = xasprintf("%s %s: SHA-256 %.12s... when signed, %.12s... now",
				    what, name, line, at - HASH_HEX_LEN - 2);
			else if (round == 0)
				detail = xasprintf("%s %s: gone since it was signed off", what, name);
			else if (at == NULL)
				detail = xasprintf("%s %s: new since it was signed off", what, name);
			else
				detail = NULL;	/* said in the first round */
			if (detail != NULL)
				fault(c, D_VERIFY_CHANGED, ctx, detail);
			free(detail);
			free(line);
		}
	}
}

/* Names a program whose version was, when signed, and is now differ. */
static void
versions(struct check *c, const char *ctx, const char *what, const char *was, const char *is)
{
	char *detail;

	if (strcmp(was, is) == 0)
		return;
	detail = xasprintf("%s %s when signed, %s now", what, was, is);
	fault(c, D_VERIFY_CHANGED, ctx, detail);
	free(detail);
}

/* Why paper id's render is not its archived file, from what its record
 * says it was rendered from (st's columns 4 to 9) and what it is now. */
static void
why_different(struct check *c, struct db_stmt *st, const char *datadir, const char *ctx)
{
	struct signoff_deps d;
	int before = c->faults;

	if (signoff_deps(datadir, db_column_text(st, 11), &d) == -1) {
		c->faults++;
		return;
	}
	versions(c, ctx, "docket", db_column_text(st, 4), d.docket);
	versions(c, ctx, "libharu", db_column_text(st, 5), d.libharu);
	changed_lines(c, ctx, "template", db_column_text(st, 6), d.template);
	changed_lines(c, ctx, "fragment", db_column_text(st, 7), d.fragments);
	changed_lines(c, ctx, "font", db_column_text(st, 8), d.fonts);
	changed_lines(c, ctx, "hyphenation patterns", db_column_text(st, 9), d.hyphenation);
	if (c->faults == before)
		fault(c, D_VERIFY_CHANGED, ctx, "none of its files: the data it was rendered "
		    "from has changed");
	signoff_deps_free(&d);
}

/* Renders paper id again as it was signed off; its SHA-256 into hex.
 * 0, or -1 with the diagnostic emitted. */
static int
render_again(struct db *db, long id, const char *datadir, char hex[HASH_HEX_LEN + 1])
{
	struct dev_pdf_opts po;
	struct doc *doc;
	char *data = NULL;
	size_t len;
	int rc = -1;

	if (render_signed_opts(db, id, &po) == 0 &&
	    (doc = render_build(db, id, datadir, NULL)) != NULL &&
	    render_pdf(doc, datadir, &po, &data, &len) == 0) {
		hash_sha256(data, len, hex);
		rc = 0;
	}
	free(data);
	return rc;
}

/* Whether text has line (without its newline) as one of its lines. */
static int
has_line(const char *text, const char *line)
{
	size_t n = strlen(line);
	const char *at;

	for (at = text; at != NULL && (at = strstr(at, line)) != NULL; at++)
		if ((at == text || at[-1] == '\n') && (at[n] == '\n' || at[n] == '\0'))
			return 1;
	return 0;
}

/* Checks the sign-off of st's row: its file, its SHA256SUMS line and,
 * when it is the paper's current version, a render again. */
static void
check_one(struct check *c, struct db *db, struct db_stmt *st, const char *datadir)
{
	long id = (long)db_column_int(st, 0);
	long long v = db_column_int(st, 1);
	const char *sha = db_column_text(st, 2), *rel = db_column_text(st, 3);
	const char *how = "not rendered again: a later version supersedes it";
	char ctx[48], hex[HASH_HEX_LEN + 1], *file = xasprintf("%s/%s", c->a->dir, rel);
	char *line = xasprintf("%s  %s", sha, rel), *listed;
	int before = c->faults, k = archive_restricted(rel);

	snprintf(ctx, sizeof ctx, "paper %ld version %lld", id, v);
	c->lines = xgrow(c->lines, &c->cap, c->nlines + 1, sizeof *c->lines);
	c->lines[c->nlines++] = line;
	if (hash_file(file, hex) == -1)
		fault(c, errno == ENOENT ? D_VERIFY_MISSING : D_FILE_UNREADABLE, ctx, file);
	else if (strcmp(hex, sha) != 0)
		fault(c, D_VERIFY_ALTERED, ctx, file);
	/* An exempt paper's line is in its own folder's list, relative to it. */
	listed = xasprintf("%s  %s", sha, rel + (k ? sizeof SIGNOFF_RESTRICTED : 0));
	if (c->sums[k] == NULL || !has_line(c->sums[k], listed))
		fault(c, D_VERIFY_SUMS, ctx, rel);
	free(listed);
	if (db_column_int(st, 10)) {
		how = "rendered again byte for byte";
		if (render_again(db, id, datadir, hex) == -1)
			c->faults++;
		else if (strcmp(hex, sha) != 0) {
			fault(c, D_VERIFY_RENDER, ctx, rel);
			why_different(c, st, datadir, ctx);
		}
	}
	printf("%s: %s: %s (%s)\n", ctx, c->faults == before ? "ok" : "FAILED", rel,
	    c->faults == before ? how : "see the messages");
	free(file);
}

/* Whether a record's line ends in "  rel". */
static int
recorded(const struct check *c, const char *rel)
{
	size_t i, n = strlen(rel);

	for (i = 0; i < c->nlines; i++) {
		size_t len = strlen(c->lines[i]);

		if (len > n + 2 && strcmp(c->lines[i] + len - n, rel) == 0 &&
		    c->lines[i][len - n - 1] == ' ')
			return 1;
	}
	return 0;
}

/* Reports each file under the archive's folder rel ("" the top) that no
 * record has; docket's own (.lock, .pending, SHA256SUMS) aside. */
static void
unexpected_files(struct check *c, const char *rel)
{
	char *dir = xasprintf("%s%s%s", c->a->dir, *rel ? "/" : "", rel);
	struct dirent *e;
	DIR *d = opendir(dir);

	while (d != NULL && (e = readdir(d)) != NULL) {
		char *sub, *path;
		struct stat sb;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    (*rel == '\0' && (strcmp(e->d_name, ".lock") == 0 ||
		    strcmp(e->d_name, ".pending") == 0)) || ((*rel == '\0' ||
		    strcmp(rel, SIGNOFF_RESTRICTED) == 0) && strcmp(e->d_name, SIGNOFF_SUMS) == 0))
			continue;
		sub = *rel ? xasprintf("%s/%s", rel, e->d_name) : xstrdup(e->d_name);
		path = xasprintf("%s/%s", dir, e->d_name);
		if (lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
			unexpected_files(c, sub);
		else if (!recorded(c, sub))
			fault(c, D_VERIFY_UNEXPECTED, NULL, path);
		free(sub);
		free(path);
	}
	if (d != NULL)
		closedir(d);
	free(dir);
}

/* Reports each line of the archive's SHA256SUMS (restricted: its
 * restricted folder's) that is no record's. */
static void
unexpected_lines(struct check *c, int restricted)
{
	const char *p;
	size_t i;

	for (p = c->sums[restricted]; p != NULL && *p != '\0';
	    p += strcspn(p, "\n"), p += *p == '\n') {
		size_t n = strcspn(p, "\n");
		char *line = n > HASH_HEX_LEN + 2 && restricted ? xasprintf("%.*s" SIGNOFF_RESTRICTED
		    "/%.*s", HASH_HEX_LEN + 2, p, (int)(n - HASH_HEX_LEN - 2), p + HASH_HEX_LEN + 2) :
		    xstrndup(p, n);

		for (i = 0; i < c->nlines && strcmp(c->lines[i], line) != 0; i++)
			;
		if (i == c->nlines) {
			char *detail = xasprintf("%s: %.*s", restricted ? SIGNOFF_RESTRICTED "/"
			    SIGNOFF_SUMS : SIGNOFF_SUMS, (int)n, p);

			fault(c, D_VERIFY_UNEXPECTED, NULL, detail);
			free(detail);
		}
		free(line);
	}
}

int
signoff_verify(const char *dbpath, long id, const char *datadir, const char *archive)
{
	struct archive a = { NULL, -1 };
	struct check c = { .dbpath = dbpath, .a = &a };
	struct db_stmt *st = NULL;
	struct db *db = NULL;
	size_t i;
	int k, step = -1;

	if (archive_open(&a, archive, 0) == -1 || (db = db_open(dbpath)) == NULL ||
	    archive_settle(&a, db, 1) == -1)
		goto out;
	for (k = 0; k < 2; k++) {
		char *sums = archive_sums(&a, k);

		c.sums[k] = read_file(sums, &i);
		free(sums);
	}
	st = db_prepare(db, "SELECT s.paper_id, s.version, s.sha256, a.path, s.docket_version,"
	    " s.libharu_version, s.template_sha256, s.fragments_sha256, s.fonts_sha256,"
	    " s.hyphenation_sha256,"
	    " s.version = 1 + (SELECT count(*) FROM reopening r WHERE r.paper_id = s.paper_id),"
	    " p.template FROM signoff s"
	    " JOIN archived a ON a.paper_id = s.paper_id AND a.version = s.version"
	    " JOIN paper p ON p.id = s.paper_id WHERE :a IN (0, s.paper_id)"
	    " ORDER BY s.paper_id, s.version");
	if (st == NULL || db_bind_int(st, 1, id) == -1)
		goto out;
	while ((step = db_step(st)) == 1)
		check_one(&c, db, st, datadir);
	/* What is there that no record has: only when every paper is checked. */
	if (step == 0 && id == 0) {
		unexpected_files(&c, "");
		unexpected_lines(&c, 0);
		unexpected_lines(&c, 1);
	}
out:
	db_finalize(st);
	db_close(db);
	archive_close(&a);
	for (i = 0; i < c.nlines; i++)
		free(c.lines[i]);
	free(c.lines);
	free(c.sums[0]);
	free(c.sums[1]);
	return step == 0 && c.faults == 0 ? 0 : -1;
}
