/* diag.c: prints diagnostics from one table of message codes. */
#include "diag.h"

#include <stdarg.h>
#include <sysexits.h>

static const struct {
	enum diag_level level;
	int             status;	/* sysexits code */
} table[D_NCODES] = {
	[D_USAGE]         = { DIAG_ERROR,   EX_USAGE },
	[D_NO_INPUT]      = { DIAG_ERROR,   EX_NOINPUT },
	[D_DB_NOT_SQLITE] = { DIAG_ERROR,   EX_DATAERR },
	[D_DB_VERSION]    = { DIAG_ERROR,   EX_DATAERR },
	[D_DB]            = { DIAG_ERROR,   EX_DATAERR },
	[D_DB_EXISTS]     = { DIAG_ERROR,   EX_CANTCREAT },
	[D_PAPER_UNKNOWN] = { DIAG_ERROR,   EX_DATAERR },
	[D_DATA]          = { DIAG_ERROR,   EX_DATAERR },
	[D_TMPL_MISSING]  = { DIAG_ERROR,   EX_NOINPUT },
	[D_TMPL_XML]      = { DIAG_ERROR,   EX_DATAERR },
	[D_TMPL]          = { DIAG_ERROR,   EX_DATAERR },
	[D_OUT]           = { DIAG_ERROR,   EX_CANTCREAT },
	[D_IO]            = { DIAG_ERROR,   EX_IOERR },
	[D_PDF]           = { DIAG_ERROR,   EX_SOFTWARE },
	[D_GLYPH]         = { DIAG_WARNING, 0 },
	[D_LINT]          = { DIAG_WARNING, 0 },
	[D_INTERNAL]      = { DIAG_ERROR,   EX_SOFTWARE },
};

static FILE *stream;
static int first_status;
static int nerrors;

void
diag_set_stream(FILE *f)
{
	stream = f;
}

void
diag(enum diag_code code, const struct srcpos *pos, const char *fmt, ...)
{
	FILE *out = stream ? stream : stderr;
	va_list ap;

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
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
	fputc('\n', out);
	fflush(out);
	if (table[code].level == DIAG_ERROR) {
		if (nerrors++ == 0)
			first_status = table[code].status;
	}
}

int
diag_status(void)
{
	return first_status;
}

int
diag_errors(void)
{
	return nerrors;
}

void
diag_reset(void)
{
	first_status = 0;
	nerrors = 0;
}
