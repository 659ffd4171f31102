/* helpers.c: running commands and reading their output, and tracing
 * layout, for the tests. */
#include "helpers.h"

#include <criterion/criterion.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dev_trace.h"
#include "diag.h"
#include "layout.h"
#include "util.h"

static char *
slurp_fd(int fd)
{
	struct buf b = {0};
	char chunk[8192];
	ssize_t n;

	lseek(fd, 0, SEEK_SET);
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		buf_addn(&b, chunk, (size_t)n);
	close(fd);
	return buf_take(&b);
}

static int
tmpfile_fd(void)
{
	char path[] = "/tmp/docket-test-XXXXXX";
	int fd = mkstemp(path);

	if (fd >= 0)
		unlink(path);
	return fd;
}

int
run_argv(struct run *r, uid_t uid, char *const argv[])
{
	int out = tmpfile_fd(), err = tmpfile_fd(), st;
	pid_t pid;

	memset(r, 0, sizeof *r);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		int devnull = open("/dev/null", O_RDONLY);

		dup2(devnull, 0);
		dup2(out, 1);
		dup2(err, 2);
		if (uid != (uid_t)-1 && (setgid(uid) == -1 || setuid(uid) == -1))
			_exit(125);
		execvp(argv[0], argv);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	r->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	r->out = slurp_fd(out);
	r->err = slurp_fd(err);
	return r->status;
}

int
run_docket_va(struct run *r, const char *const *before, va_list ap)
{
	char *argv[40];
	const char *bin = getenv("DOCKET_BIN");
	int n = 0;

	while (before != NULL && before[n] != NULL)
		argv[n] = (char *)before[n], n++;
	argv[n++] = (char *)(bin ? bin : "build/test/docket");
	while (n < 39 && (argv[n] = va_arg(ap, char *)) != NULL)
		n++;
	argv[n] = NULL;
	return run_argv(r, (uid_t)-1, argv);
}

int
run_docket(struct run *r, ...)
{
	va_list ap;
	int rc;

	va_start(ap, r);
	rc = run_docket_va(r, NULL, ap);
	va_end(ap);
	return rc;
}

int
run_sh(struct run *r, const char *fmt, ...)
{
	char *argv[4], *cmd;
	struct buf b = {0};
	va_list ap;
	int rc;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	cmd = buf_take(&b);
	argv[0] = (char *)"sh";
	argv[1] = (char *)"-c";
	argv[2] = cmd;
	argv[3] = NULL;
	rc = run_argv(r, (uid_t)-1, argv);
	free(cmd);
	return rc;
}

void
sql_on(const char *db, const char *statement)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' \"%s\"", db, statement), 0, "sqlite3: %s", r.err);
	run_free(&r);
}

void
put_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	cr_assert_not_null(f, "cannot write %s", path);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
}

void
assert_same_file(const char *was, const char *now)
{
	struct run r;

	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", was, now), 0, "%s changed: %s", now, r.out);
	run_free(&r);
}

void
run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	memset(r, 0, sizeof *r);
}

char *
tmpdir_new(void)
{
	char *path = xstrdup("/tmp/docket-test-XXXXXX");

	if (mkdtemp(path) == NULL) {
		free(path);
		return NULL;
	}
	return path;
}

void
rm_rf(const char *path)
{
	struct run r;

	if (path != NULL && strncmp(path, "/tmp/docket-test-", 17) == 0) {
		run_sh(&r, "chmod -R u+w '%s' 2>/dev/null; rm -rf '%s'", path, path);
		run_free(&r);
	}
}

/* DIR/demo.db, created with docket init --demo. Caller frees. */
static char *
demo_db(const char *dir)
{
	char *db = xasprintf("%s/demo.db", dir);
	struct run r;

	if (run_docket(&r, "init", "--db", db, "--demo", NULL) != 0) {
		fprintf(stderr, "demo_db: %s", r.err);
		free(db);
		db = NULL;
	}
	run_free(&r);
	return db;
}

struct fixture e2e;

void
fixture_setup(void)
{
	memset(&e2e, 0, sizeof e2e);
	e2e.dir = tmpdir_new();
	cr_assert_not_null(e2e.dir);
	e2e.db = demo_db(e2e.dir);
	cr_assert_not_null(e2e.db);
}

void
fixture_teardown(void)
{
	size_t i;

	rm_rf(e2e.dir);
	free(e2e.dir);
	free(e2e.db);
	for (i = 0; i < e2e.npaths; i++)
		free(e2e.paths[i]);
	memset(&e2e, 0, sizeof e2e);
}

