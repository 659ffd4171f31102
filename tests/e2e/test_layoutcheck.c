/* End-to-end test of typesetting: every demo paper passes the layout
 * check of layoutcheck.c, and the check itself finds each fault, both in
 * pages written by hand and in a rendered paper with lines moved. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(layoutcheck, .init = fixture_setup, .fini = fixture_teardown, .timeout = 60);

Test(layoutcheck, every_demo_paper_passes)
{
	const char *out = fixture_path("out", 1);
	struct run r;
	struct dirent *e;
	DIR *d;
	int papers = 0;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", out, NULL), 0, "%s",
	    r.err);
	run_free(&r);
	cr_assert_not_null(d = opendir(out));
	while ((e = readdir(d)) != NULL) {
		char *pdf, why[400];

		if (e->d_name[0] == '.')
			continue;
		pdf = xasprintf("%s/%s", out, e->d_name);
		cr_expect_eq(layout_check_pdf(pdf, why, sizeof why), 0, "%s: %s", e->d_name, why);
		cr_expect(find(why, "layout ok: ") == 0, "%s: %s", e->d_name, why);
		free(pdf);
		papers++;
	}
	closedir(d);
	cr_assert_eq(papers, 7, "the seven demo papers");
}

/* A page of bbox output: 30 lines of four words filling the column from 56
 * to 539 pt, a footer "Page i of n" (when i > 0) and the words extra. */
static void
add_page(struct buf *b, int i, int n, const char *extra)
{
	static const double x[][2] = { { 56, 150 }, { 160, 300 }, { 310, 450 }, { 460, 539 } };
	int line, k;

	buf_add(b, "<page width=\"595.276\" height=\"841.89\">\n");
	for (line = 0; line < 30; line++)
		for (k = 0; k < 4; k++)
			buf_addf(b,
			    "<word xMin=\"%g\" yMin=\"%d\" xMax=\"%g\" yMax=\"%d\">w%d</word>\n",
			    x[k][0], 60 + 20 * line, x[k][1], 70 + 20 * line, k);
	if (i > 0)
		buf_addf(b,
		    "<word xMin=\"260\" yMin=\"810\" xMax=\"280\" yMax=\"820\">Page</word>\n"
		    "<word xMin=\"283\" yMin=\"810\" xMax=\"288\" yMax=\"820\">%d</word>\n"
		    "<word xMin=\"291\" yMin=\"810\" xMax=\"300\" yMax=\"820\">of</word>\n"
		    "<word xMin=\"303\" yMin=\"810\" xMax=\"308\" yMax=\"820\">%d</word>\n", i, n);
	buf_add(b, extra);
	buf_add(b, "</page>\n");
}

/* The check's verdict on two such pages, the second with extra words. */
static int
check_two(const char *extra, int footer, char *why, size_t whylen)
{
	struct buf b = {0};
	struct page *p;
	size_t n;
	int rc;

	buf_add(&b, "<doc>\n");
	add_page(&b, 1, 2, "");
	add_page(&b, footer ? 2 : 0, 2, extra);
	buf_add(&b, "</doc>\n");
	p = bbox_pages(b.s, &n);
	cr_assert_eq(n, 2);
	rc = layout_check(p, n, why, whylen);
	pages_free(p, n);
	buf_free(&b);
	return rc;
}

Test(layoutcheck, sound_pages_pass_and_the_draft_mark_is_left_out)
{
	char why[400];

	cr_assert_eq(check_two("", 1, why, sizeof why), 0, "%s", why);
	cr_assert_str_eq(why, "layout ok: 2 pages, 248 words, text column right edge 539pt");
	/* The rotated mark as pdftotext finds it: tall letters, one partly off
	 * the page, over the text. */
	cr_assert_eq(check_two(
	    "<word xMin=\"-16.9\" yMin=\"524.8\" xMax=\"105.8\" yMax=\"580.9\">D</word>\n"
	    "<word xMin=\"39.2\" yMin=\"468.6\" xMax=\"162.0\" yMax=\"524.8\">R</word>\n", 1, why,
	    sizeof why), 0, "%s", why);
}

