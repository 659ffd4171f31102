/* diag.h: diagnostics as data: message codes, levels, one table of texts.
 * Any module may include it. Messages read
 *   docket: FILE:LINE:COL: error: message      (templates)
 *   docket: DB: paper 7: error: message        (data)                  */
#ifndef DOCKET_DIAG_H
#define DOCKET_DIAG_H

#include <stdio.h>

enum diag_level { DIAG_WARNING, DIAG_ERROR };

enum diag_code {
	D_USAGE,		/* bad command line */
	D_NO_INPUT,		/* a file that must exist does not */
	D_DB_NOT_SQLITE,	/* not an SQLite database */
	D_DB_VERSION,		/* unknown schema version */
	D_DB,			/* an SQL failure on a valid database */
	D_DB_EXISTS,		/* init over an existing file */
	D_PAPER_UNKNOWN,	/* no paper with that id */
	D_DATA,			/* bad data: invalid UTF-8, impossible value */
	D_TMPL_MISSING,		/* template file missing */
	D_TMPL_XML,		/* not well-formed XML */
	D_TMPL,			/* well-formed, but not the template language */
	D_OUT,			/* cannot create output */
	D_IO,			/* I/O failure while writing */
	D_PDF,			/* the PDF library failed */
	D_GLYPH,		/* a character the font lacks */
	D_LINT,			/* a paper rule worth a warning */
	D_INTERNAL,		/* a bug of ours */
	D_NCODES
};

/* Where a message points: a file (template or database), optionally a
 * 1-based line and column, optionally a context such as "paper 7". */
struct srcpos {
	const char *file;
	unsigned    line;
	unsigned    col;
	const char *ctx;
};

/* Prints one message to the diagnostic stream (stderr unless diag_set_stream). */
void diag(enum diag_code code, const struct srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The sysexits code of the first error since the last diag_reset, or 0. */
int  diag_status(void);
int  diag_errors(void);
void diag_reset(void);
void diag_set_stream(FILE *f);

#endif
