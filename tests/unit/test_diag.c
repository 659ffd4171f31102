/* Unit tests of diag.c: the message format and the exit status. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "diag.h"

static char *text;
static size_t len;
static FILE *mem;

static void
capture(void)
{
	mem = open_memstream(&text, &len);
	diag_set_stream(mem);
	diag_reset();
}

static void
release(void)
{
	diag_set_stream(NULL);
	fclose(mem);
	free(text);
}

TestSuite(diag, .init = capture, .fini = release);

Test(diag, template_errors_read_file_line_col)
{
	struct srcpos p = { "templates/x.xml", 12, 7, NULL };

	diag(D_UNKNOWN_ELEMENT, &p, "<%s>", "tabel");
	fflush(mem);
	cr_assert_str_eq(text, "docket: templates/x.xml:12:7: error: unknown element: <tabel>\n");
	cr_assert_eq(diag_status(), EX_DATAERR);
	cr_assert_eq(diag_count(D_UNKNOWN_ELEMENT), 1);
}

Test(diag, data_errors_name_the_database_and_paper)
{
	struct srcpos p = { "demo.db", 0, 0, "paper 7" };

	diag(D_PAPER_UNKNOWN, &p, NULL);
	fflush(mem);
	cr_assert_str_eq(text, "docket: demo.db: paper 7: error: no such paper\n");
}

/* A code without text of its own prints its detail alone. */
Test(diag, a_usage_error_is_its_detail)
{
	diag(D_USAGE, NULL, "unknown option '%s'", "--colour");
	fflush(mem);
	cr_assert_str_eq(text, "docket: error: unknown option '--colour'\n");
	cr_assert_eq(diag_status(), EX_USAGE);
}

/* The worst error decides the status, whatever came first: an internal
 * fault over a missing file over bad data; warnings never fail. */
Test(diag, the_worst_error_decides_the_status)
{
	diag(D_GLYPH, NULL, "U+%04X", 0x1F642u);
	cr_assert_eq(diag_status(), 0, "warnings do not fail");
	diag(D_PAPER_UNKNOWN, NULL, NULL);
	cr_assert_eq(diag_status(), EX_DATAERR);
	diag(D_OUT_CREATE, NULL, "%s", "Permission denied");
	cr_assert_eq(diag_status(), EX_CANTCREAT);
	diag(D_TMPL_MISSING, NULL, NULL);
	cr_assert_eq(diag_status(), EX_CANTCREAT, "73 outranks 66, which came later");
	diag(D_PDF_WRITE, NULL, NULL);
	cr_assert_eq(diag_status(), EX_SOFTWARE);
	diag(D_USAGE, NULL, "late");
	cr_assert_eq(diag_status(), EX_SOFTWARE);
	cr_assert_eq(diag_errors(), 5);
	cr_assert_eq(diag_worse(EX_NOINPUT, EX_DATAERR), EX_NOINPUT);
	cr_assert_eq(diag_worse(EX_OK, EX_USAGE), EX_USAGE);
	cr_assert_eq(diag_worse(EX_OSERR, EX_SOFTWARE), EX_SOFTWARE);
	cr_assert_eq(diag_worse(EX_TEMPFAIL, EX_NOINPUT), EX_TEMPFAIL);
	cr_assert_eq(diag_worse(EX_USAGE, 1), 1, "a status not ranked still fails");
	fflush(mem);
	cr_assert(strstr(text, "docket: warning: character not in Liberation Sans, drawn as a "
	    "replacement mark: U+1F642\n") != NULL, "%s", text);
}

/* Every code of the table: an error fails the run with a sysexits status,
 * a warning does not. */
Test(diag, every_code_has_a_level_and_a_status)
{
	int c, warnings = 0;

	for (c = 0; c < D_NCODES; c++) {
		diag_reset();
		diag((enum diag_code)c, NULL, NULL);
		if (diag_errors() == 0) {
			warnings++;
			cr_assert_eq(diag_status(), 0, "code %d", c);
		} else if (c == D_INTERRUPTED)
			cr_assert_eq(diag_status(), 130, "as a shell reports SIGINT");
		else
			cr_assert(diag_status() >= EX_USAGE && diag_status() <= EX_CONFIG, "code %d", c);
		cr_assert_eq(diag_count((enum diag_code)c), 1);
	}
	cr_assert_eq(warnings, 8, "the glyph, the two background, the missing-part, the "
	    "interrupted sign-off, the unedited copy, the series with no paper and the late "
	    "paper warnings");
}

/* A file wrong in 150 places: the first 100 messages, a line saying the
 * rest are left out, the summing up, and all 150 still counted. */
Test(diag, only_the_first_hundred_messages_are_printed)
{
	struct srcpos p = { "narrative.md", 0, 1, NULL };
	size_t lines = 0, i;

	for (p.line = 1; p.line <= 150; p.line++)
		diag(D_UNKNOWN_ELEMENT, &p, "<%u>", p.line);
	diag(D_IMPORT_REFUSED, NULL, "%d errors in narrative.md", diag_errors());
	fflush(mem);
	for (i = 0; i < len; i++)
		lines += text[i] == '\n';
	cr_assert_eq(lines, DIAG_SHOWN + 2, "%zu lines", lines);
	cr_assert(strstr(text, "150 errors in narrative.md\n") != NULL, "%s", text);
	cr_assert(strstr(text, "narrative.md:100:1: error: unknown element: <100>\n") != NULL);
	cr_assert_null(strstr(text, ":101:1:"));
	cr_assert(strstr(text, "docket: more than 100 messages: the rest are left out\n") != NULL);
	cr_assert_eq(diag_count(D_UNKNOWN_ELEMENT), 150);
	cr_assert_eq(diag_errors(), 151);
	cr_assert_eq(diag_status(), EX_DATAERR);
}
