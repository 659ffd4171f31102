/* cli.c: what every command of the command line shares: where the data
 * folder is, how a usage error is said, how an id is read. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

static char *
exe_dir(void)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	char *slash;

	if (n <= 0)
		return xstrdup(".");
	path[n] = '\0';
	if ((slash = strrchr(path, '/')) != NULL)
		*slash = '\0';
	return xstrdup(path);
}

static int
is_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* DOCKET_DATADIR, else an installed PREFIX/share/docket beside the
 * program, else the source tree the program was built in. Caller frees. */
char *
cli_datadir(void)
{
	static const char *const rel[] = { "../share/docket", "..", "../.." };
	const char *env = getenv("DOCKET_DATADIR");
	char *exe, *cand, *probe;
	size_t i;

	if (env != NULL && *env != '\0')
		return xstrdup(env);
	exe = exe_dir();
	for (i = 0; i < sizeof rel / sizeof rel[0]; i++) {
		cand = xasprintf("%s/%s", exe, rel[i]);
		probe = xasprintf("%s/templates", cand);
		if (is_dir(probe)) {
			char *real = realpath(cand, NULL);

			free(probe);
			free(exe);
			if (real != NULL) {
				free(cand);
				return real;
			}
			return cand;
		}
		free(probe);
		free(cand);
	}
	free(exe);
	return xstrdup(".");
}

/* Reports a usage error (the message names arg when given). */
int
cli_usage_error(const char *usage, const char *msg, const char *arg)
{
	if (arg != NULL)
		diag(D_USAGE, NULL, "%s '%s'", msg, arg);
	else
		diag(D_USAGE, NULL, "%s", msg);
	fputs(usage, stderr);
	return EX_USAGE;
}

int
cli_parse_id(const char *s, long *id)
{
	char *end;

	errno = 0;
	*id = strtol(s, &end, 10);
	return errno == 0 && end != s && *end == '\0' && *id > 0 ? 0 : -1;
}

int
cli_write_out(const char *path, const char *text)
{
	struct srcpos pos = { path, 0, 0, NULL };

	if (path == NULL) {
		if (fputs(text, stdout) != EOF && fflush(stdout) != EOF)
			return EX_OK;
		diag(D_OUT_WRITE, NULL, "standard output: %s", strerror(errno));
	} else if (write_file_atomic(path, text, strlen(text), 1) == 0)
		return EX_OK;
	else
		diag(D_OUT_WRITE, &pos, "%s", strerror(errno));
	return diag_status();
}
