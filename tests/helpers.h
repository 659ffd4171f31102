/* helpers.h: what the Criterion tests share: running commands, reading
 * what they wrote, and laying papers out through the trace device.
 * Included by tests only. */
#ifndef DOCKET_TEST_HELPERS_H
#define DOCKET_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

struct buf;	/* util.h */

struct run {
	int   status;	/* exit status, or 128 + signal */
	char *out;	/* stdout, NUL-terminated */
	char *err;	/* stderr */
};

/* Runs argv (argv[0] found on PATH unless it has a '/'); as uid when
 * uid is not (uid_t)-1. Returns the exit status. Free with run_free. */
int  run_argv(struct run *r, uid_t uid, char *const argv[]);
/* Runs the docket under test (DOCKET_BIN) with the arguments, NULL-ended. */
int  run_docket(struct run *r, ...);
/* The same with the arguments in ap, and before (NULL-ended, or NULL) in
 * front of the program: a command that runs it, such as timeout. */
int  run_docket_va(struct run *r, const char *const *before, va_list ap);
/* Runs a shell command line. */
int  run_sh(struct run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void run_free(struct run *r);
/* Runs one SQL statement on the database file db with the sqlite3
 * program; a failure fails the test. */
void sql_on(const char *db, const char *statement);
/* Writes len bytes to the file at path; a failure fails the test. */
void put_file(const char *path, const void *data, size_t len);
/* Fails the test unless the file now is byte for byte the file was (cmp). */
void assert_same_file(const char *was, const char *now);

/* What an end-to-end suite starts from (.init = fixture_setup, or a setup
 * of its own that calls it): e2e.dir a new folder under /tmp, e2e.db the
 * demo database in it; a failure fails the test. fixture_teardown removes
 * the folder and frees what the fixture holds. */
struct fixture {
	char *dir;
	char *db;
	char *paths[8];	/* fixture_path's, freed with the fixture */
	size_t npaths;
};
extern struct fixture e2e;

/* Apache PDFBox Preflight (Debian's libpdfbox2-java), the PDF/A-1b
 * judge: give it a file (exit 0 and "is a valid PDF/A-1b file"), or
 * "xml group LIST" for a list of files in one JVM. */
#define PREFLIGHT "java -cp /usr/share/java/preflight.jar:/usr/share/java/pdfbox2.jar:" \
	"/usr/share/java/fontbox2.jar:/usr/share/java/xmpbox.jar:" \
	"/usr/share/java/commons-logging.jar:/usr/share/java/javax.activation.jar:" \
	"/usr/share/java/jaxb-api.jar org.apache.pdfbox.preflight.Validator_A1b"

/* The papers data/demo.sql holds, ids 1 to DEMO_PAPERS. */
#define DEMO_PAPERS 7
void fixture_setup(void);
void fixture_teardown(void);
/* e2e.dir/name, made as a folder when mkdir is set; the fixture frees it. */
const char *fixture_path(const char *name, int mkdir);

/* A new empty folder under /tmp; caller frees and removes with rm_rf. */
char *tmpdir_new(void);
void  rm_rf(const char *path);
/* The text of a PDF by pdftotext (in reading order), or NULL. Caller frees. */
char *pdf_text(const char *pdf);
/* A word pdftotext -bbox found on a page: its box in pt from the top left. */
struct word {
	double x0, y0, x1, y1;
	char   text[128];
};
/* A page pdftotext -bbox read: its size and its words. */
struct page {
	double       width, height;	/* pt */
	struct word *w;
	size_t       n;
};
/* The pages of pdftotext -bbox output; *n set to their number. Caller
 * frees with pages_free. */
struct page *bbox_pages(const char *bbox, size_t *n);
/* Pages first to last (1-based; 0 for the first or the last) of pdf. */
struct page *pdf_bbox(const char *pdf, int first, int last, size_t *n);
void pages_free(struct page *p, size_t n);
/* The words of page (1-based) of pdf; *n set to their number. Caller frees. */
struct word *pdf_words(const char *pdf, int page, size_t *n);
/* How many pages of pdf carry the DRAFT mark. It is drawn first and
 * turned 45 degrees, so pdftotext -raw gives its letters first, one a
 * line; -1 when pdftotext fails. */
int draft_marks(const char *pdf);

/* The typesetting checks of tests/e2e/layoutcheck.c on pages p[0..n) of
 * one PDF, as a reader sees them: every page says "Page i of n"; no word
 * leaves the page or sticks out past the text column; no two words
 * overlap. The DRAFT mark is left out. Returns 0 with "layout ok: ..." in
 * why, or -1 with the number of problems and the first four. */
int layout_check(const struct page *p, size_t n, char *why, size_t whylen);
/* The same on every page of pdf. */
int layout_check_pdf(const char *pdf, char *why, size_t whylen);
/* Counts a problem a check found and adds the first four to b, "; "
 * between them. */
void check_problem(struct buf *b, int *count, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The first word equal to text at or below y (pt), or NULL. */
const struct word *word_at(const struct word *w, size_t n, const char *text, double y);

/* Checks every page after the one showing the words `start` (a heading,
 * "Appendix 1:") up to the
 * last: a "(continued)" caption, then the header row (words head[0..n) on
 * one baseline), and nothing of the table above it. Returns the number of
 * such pages, or -1 with the reason in why. */
int header_repeats(const char *pdf, const char *start, const char *const head[], size_t n,
    char *why, size_t whylen);
/* The number of pages of pdf (pdfinfo), or -1. */
int pdf_pages(const char *pdf);

/* Compares actual with the golden file at path (tests/golden/...). With
 * UPDATE_GOLDEN=1 in the environment it writes the file instead. Returns
 * 0, or -1 with the first difference in why and the actual text saved as
 * build/golden/NAME for a diff. */
int golden_check(const char *actual, const char *path, char *why, size_t whylen);

/* The number of entries of dir (hidden ones included), . and .. excluded. */
int   count_entries(const char *dir);
/* A shell command printing data/demo.sql as a version 1 database can
 * hold it: without the block of the tables later versions brought. */
#define DEMO_SQL_V1 "sed '/^-- Series and the committee calendar (docket batch)$/,$d' data/demo.sql"

/* Position of needle in hay, or -1. */
long  find(const char *hay, const char *needle);
/* How many times needle occurs in hay, overlaps included. */
int   count_in(const char *hay, const char *needle);

/* A number macro as a string literal: AS_TEXT(DB_SCHEMA_VERSION) is "4",
 * so that a message's text is written without the number in it. */
#define AS_TEXT_(x) #x
#define AS_TEXT(x)  AS_TEXT_(x)

/* Catches what diag() prints from now on, counting from nothing again;
 * said() is all of it so far; said_stop gives diag() back its stream. For
 * a suite's .init and .fini. */
void        said_start(void);
const char *said(void);
void        said_stop(void);

struct doc;
/* Lays doc out through the trace device; returns the trace and sets
 * *pages to layout_run's result. Caller frees. */
char *trace_layout(const struct doc *doc, int *pages);
/* Checks the structure a trace tells in its begin and end lines: each
 * element ends after all it holds; text is drawn only in an element that
 * holds text (H1-H6, P, Lbl, LBody, Caption, TH, TD, Figure, Link) or an
 * artifact; the DRAFT mark and "Page x of y" only in an artifact. 0, or
 * -1 with the first fault, by line of the trace, in why. */
int   trace_structure_check(const char *trace, char *why, size_t whylen);
/* A file of dir whose name ends in suffix; caller frees; NULL if none. */
char *find_file(const char *dir, const char *suffix);

/* Makes the demo database db what the suites that test the store, the
 * template stage and import were written against: Kent's plan and strategy
 * alone, behind every paper that has a plan or a strategy. Those suites
 * test docket's machinery on the demo's largest plan; the demo's own story
 * (Cambridgeshire's papers with Cambridgeshire's plan) is tested by
 * test_demo_story.c. */
void  demo_kent_only(const char *db);
/* The number of papers in the database db (sqlite3); a failure fails the test. */
int   paper_count(const char *db);
#endif
