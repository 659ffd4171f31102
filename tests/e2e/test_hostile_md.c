/* Hostile Markdown for docket narrative import: bytes that are not text,
 * files too big, too deep or on one line, raw HTML and javascript: links,
 * files that are not there or not files, papers that may not be changed.
 * Each run under a time limit: a clear message naming the file (and its
 * line where there is one), an exit below 128, and a refused file leaves
 * the database byte for byte as it was and no file behind. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hostile.h"
#include "util.h"

/* A narrative in the shape import takes, small enough to find a line in:
 * line 13 is section 1's paragraph, line 17 the source documents' list. */
static const char base[] =
    "# A title\n"				/* 1 */
    "\n"
    "## Purpose\n"				/* 3 */
    "\n"
    "To say what the paper is for.\n"		/* 5 */
    "\n"
    "## Recommendations\n"			/* 7 */
    "\n"
    "1. Note it.\n"				/* 9 */
    "\n"
    "## 1. Background\n"			/* 11 */
    "\n"
    "A paragraph.\n"				/* 13 */
    "\n"
    "## Implications\n"				/* 15 */
    "\n"
    "## Source documents\n";			/* 17 */

static const char *md, *before;

static void
setup(void)
{
	struct run r;

	fixture_setup();
	md = fixture_path("paper.md", 0);
	before = fixture_path("before.db", 0);
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, before), 0, "%s", r.err);
	run_free(&r);
}

TestSuite(hostile_md, .init = setup, .fini = fixture_teardown, .timeout = 300);

/* base with what[0..n) in place of its line `line` (from 1), or put
 * before it when keep is set; caller frees. */
static struct buf
with_line(unsigned line, const char *what, size_t n, int keep)
{
	struct buf b = {0};
	const char *at = base, *eol;
	unsigned i;

	for (i = 1; i < line; i++)
		at = strchr(at, '\n') + 1;
	/* Line 18 is the end of the file. */
	eol = strchr(at, '\n') != NULL ? strchr(at, '\n') + 1 : at;
	buf_addn(&b, base, (size_t)(at - base));
	buf_addn(&b, what, n);
	buf_add(&b, keep ? at : eol);
	return b;
}

/* Imports file into paper, which refuses it with status and want among
 * the messages, and that it was file that was refused: the database as it
 * was, and no file left in its folder. */
static void
refused(const char *file, const char *paper, int status, const char *want)
{
	char *what = xasprintf(" in %s\n", file);
	int entries = count_entries(e2e.dir);
	struct run r;

	hostile(&r, "narrative", "import", "--db", e2e.db, "--paper", paper, file, NULL);
	assert_clear(&r, status, want);
	cr_assert_geq(find(r.err, what), 0, "the refusal does not name %s:\n%s", file, r.err);
	run_free(&r);
	assert_same_file(before, e2e.db);
	cr_assert_eq(count_entries(e2e.dir), entries, "a file left behind in %s", e2e.dir);
	free(what);
}

/* base with what in place of line (or before it, keep set) is refused
 * with the message want at paper.md:LINE:COL. */
static void
refused_at(unsigned line, const char *what, size_t n, int keep, unsigned col, const char *want)
{
	struct buf b = with_line(line, what, n, keep);
	char *at = xasprintf("paper.md:%u:%u: error: %s", line, col, want);

	put_file(md, b.s, b.len);
	refused(md, "3", 65, at);
	free(at);
	buf_free(&b);
}

/* Imports file into paper 3, which takes it. */
static void
taken(const char *file)
{
	struct run r;

	hostile(&r, "narrative", "import", "--db", e2e.db, "--paper", "3", file, NULL);
	assert_clear(&r, 0, NULL);
	cr_assert_geq(find(r.out, "paper 3's narrative: "), 0, "%s", r.out);
	run_free(&r);
}

/* Paper 3's narrative as export writes it; caller frees. */
static char *
exported(void)
{
	struct run r;
	char *text;

	hostile(&r, "narrative", "export", "--db", e2e.db, "--paper", "3", NULL);
	assert_clear(&r, 0, NULL);
	text = xstrdup(r.out);
	run_free(&r);
	return text;
}

#define BYTES(s)	(s), sizeof (s) - 1

Test(hostile_md, the_base_file_is_taken)
{
	/* So that each refusal below is the hostile line's. */
	put_file(md, BYTES(base));
	taken(md);
}