const char *
fixture_path(const char *name, int mkdir)
{
	char *path = xasprintf("%s/%s", e2e.dir, name);
	struct run r;

	cr_assert_lt(e2e.npaths, sizeof e2e.paths / sizeof e2e.paths[0], "too many fixture paths");
	e2e.paths[e2e.npaths++] = path;
	if (mkdir) {
		cr_assert_eq(run_sh(&r, "mkdir -p '%s'", path), 0, "%s", r.err);
		run_free(&r);
	}
	return path;
}

char *
pdf_text(const char *pdf)
{
	char *argv[] = { (char *)"pdftotext", (char *)pdf, (char *)"-", NULL };
	struct run r;
	char *text;

	if (run_argv(&r, (uid_t)-1, argv) != 0) {
		run_free(&r);
		return NULL;
	}
	text = r.out;
	free(r.err);
	return text;
}

int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

long
find(const char *hay, const char *needle)
{
	const char *p = hay ? strstr(hay, needle) : NULL;

	return p ? (long)(p - hay) : -1;
}

int
count_in(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

char *
trace_layout(const struct doc *doc, int *pages)
{
	char *text = NULL;
	size_t len;
	struct trace tr = { .out = open_memstream(&text, &len) };
	struct dev dev = dev_trace(&tr);

	*pages = layout_run(doc, &dev);
	fclose(tr.out);
	trace_free(&tr);
	return text;
}

char *
find_file(const char *dir, const char *suffix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *found = NULL;
	size_t ls = strlen(suffix);

	if (d == NULL)
		return NULL;
	while (found == NULL && (e = readdir(d)) != NULL) {
		size_t ln = strlen(e->d_name);

		if (ln >= ls && strcmp(e->d_name + ln - ls, suffix) == 0)
			found = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(d);
	return found;
}

/* Copies the text of a word, its entities (&amp; &lt; &gt; &quot; &apos;)
 * decoded, up to the end of the element or the size of to. */
static void
word_text(char *to, size_t size, const char *from)
{
	static const char *const ent[][2] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
		{ "&apos;", "'" },
	};
	size_t n = 0, i;

	while (*from != '\0' && *from != '<' && n + 1 < size) {
		for (i = 0; i < 5 && strncmp(from, ent[i][0], strlen(ent[i][0])) != 0; i++)
			continue;
		if (i < 5) {
			to[n++] = *ent[i][1];
			from += strlen(ent[i][0]);
		} else
			to[n++] = *from++;
	}
	to[n] = '\0';
}

struct page *
bbox_pages(const char *bbox, size_t *n)
{
	struct page *p = NULL;
	size_t cap = 0, wcap = 0;
	const char *s = bbox, *end;

	*n = 0;
	while (s != NULL && (s = strstr(s, "<page ")) != NULL) {
		struct page pg = {0};

		if ((end = strstr(s, "</page>")) == NULL)
			end = s + strlen(s);
		sscanf(s, "<page width=\"%lf\" height=\"%lf\"", &pg.width, &pg.height);
		wcap = 0;
		while ((s = strstr(s, "<word ")) != NULL && s < end) {
			struct word w;
			int at = 0;

			if (sscanf(s,
			    "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\">%n",
			    &w.x0, &w.y0, &w.x1, &w.y1, &at) == 4 && at > 0) {
				word_text(w.text, sizeof w.text, s + at);
				pg.w = xgrow(pg.w, &wcap, pg.n + 1, sizeof *pg.w);
				pg.w[pg.n++] = w;
			}
			s++;
		}
		p = xgrow(p, &cap, *n + 1, sizeof *p);
		p[(*n)++] = pg;
		s = end;
	}
	return p;
}

void
pages_free(struct page *p, size_t n)
{
	size_t i;

	for (i = 0; p != NULL && i < n; i++)
		free(p[i].w);
	free(p);
}

struct page *
pdf_bbox(const char *pdf, int first, int last, size_t *n)
{
	struct run r;
	struct page *p;

	run_sh(&r, "pdftotext -bbox -f %d -l %d '%s' - 2>/dev/null", first, last, pdf);
	p = bbox_pages(r.out, n);
	run_free(&r);
	return p;
}

struct word *
pdf_words(const char *pdf, int page, size_t *n)
{
	size_t np;
	struct page *p = pdf_bbox(pdf, page, page, &np);
	struct word *w = NULL;

	*n = 0;
	if (np > 0) {
		w = p[0].w;
		*n = p[0].n;
		p[0].w = NULL;
	}
	pages_free(p, np);
	return w;
}

int
draft_marks(const char *pdf)
{
	struct run r;
	int n = -1;

	/* pdftotext ends each page with a form feed */
	if (run_sh(&r, "pdftotext -raw '%s' -", pdf) == 0)
		n = (strncmp(r.out, "D\nR\nA\nF\nT\n", 10) == 0) +
		    count_in(r.out, "\fD\nR\nA\nF\nT\n");
	run_free(&r);
	return n;
}

const struct word *
word_at(const struct word *w, size_t n, const char *text, double y)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(w[i].text, text) == 0 && w[i].y0 >= y)
			return &w[i];
	return NULL;
}