Test(layoutcheck, each_fault_is_reported)
{
	static const struct {
		const char *extra;
		int         footer;
		const char *want;
	} bad[] = {
		{ "<word xMin=\"590\" yMin=\"300\" xMax=\"600\" yMax=\"310\">edge</word>\n", 1,
		  "1 layout problems in 2 pages, first: p2: 'edge' off the page" },
		{ "<word xMin=\"300\" yMin=\"835\" xMax=\"320\" yMax=\"845\">foot</word>\n", 1,
		  "p2: 'foot' off the page" },
		{ "<word xMin=\"520\" yMin=\"700\" xMax=\"560\" yMax=\"710\">overfull</word>\n", 1,
		  "p2: 'overfull' overruns the text column (560 > 539)" },
		{ "<word xMin=\"100\" yMin=\"64\" xMax=\"140\" yMax=\"74\">over</word>\n", 1,
		  "p2: 'w0' overlaps 'over'" },
		{ "", 0, "p2: no 'Page 2 of 2'" },
		{ "<word xMin=\"-3\" yMin=\"300\" xMax=\"20\" yMax=\"310\">R&amp;D</word>\n", 1,
		  "p2: 'R&D' off the page" },
	};
	char why[400];
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cr_assert_eq(check_two(bad[i].extra, bad[i].footer, why, sizeof why), -1, "%zu: %s",
		    i, why);
		cr_assert_geq(find(why, bad[i].want), 0, "%zu: %s", i, why);
	}
}

/* Replaces the n bytes at at in *s (of *len bytes) with with. */
static void
splice(char **s, size_t *len, size_t at, size_t n, const char *with)
{
	struct buf b = {0};

	buf_addn(&b, *s, at);
	buf_add(&b, with);
	buf_addn(&b, *s + at + n, *len - at - n);
	free(*s);
	*len = b.len;
	*s = buf_take(&b);
}

/* The first needle in s[0..len), which may hold NUL bytes (fonts). */
static const char *
find_bytes(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (memcmp(s + i, needle, n) == 0)
			return s + i;
	return NULL;
}

/* The line of s holding the text operator that shows hex first (the
 * text's UTF-16BE code points, as dev_pdf writes them, after a space and
 * the offset back over it when the text follows other text of the paper)
 * and the Td line before it. */
static void
find_text(const char *s, size_t len, const char *hex, size_t *td, size_t *tj, size_t *end)
{
	char *needle = xasprintf("<%s", hex);
	const char *at = find_bytes(s, len, needle);

	cr_assert_not_null(at, "no text operator for %s", hex);
	for (*tj = (size_t)(at - s); *tj > 0 && s[*tj - 1] != '\n'; (*tj)--)
		continue;
	cr_assert(s + *tj + 1 == at || strncmp(s + *tj, "[<0020> ", 8) == 0,
	    "%s is not the first text of its operator", hex);
	cr_assert(*tj > 4 && strncmp(s + *tj - 4, " Td\n", 4) == 0, "no Td before %s", hex);
	for (*td = *tj - 1; *td > 0 && s[*td - 1] != '\n'; (*td)--)
		continue;
	*end = (size_t)((const char *)memchr(s + *tj, '\n', len - *tj) - s) + 1;
	free(needle);
}

/* Paper 2's front sheet with its title drawn twice, 3 pt apart, and the
 * line "To Audit and Accounts Committee" pushed 250 pt right, into the
 * margin: both are found, and nothing in the paper as rendered. */
Test(layoutcheck, a_rendered_paper_with_lines_moved_is_reported)
{
	const char *pdf = fixture_path("p2.pdf", 0), *qdf = fixture_path("p2.qdf", 0);
	const char *bad = fixture_path("bad.pdf", 0);
	size_t len, td, tj, end;
	char *s, *copy, *moved, why[400];
	double x, y;
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "2", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(layout_check_pdf(pdf, why, sizeof why), 0, "%s", why);
	cr_assert_eq(run_sh(&r, "qpdf --qdf --object-streams=disable '%s' '%s'", pdf, qdf), 0, "%s",
	    r.err);
	run_free(&r);
	cr_assert_not_null(s = read_file(qdf, &len));
	/* "INTERIM REPORT" */
	find_text(s, len, "0049004e0054004500520049004d0020005200450050004f00520054", &td, &tj,
	    &end);
	copy = xasprintf("3 0 Td\n%.*s", (int)(end - tj), s + tj);
	splice(&s, &len, end, 0, copy);
	/* "Audit and Accounts Committee" */
	find_text(s, len, "0041007500640069007400200061006e0064002000410063", &td, &tj, &end);
	cr_assert_eq(sscanf(s + td, "%lf %lf Td", &x, &y), 2);
	moved = xasprintf("%g %g Td\n", x + 250, y);
	splice(&s, &len, td, tj - td, moved);
	cr_assert_eq(write_file_atomic(qdf, s, len, 1), 0);
	cr_assert_eq(run_sh(&r, "fix-qdf '%s' > '%s'", qdf, bad), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(layout_check_pdf(bad, why, sizeof why), -1, "%s", why);
	cr_assert_geq(find(why, "p1: 'Committee' overruns the text column"), 0, "%s", why);
	cr_assert_geq(find(why, "p1: 'INTERIM' overlaps 'INTERIM'"), 0, "%s", why);
	free(s);
	free(copy);
	free(moved);
}