Test(hostile_md, invalid_utf8_anywhere)
{
	static const char utf8[] = "not UTF-8: save the file as UTF-8 text";

	refused_at(1, BYTES("\xff# A title\n"), 0, 1, utf8);			/* first byte */
	refused_at(1, BYTES("# A ti\xc3(tle\n"), 0, 7, utf8);		/* in the title */
	refused_at(9, BYTES("1. Note \xc0\x80it.\n"), 0, 9, utf8);		/* overlong */
	refused_at(11, BYTES("## 1. Back\xed\xa0\x80ground\n"), 0, 11, utf8);	/* surrogate */
	refused_at(13, BYTES("A para\xf4\x90\x80\x80graph.\n"), 0, 7, utf8);	/* past U+10FFFF */
	refused_at(18, BYTES("\xe2\x82"), 0, 1, utf8);				/* cut short at the end */
}

Test(hostile_md, nul_bytes)
{
	static const char nul[] = "not text: a NUL byte";

	refused_at(1, BYTES("\0# A title\n"), 0, 1, nul);
	refused_at(13, BYTES("A para\0graph.\n"), 0, 7, nul);
	refused_at(18, BYTES("\0"), 0, 1, nul);
}

/* base with a paragraph of n bytes of words in section 1, in lines of
 * line bytes (each ends where a space would be when line is a multiple of
 * 8); caller frees. */
static struct buf
with_words(size_t n, size_t line)
{
	struct buf b = {0};
	size_t i;

	buf_addn(&b, base, (size_t)(strstr(base, "## Implications") - base));
	for (i = 0; i < n; i++)
		buf_addc(&b, i % line == line - 1 ? '\n' : "workday "[i % 8]);
	buf_add(&b, "\n\n");
	buf_add(&b, strstr(base, "## Implications"));
	return b;
}

Test(hostile_md, ten_megabytes_and_one_byte_more)
{
	struct buf b = with_words(0, 80), one;
	size_t fill = ((size_t)10 << 20) - b.len;
	char *text, *want, *para;
	struct run r;

	/* 10 MB to the byte, the most there may be: taken, whole, its lines
	 * joined by spaces. */
	buf_free(&b);
	b = with_words(fill, 80);
	cr_assert_eq(b.len, (size_t)10 << 20);
	put_file(md, b.s, b.len);
	taken(md);
	text = exported();
	one = with_words(fill, (size_t)-1);
	para = xstrndup(strstr(one.s, "workday"), fill - 8);
	cr_assert_geq(find(text, para), 0, "the paragraph was not kept whole");
	free(para);
	buf_free(&one);
	free(text);
	/* One more, refused unread. */
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, before), 0, "%s", r.err);
	run_free(&r);
	buf_free(&b);
	b = with_words(fill + 1, 80);
	put_file(md, b.s, b.len);
	want = xasprintf("%s: error: too big for a narrative (10 MB at most): over %d bytes", md,
	    10 << 20);
	refused(md, "3", 65, want);
	free(want);
	buf_free(&b);
}

Test(hostile_md, a_megabyte_on_one_line)
{
	struct buf b = with_words(1 << 20, (size_t)-1);
	char *text, *line = xstrndup(strstr(b.s, "workday"), 1 << 19);

	put_file(md, b.s, b.len);
	taken(md);
	text = exported();
	cr_assert_geq(find(text, line), 0, "the long line was not kept");
	free(text);
	free(line);
	buf_free(&b);
}

/* 10,000 times open, x, 10,000 times close, in place of section 1's
 * paragraph. */
static void
deep(const char *open, const char *close, unsigned col, const char *want)
{
	struct buf b = {0};
	int i;

	for (i = 0; i < 10000; i++)
		buf_add(&b, open);
	buf_addc(&b, 'x');
	for (i = 0; i < 10000; i++)
		buf_add(&b, close);
	buf_addc(&b, '\n');
	refused_at(13, b.s, b.len, 0, col, want);
	buf_free(&b);
}

Test(hostile_md, ten_thousand_deep)
{
	deep("- ", "", 3, "not what this part holds: a list item is one paragraph, no more");
	deep("> ", "", 1, "not what this part holds: a quotation (>)");
	deep("1. ", "", 1, "not what this part holds: a numbered list");
	deep("*", "*", 1, "the narrative's text is plain");
	/* Only the innermost is a link: a link holds none. */
	deep("[", "](u)", 10000, "the narrative's text is plain");
}