int
pdf_pages(const char *pdf)
{
	struct run r;
	long at;
	int n = -1;

	if (run_sh(&r, "pdfinfo '%s'", pdf) == 0 && (at = find(r.out, "Pages:")) >= 0)
		n = atoi(r.out + at + 6);
	run_free(&r);
	return n;
}

int
header_repeats(const char *pdf, const char *start, const char *const head[], size_t nhead,
    char *why, size_t whylen)
{
	int pages = pdf_pages(pdf), p, first = 0, continued = 0;

	for (p = 1; p <= pages; p++) {
		size_t nw, i, k;
		struct word *w = pdf_words(pdf, p, &nw);
		const struct word *cont = word_at(w, nw, "(continued)", 0), *h0;
		int ok = 1;

		if (first == 0) {
			/* the heading, e.g. "Appendix 1:", as consecutive words */
			for (k = 0; k < nw && first == 0; k++) {
				const char *rest = start;

				for (i = k; i < nw && strncmp(rest, w[i].text, strlen(w[i].text)) == 0; i++) {
					rest += strlen(w[i].text);
					if (*rest == '\0') {
						first = p;
						break;
					}
					if (*rest++ != ' ')
						break;
				}
			}
			free(w);
			continue;
		}
		h0 = cont ? word_at(w, nw, head[0], cont->y1) : NULL;
		if (cont == NULL || h0 == NULL) {
			snprintf(why, whylen, "page %d: no '(continued)' caption with '%s' under it", p,
			    head[0]);
			ok = 0;
		}
		for (i = 1; ok && i < nhead; i++) {
			const struct word *h = word_at(w, nw, head[i], h0->y0 - 1);

			if (h == NULL || h->y0 - h0->y0 > 1) {
				snprintf(why, whylen, "page %d: '%s' not in the header row", p, head[i]);
				ok = 0;
			}
		}
		for (k = 0; ok && k < nw; k++)
			if (w[k].y0 < h0->y0 - 1 && w[k].y1 > cont->y1 + 1 && w[k].y1 >= 62) {
				snprintf(why, whylen, "page %d: '%s' above the header row", p, w[k].text);
				ok = 0;
			}
		free(w);
		if (!ok)
			return -1;
		continued++;
	}
	return continued;
}

int
golden_check(const char *actual, const char *path, char *why, size_t whylen)
{
	const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char *want, *saved;
	size_t len, line = 1, i;
	struct run r;

	if (getenv("UPDATE_GOLDEN") != NULL && strcmp(getenv("UPDATE_GOLDEN"), "1") == 0)
		return write_file_atomic(path, actual, strlen(actual), 1);
	if ((want = read_file(path, &len)) == NULL) {
		snprintf(why, whylen, "%s: missing (make golden-update writes it)", path);
		return -1;
	}
	if (len == strlen(actual) && memcmp(want, actual, len) == 0) {
		free(want);
		return 0;
	}
	for (i = 0; i < len && actual[i] == want[i]; i++)
		line += want[i] == '\n';
	run_sh(&r, "mkdir -p build/golden");
	run_free(&r);
	saved = xasprintf("build/golden/%s", name);
	write_file_atomic(saved, actual, strlen(actual), 1);
	snprintf(why, whylen, "%s differs from line %zu on: diff -u %s %s", path, line, path, saved);
	free(saved);
	free(want);
	return -1;
}

/* The elements text may be drawn in directly: the others hold elements. */
static int
holds_text(const char *role)
{
	static const char *const leaves[] = { "H", "P", "Lbl", "LBody", "Caption", "TH", "TD",
	    "Figure", "Link", "Artifact" };
	size_t i, n = strcspn(role, "0123456789");

	for (i = 0; i < sizeof leaves / sizeof *leaves; i++)
		if (strlen(leaves[i]) == n && strncmp(role, leaves[i], n) == 0)
			return 1;
	return 0;
}

