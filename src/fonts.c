/* fonts.c: the fonts checked against their pinned SHA-256 (fonts.h), so
 * that a font changed, cut short or swapped is a message before the PDF,
 * never a crash inside libharu or a paper set in another face. */
#include "fonts.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "hash.h"
#include "util.h"

/* Checks the file of one line of SHA256SUMS ("HEX  NAME"); -1 when it is
 * missing or not the pinned one, with the diagnostic emitted. */
static int
check_line(const char *dir, const char *sums, unsigned lineno, const char *line, size_t len)
{
	struct srcpos at = { sums, lineno, 1, NULL };
	char hex[HASH_HEX_LEN + 1], *name, *path;
	int rc = -1;

	if (len < HASH_HEX_LEN + 3 || strncmp(line + HASH_HEX_LEN, "  ", 2) != 0) {
		diag(D_FONT_SUMS, &at, "a line is \"SHA-256  FILE\"");
		return -1;
	}
	name = xstrndup(line + HASH_HEX_LEN + 2, len - HASH_HEX_LEN - 2);
	path = xasprintf("%s/%s", dir, name);
	at.file = path;
	at.line = 0;
	if (strchr(name, '/') != NULL)
		diag(D_FONT_SUMS, &at, "a font must be a file of the fonts folder");
	else if (hash_file(path, hex) == -1)
		diag(D_FONT_UNREADABLE, &at, "%s", strerror(errno));
	else if (strncmp(hex, line, HASH_HEX_LEN) != 0)
		diag(D_FONT_CHANGED, &at, "its SHA-256 is %s, %s says %.*s", hex, sums,
		    HASH_HEX_LEN, line);
	else
		rc = 0;
	free(path);
	free(name);
	return rc;
}

/* Each .ttf in dir must be one sums names: -1 for any other, each said. */
static int
check_unknown(const char *dir, const char *sums, const char *text)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int rc = 0;

	if (d == NULL)
		return 0;	/* check_line said so */
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		char *needle;

		if (n < 4 || strcmp(e->d_name + n - 4, ".ttf") != 0)
			continue;
		needle = xasprintf("  %s\n", e->d_name);
		if (strstr(text, needle) == NULL) {
			char *path = xasprintf("%s/%s", dir, e->d_name);
			struct srcpos at = { path, 0, 0, NULL };

			diag(D_FONT_CHANGED, &at, "%s does not name it", sums);
			free(path);
			rc = -1;
		}
		free(needle);
	}
	closedir(d);
	return rc;
}

int
fonts_check(const char *fontdir)
{
	char *sums = xasprintf("%s/SHA256SUMS", fontdir), *text;
	const char *line, *eol;
	struct srcpos at = { sums, 0, 0, NULL };
	unsigned lineno = 0;
	int rc = 0;

	if ((text = read_file(sums, NULL)) == NULL) {
		diag(D_FONT_SUMS, &at, "%s", strerror(errno));
		free(sums);
		return -1;
	}
	for (line = text; *line != '\0'; line = eol + 1) {
		lineno++;
		if ((eol = strchr(line, '\n')) == NULL)
			eol = line + strlen(line);
		/* The first font that is wrong is said: the rest are likely
		 * wrong the same way. */
		if (eol > line && check_line(fontdir, sums, lineno, line, (size_t)(eol - line)) == -1) {
			rc = -1;
			break;
		}
		if (*eol == '\0')
			break;
	}
	if (rc == 0)
		rc = check_unknown(fontdir, sums, text);
	free(text);
	free(sums);
	return rc;
}
