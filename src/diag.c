/* diag.c: prints diagnostics from the one table of message codes in
 * diag.h, and keeps the exit status of the worst. */
#include "diag.h"

#include <stdarg.h>

static const struct {
	enum diag_level level;
	int             status;	/* sysexits code */
	const char     *text;
} table[D_NCODES] = {
#define DIAG_ENTRY(code, level, status, text) [code] = { DIAG_##level, status, text },
	DIAG_TABLE(DIAG_ENTRY)
#undef DIAG_ENTRY
};

static FILE *stream;
static int worst;
static int nerrors;
static int counts[D_NCODES];
static int shown;	/* messages printed since the last diag_reset */

/* The exit statuses in order of gravity, least first (see diag.h). */
static int
rank(int status)
{
	static const int order[] = { 0, 64, -1, 65, 66, 75, 73, 74, 71, 70 };
	int i;

	for (i = 0; i < (int)(sizeof order / sizeof order[0]); i++)
		if (order[i] == status)
			return i;
	return status == 0 ? 0 : 2;	/* unknown: the -1 slot, above usage */
}

void
diag_set_stream(FILE *f)
{
	stream = f;
}

void
diag(enum diag_code code, const struct srcpos *pos, const char *fmt, ...)
{
	FILE *out = stream ? stream : stderr;
	const char *text = table[code].text;
	va_list ap;

	counts[code]++;
	if (table[code].level == DIAG_ERROR) {
		nerrors++;
		worst = diag_worse(worst, table[code].status);
	}
	/* A file wrong everywhere (10,000 levels of markup) would bury the
	 * first messages, which are the ones to read, as compilers know; the
	 * line that sums a run up is always printed. */
	if (shown++ >= DIAG_SHOWN && code != D_IMPORT_REFUSED && code != D_BATCH_FAILED) {
		if (shown == DIAG_SHOWN + 1) {
			fprintf(out, "docket: more than %d messages: the rest are left out\n",
			    DIAG_SHOWN);
			fflush(out);
		}
		return;
	}
	fputs("docket: ", out);
	if (pos != NULL && pos->file != NULL) {
		fputs(pos->file, out);
		if (pos->line > 0) {
			fprintf(out, ":%u", pos->line);
			if (pos->col > 0)
				fprintf(out, ":%u", pos->col);
		}
		fputs(": ", out);
	}
	if (pos != NULL && pos->ctx != NULL)
		fprintf(out, "%s: ", pos->ctx);
	fputs(table[code].level == DIAG_ERROR ? "error: " : "warning: ", out);
	fputs(text, out);
	if (fmt != NULL) {
		if (*text != '\0')
			fputs(": ", out);
		va_start(ap, fmt);
		vfprintf(out, fmt, ap);
		va_end(ap);
	}
	fputc('\n', out);
	fflush(out);
}

int
diag_worse(int a, int b)
{
	return rank(b) > rank(a) ? b : a;
}

int
diag_status(void)
{
	return worst;
}

int
diag_errors(void)
{
	return nerrors;
}

int
diag_count(enum diag_code code)
{
	return counts[code];
}

void
diag_reset(void)
{
	worst = 0;
	nerrors = 0;
	shown = 0;
	for (int i = 0; i < D_NCODES; i++)
		counts[i] = 0;
}