/* Whether the trace line [l, e) draws the DRAFT mark or "Page x of y". */
static int
is_furniture(const char *l, const char *e)
{
	const char *q = memchr(l, '"', (size_t)(e - l));
	int x, y;
	char close;

	if (q == NULL)
		return 0;
	if (strncmp(l, "rotated ", 8) == 0)
		return strncmp(q, "\"DRAFT\"", 7) == 0;
	return strncmp(l, "text ", 5) == 0 &&
	    sscanf(q, "\"Page %d of %d%c", &x, &y, &close) == 3 && close == '"';
}

int
trace_structure_check(const char *trace, char *why, size_t whylen)
{
	char stack[64][16];
	size_t depth = 0, lineno = 0;
	const char *l, *e;
	int rc = -1;

	for (l = trace; *l != '\0'; l = *e ? e + 1 : e) {
		char role[16] = "", word[16] = "";
		int artifact = 0, pagination;

		e = l + strcspn(l, "\n");
		lineno++;
		for (size_t i = 0; i < depth; i++)
			artifact |= strcmp(stack[i], "Artifact") == 0;
		pagination = is_furniture(l, e);
		if (sscanf(l, "begin %15s", role) == 1) {
			if (depth == sizeof stack / sizeof *stack) {
				snprintf(why, whylen, "line %zu: nested too deep", lineno);
				goto out;
			}
			strcpy(stack[depth++], role);
		} else if (sscanf(l, "end %15s", role) == 1) {
			size_t n = strcspn(role, "0123456789");

			if (depth == 0 || strncmp(stack[depth - 1], role, n) != 0 ||
			    strcspn(stack[depth - 1], "0123456789") != n) {
				snprintf(why, whylen, "line %zu: end %s, but %s is open", lineno, role,
				    depth ? stack[depth - 1] : "nothing");
				goto out;
			}
			depth--;
		} else if (sscanf(l, "%15s", word) == 1 &&
		    (strcmp(word, "text") == 0 || strcmp(word, "rotated") == 0)) {
			if (pagination && !artifact) {
				snprintf(why, whylen, "line %zu: page furniture in the structure: %.*s",
				    lineno, (int)(e - l), l);
				goto out;
			}
			if (depth == 0 || !holds_text(stack[depth - 1])) {
				snprintf(why, whylen, "line %zu: text in %s: %.*s", lineno,
				    depth ? stack[depth - 1] : "no element", (int)(e - l), l);
				goto out;
			}
		}
	}
	if (depth != 0) {
		snprintf(why, whylen, "%s still open at the end", stack[depth - 1]);
		goto out;
	}
	rc = 0;
out:
	return rc;
}

static char  *said_text;
static size_t said_len;
static FILE  *said_stream;

void
said_start(void)
{
	said_stream = open_memstream(&said_text, &said_len);
	diag_set_stream(said_stream);
	diag_reset();
}

const char *
said(void)
{
	fflush(said_stream);
	return said_text;
}

void
said_stop(void)
{
	diag_set_stream(NULL);
	fclose(said_stream);
	free(said_text);
	said_text = NULL;
}

void
demo_kent_only(const char *db)
{
	sql_on(db, "UPDATE paper SET plan_id = 1 WHERE plan_id IS NOT NULL;"
	    " UPDATE paper SET strategy_id = 1 WHERE strategy_id IS NOT NULL;"
	    " DELETE FROM milestone WHERE priority_id IN (SELECT id FROM priority WHERE plan_id <> 1);"
	    " DELETE FROM action WHERE priority_id IN (SELECT id FROM priority WHERE plan_id <> 1);"
	    " DELETE FROM priority WHERE plan_id <> 1; DELETE FROM risk WHERE plan_id <> 1;"
	    " DELETE FROM plan WHERE id <> 1;"
	    " DELETE FROM measure_value WHERE measure_id IN (SELECT m.id FROM measure m"
	    " JOIN theme t ON t.id = m.theme_id WHERE t.strategy_id <> 1);"
	    " DELETE FROM measure WHERE theme_id IN (SELECT id FROM theme WHERE strategy_id <> 1);"
	    " DELETE FROM theme WHERE strategy_id <> 1; DELETE FROM strategy WHERE id <> 1");
}

int
paper_count(const char *db)
{
	struct run r;
	int n;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' 'SELECT count(*) FROM paper'", db), 0, "%s", r.err);
	n = atoi(r.out);
	run_free(&r);
	return n;
}
