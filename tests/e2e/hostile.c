/* hostile.c: the running and checking the hostile-input suites share
 * (hostile.h). */
#include "hostile.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *
docket_bin(void)
{
	return getenv("DOCKET_BIN") ? getenv("DOCKET_BIN") : "build/test/docket";
}

int
hostile(struct run *r, ...)
{
	char secs[16];
	const char *before[] = { "timeout", "-k", "5", secs, NULL };
	va_list ap;
	int rc;

	snprintf(secs, sizeof secs, "%d", HOSTILE_SECONDS);
	va_start(ap, r);
	rc = run_docket_va(r, before, ap);
	va_end(ap);
	return rc;
}

int
hostile_sh(struct run *r, const char *fmt, ...)
{
	char *cmd = xasprintf("timeout -k 5 %d %s", HOSTILE_SECONDS, docket_bin());
	struct buf b = {0};
	va_list ap;
	int rc;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	setenv("DOCKET", cmd, 1);
	rc = run_sh(r, "%s", b.s);
	buf_free(&b);
	free(cmd);
	return rc;
}

void
assert_clear(const struct run *r, int status, const char *want)
{
	const char *line, *eol;

	cr_assert_neq(r->status, 124, "timed out after %d s:\n%s", HOSTILE_SECONDS, r->err);
	cr_assert_lt(r->status, 128, "killed by signal %d:\n%s", r->status - 128, r->err);
	if (status >= 0)
		cr_assert_eq(r->status, status, "status %d, not %d:\n%s", r->status, status, r->err);
	else if (status == HOSTILE_FAILS)
		cr_assert_neq(r->status, 0, "no error:\n%s", r->err);
	cr_assert_eq(find(r->err, "Sanitizer"), -1, "%s", r->err);
	cr_assert_eq(find(r->err, "runtime error"), -1, "%s", r->err);
	for (line = r->err; *line != '\0'; line = eol + 1) {
		eol = strchr(line, '\n');
		cr_assert(strncmp(line, "docket: ", 8) == 0 || strncmp(line, "usage: ", 7) == 0 ||
		    line[0] == ' ' || line[0] == '\n' || r->status == 64,
		    "not a message of docket's: %.*s", eol ? (int)(eol - line) : 80, line);
		if (eol == NULL)
			break;
	}
	if (want != NULL)
		cr_assert_geq(find(r->err, want), 0, "stderr lacks '%s':\n%s", want, r->err);
}

const char *
own_datadir(void)
{
	const char *dir = fixture_path("data", 0);
	char *cwd = realpath(".", NULL);
	struct run r;

	cr_assert_eq(run_sh(&r, "mkdir -p '%s' && cp -r templates fonts '%s/' && ln -s '%s/data' '%s/data'",
	    dir, dir, cwd, dir), 0, "%s", r.err);
	run_free(&r);
	free(cwd);
	setenv("DOCKET_DATADIR", dir, 1);
	return dir;
}
