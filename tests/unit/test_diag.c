/* Unit tests of diag.c: the message format and the exit status. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
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

	diag(D_TMPL_XML, &p, "bad %s", "tag");
	fflush(mem);
	cr_assert_str_eq(text, "docket: templates/x.xml:12:7: error: bad tag\n");
	cr_assert_eq(diag_status(), EX_DATAERR);
}

Test(diag, data_errors_name_the_database_and_paper)
{
	struct srcpos p = { "demo.db", 0, 0, "paper 7" };

	diag(D_PAPER_UNKNOWN, &p, "no such paper");
	fflush(mem);
	cr_assert_str_eq(text, "docket: demo.db: paper 7: error: no such paper\n");
}

Test(diag, the_first_error_decides_the_status)
{
	diag(D_GLYPH, NULL, "a warning");
	cr_assert_eq(diag_status(), 0, "warnings do not fail");
	diag(D_OUT, NULL, "cannot create");
	diag(D_TMPL, NULL, "later");
	cr_assert_eq(diag_status(), EX_CANTCREAT);
	cr_assert_eq(diag_errors(), 2);
	fflush(mem);
	cr_assert(strstr(text, "docket: warning: a warning\n") != NULL);
}