Test(hostile_md, raw_html_and_script)
{
	static const char html[] = "raw HTML is not taken";

	refused_at(13, BYTES("<script>alert(1)</script>\n"), 0, 1, html);
	refused_at(13, BYTES("<!-- a comment -->\n"), 0, 1, html);
	refused_at(13, BYTES("A <img src=x onerror=alert(1)> paragraph.\n"), 0, 3,
	    "raw HTML is not taken: <img src=x onerror=alert(1)>");
	refused_at(1, BYTES("# A <b>title</b>\n"), 0, 5, html);
}

Test(hostile_md, javascript_links_are_refused_and_plain_text_stays_plain)
{
	static const char link[] = "the narrative's text is plain, set by the template: bold, "
	    "italic, code and links are not kept: a link";
	const char *pdf = fixture_path("p3.pdf", 0), *qdf = fixture_path("p3.qdf", 0);
	struct buf b;
	struct run r;
	char *text;

	refused_at(13, BYTES("A [paragraph](javascript:alert(1)).\n"), 0, 3, link);
	refused_at(13, BYTES("A <javascript:alert(1)> paragraph.\n"), 0, 3, link);
	refused_at(13, BYTES("A [x] paragraph.\n\n[x]: javascript:alert(1)\n"), 0, 3, link);
	/* The same words as text are the officer's, taken as they are: in
	 * the PDF they are words, not a link; the paper's https link stays. */
	b = with_line(13, BYTES("Run javascript:alert(1) now.\n"), 0);
	buf_add(&b, "\n- Evil\\\n  javascript:alert(2)\n- Council\\\n  https://example.org/c\n");
	put_file(md, b.s, b.len);
	taken(md);
	hostile(&r, "render", "--db", e2e.db, "--paper", "3", "-o", pdf, NULL);
	assert_clear(&r, 0, NULL);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "qpdf --qdf --object-streams=disable '%s' '%s'", pdf, qdf), 0, "%s",
	    r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	cr_expect_geq(find(text, "Run javascript:alert(1) now."), 0, "%s", text);
	cr_expect_geq(find(text, "javascript:alert(2)"), 0, "%s", text);
	free(text);
	cr_assert_eq(run_sh(&r, "grep -a -c -i -e '/URI *(javascript' -e '/JavaScript' -e '/JS *[(<]' '%s'",
	    qdf), 1, "a javascript link or action in the PDF: %s", r.out);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "grep -a -c '/URI (https://example.org/c)' '%s'", qdf), 0,
	    "the https source document is no link: %s", r.out);
	run_free(&r);
	buf_free(&b);
}

Test(hostile_md, not_a_file_a_missing_file_an_unreadable_file)
{
	char *want = xasprintf("%s: error: cannot read: Is a directory", e2e.dir);
	char *gone = xasprintf("%s/gone.md", e2e.dir), *copy = xasprintf("%s/docket", e2e.dir), *give;
	const char *bin = getenv("DOCKET_BIN");
	char *argv[] = { (char *)"timeout", (char *)"60", copy, (char *)"narrative",
	    (char *)"import", (char *)"--db", e2e.db, (char *)"--paper", (char *)"3",
	    (char *)md, NULL };
	struct run r;

	refused(e2e.dir, "3", 66, want);
	free(want);
	want = xasprintf("%s: error: cannot read: No such file or directory", gone);
	refused(gone, "3", 66, want);
	free(want);
	/* Root reads any file: under root the import runs as nobody, on its
	 * own copy of the program (the source tree may sit in a folder nobody
	 * may enter), in a folder and on a database given to nobody, from a
	 * file nobody may read (mode 000, not nobody's). */
	put_file(md, BYTES(base));
	give = geteuid() == 0 ? xasprintf("chown -R 65534 '%s' && chown 0 '%s' &&", e2e.dir, md) :
	    xstrdup("");
	cr_assert_eq(run_sh(&r, "cp '%s' '%s' && chmod 755 '%s' && %s chmod 000 '%s'",
	    bin ? bin : "build/test/docket", copy, copy, give, md), 0, "%s", r.err);
	run_free(&r);
	free(give);
	run_argv(&r, geteuid() == 0 ? 65534 : (uid_t)-1, argv);
	assert_clear(&r, 66, NULL);
	want = xasprintf("%s: error: cannot read: Permission denied", md);
	cr_assert_geq(find(r.err, want), 0, "%s", r.err);
	run_free(&r);
	assert_same_file(before, e2e.db);
	free(want);
	free(copy);
	free(gone);
}

Test(hostile_md, a_paper_that_is_not_there_or_signed_off)
{
	put_file(md, BYTES(base));
	refused(md, "99", 65, ": paper 99: error: no such paper");
	refused(md, "1", 65, ": paper 1: error: the paper is signed off");
}
