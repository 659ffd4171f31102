/* Hostile templates and databases: each ends with a clear message and an
 * exit below 128, within a time limit, and writes nothing half-way. The
 * big inputs are made here, not kept in the repository. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db.h"
#include "hostile.h"
#include "util.h"

static const char *data;
static char *tdir;

/* A data folder of the test's own, whose templates it may change. */
static void
setup(void)
{
	fixture_setup();
	data = own_datadir();
	tdir = xasprintf("%s/templates", data);
}

static void
teardown(void)
{
	free(tdir);
	fixture_teardown();
}

TestSuite(hostile, .init = setup, .fini = teardown, .timeout = 120);

/* Writes len bytes as tdir/name; returns its path. */
static char *
template(const char *name, const char *xml, size_t len)
{
	char *path = xasprintf("%s/%s", tdir, name);

	put_file(path, xml, len);
	return path;
}

/* docket check on xml as tdir/bad.xml: status and want in its messages. */
static void
check_refused(const char *xml, size_t len, int status, const char *want)
{
	char *path = template("bad.xml", xml, len);
	struct run r;

	hostile(&r, "check", path, NULL);
	assert_clear(&r, status, want);
	cr_assert_eq(find(r.out, ": ok"), -1);
	run_free(&r);
	free(path);
}

#define T(name, xml)			template((name), (xml), strlen(xml))
#define REFUSED(xml, status, want)	check_refused((xml), strlen(xml), (status), (want))

/* Ten levels of entities, each ten of the one below: 10^10 characters. */
static char *
entity_bomb(void)
{
	struct buf b = {0};
	int i, k;

	buf_add(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE paper [\n <!ENTITY e0 \"lol\">\n");
	for (i = 1; i <= 10; i++) {
		buf_addf(&b, " <!ENTITY e%d \"", i);
		for (k = 0; k < 10; k++)
			buf_addf(&b, "&e%d;", i - 1);
		buf_add(&b, "\">\n");
	}
	buf_add(&b, "]>\n<paper><p>&e10;</p></paper>\n");
	return buf_take(&b);
}

Test(hostile, an_entity_bomb_is_a_doctype_refused_at_its_line)
{
	char *bomb = entity_bomb();

	check_refused(bomb, strlen(bomb), 65, "bad.xml:2:1: error: a DOCTYPE is not allowed");
	free(bomb);
}

Test(hostile, an_entity_bomb_in_a_fragment_is_refused_before_it_is_read)
{
	char *bomb = entity_bomb(), *frag = T("fragments/bomb.xml", bomb);

	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"fragments/bomb.xml\"/>\n</paper>\n", 65,
	    "fragments/bomb.xml:2:1: error: a DOCTYPE is not allowed");
	free(frag);
	free(bomb);
}

Test(hostile, entity_tricks_are_refused_at_their_line)
{
	REFUSED("<?xml version=\"1.0\"?>\n<!DOCTYPE paper SYSTEM \"file:///etc/passwd\">\n"
	    "<paper/>\n", 65, "bad.xml:2:1: error: a DOCTYPE is not allowed");
	REFUSED("<paper>\n<p>&undefined;</p>\n</paper>\n", 65, "bad.xml:2:");
	REFUSED("<paper>\n<p>&#0;</p>\n</paper>\n", 65, "bad.xml:2:");
	REFUSED("<paper>\n<p>&#xD800;</p>\n</paper>\n", 65, "bad.xml:2:");
}

Test(hostile, malformed_and_truncated_templates)
{
	const char *full = "<paper title=\"x\">\n<section title=\"A\"><p>text</p></section>\n</paper>\n";
	size_t n;

	/* Cut short at every byte: never a crash, always FILE:LINE. */
	for (n = 0; n < strlen(full); n += 3)
		check_refused(full, n, 65, "bad.xml:");
	REFUSED("\xef\xbb\xbf\xff\xfe<paper/>", 65, "bad.xml:1:");
	check_refused("<paper>\0</paper>", 16, 65, "bad.xml:1:");
}

Test(hostile, ten_thousand_levels_of_nesting)
{
	struct buf b = {0};
	int i;

	buf_add(&b, "<paper>\n<p>");
	for (i = 0; i < 10000; i++)
		buf_add(&b, "<b>");
	buf_add(&b, "deep");
	for (i = 0; i < 10000; i++)
		buf_add(&b, "</b>");
	buf_add(&b, "</p>\n</paper>\n");
	check_refused(b.s, b.len, 65, "bad.xml:2:");
	buf_free(&b);
}

Test(hostile, fifty_megabytes_of_text)
{
	size_t n = 50u << 20, i;
	char *xml = xmalloc(n + 64);
	int k = snprintf(xml, 64, "<paper>\n<p>");

	for (i = 0; i < n; i++)
		xml[k + i] = i % 8 == 7 ? ' ' : 'x';
	memcpy(xml + k + n, "</p>\n</paper>\n", 15);
	check_refused(xml, strlen(xml), 65, "bad.xml: error: too big for a template (10 MB at most)");
	free(xml);
}

Test(hostile, an_include_may_not_leave_the_templates_folder)
{
	char *link = xasprintf("%s/fragments/passwd.xml", tdir);
	struct run r;

	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"../../demo.db\" parse=\"text\"/>\n</paper>\n", 65, "not read");
	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"/etc/passwd\" parse=\"text\"/>\n</paper>\n", 65, "not read");
	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"http://127.0.0.1:9/x.xml\"/>\n</paper>\n", 65, "not read");
	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>\n</paper>\n", 65, "not read");
	/* A link inside the folder to a file outside it is outside. */
	cr_assert_eq(symlink("/etc/passwd", link), 0);
	REFUSED("<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"fragments/passwd.xml\" parse=\"text\"/>\n</paper>\n", 65, "not read");
	/* A fragment that includes itself. */
	free(T("fragments/loop.xml", "<p xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
	    "<xi:include href=\"loop.xml\"/></p>"));
	free(link);
	link = T("loop.xml", "<paper xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
	    "<xi:include href=\"fragments/loop.xml\"/>\n</paper>\n");
	hostile(&r, "check", link, NULL);
	assert_clear(&r, HOSTILE_FAILS, "loop.xml");
	cr_assert_eq(find(r.err, "root:"), -1, "%s", r.err);
	run_free(&r);
	free(link);
}

Test(hostile, a_swapped_schema_is_a_message)
{
	char *rng = xasprintf("%s/docket.rng", tdir);
	static const char *const schemas[] = {
		"garbage",
		"<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><include href=\"/etc/passwd\"/>"
		"<start><notAllowed/></start></grammar>",
		"<!DOCTYPE grammar [<!ENTITY x SYSTEM \"/etc/passwd\">]><grammar "
		"xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><element name=\"paper\">"
		"<text/></element></start></grammar>",
		"<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><element><anyName/>"
		"<zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name=\"any\"/>"
		"</choice></zeroOrMore></element></start><define name=\"any\"><element><anyName/>"
		"<zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name=\"any\"/>"
		"</choice></zeroOrMore></element></define></grammar>",
	};
	size_t i;

	for (i = 0; i < sizeof schemas / sizeof schemas[0]; i++) {
		char *path = T("t.xml", "<paper><chapter><p>x</p></chapter></paper>\n");
		struct run r;

		put_file(rng, schemas[i], strlen(schemas[i]));
		hostile(&r, "check", path, NULL);
		assert_clear(&r, HOSTILE_FAILS, i == 0 ? "docket.rng: error: cannot read the template schema: "
		    "a template is read in its templates folder, against the docket.rng beside it: "
		    "not well-formed XML" : NULL);
		cr_assert_eq(find(r.err, "root:"), -1, "%s", r.err);
		run_free(&r);
		free(path);
	}
	free(rng);
}

Test(hostile, a_template_outside_a_templates_folder_says_where_they_live)
{
	char *path = xasprintf("%s/loose.xml", e2e.dir);
	struct run r;

	put_file(path, "<paper/>\n", 9);
	setenv("DOCKET_DATADIR", "/usr/share/docket-test", 1);
	hostile(&r, "check", path, NULL);
	assert_clear(&r, 66, "loose.xml: error: not in a templates folder: a template lives in a "
	    "folder with docket.rng beside it, such as: /usr/share/docket-test/templates");
	run_free(&r);
	free(path);
}

/* The paper's template named by the database, its CHECK constraints off. */
static void
set_template(const char *name)
{
	char *sql = xasprintf("PRAGMA ignore_check_constraints=1; "
	    "UPDATE paper SET template = '%s' WHERE id = 1;", name);

	sql_on(e2e.db, sql);
	free(sql);
}

Test(hostile, a_template_name_from_the_database_stays_in_the_templates_folder)
{
	char *out = xasprintf("%s/p1.pdf", e2e.dir), *link = xasprintf("%s/templates/evil.xml", data);
	static const char *const names[] = {
		"../../../../etc/passwd", "/etc/passwd", "fragments/frontsheet.xml", "..", "", "evil.xml",
	};
	size_t i;

	cr_assert_eq(symlink("/etc/passwd", link), 0);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		struct run r;

		set_template(names[i]);
		hostile(&r, "render", "--db", e2e.db, "--paper", "1", "-o", out, NULL);
		assert_clear(&r, 65, "error: not a template's name: a template is a file of the "
		    "templates folder");
		cr_assert_eq(find(r.err, "root:"), -1, "%s", r.err);
		cr_assert_eq(access(out, F_OK), -1, "nothing is written");
		run_free(&r);
		hostile(&r, "check", "--db", e2e.db, "--paper", "1", NULL);
		assert_clear(&r, 65, "not a template's name");
		run_free(&r);
	}
	free(link);
	free(out);
}

Test(hostile, one_printf_call_cannot_outrun_the_time_limit)
{
	char *path = T("big.xml", "<paper>\n"
	    "<query name=\"big\">SELECT printf('%.*c', 2000000000, 'x') AS v</query>\n"
	    "<each in=\"big\"><p>{v}</p></each>\n</paper>\n");
	struct timespec t0, t1;
	struct run r;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	hostile(&r, "check", path, NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_clear(&r, 65, "big.xml:2:1: query 'big': error: the result is too big: a value over "
	    "1000000 bytes");
	cr_assert_lt((double)(t1.tv_sec - t0.tv_sec), 2.0, "it took %ld s", (long)(t1.tv_sec - t0.tv_sec));
	run_free(&r);
	free(path);
	REFUSED("<paper>\n<query name=\"w\">SELECT printf('%2000000000d', 1) AS v</query>\n"
	    "<each in=\"w\"><p>{v}</p></each>\n</paper>\n", 65, "query 'w': error: the result is too big");
	REFUSED("<paper>\n<query name=\"w\">SELECT format('%s%s', replace(printf('%.*c', 900000, 'x'), "
	    "'x', 'ab'), 'x') AS v</query>\n<each in=\"w\"><p>{v}</p></each>\n</paper>\n", 65,
	    "query 'w': error: the result is too big");
}

Test(hostile, a_list_names_the_table_and_row_of_bad_text)
{
	struct run r;

	sql_on(e2e.db, "PRAGMA ignore_check_constraints=1; "
	    "UPDATE paper SET agenda_item = CAST(X'41FF42' AS TEXT) WHERE id = 2;");
	hostile(&r, "list", "--db", e2e.db, NULL);
	assert_clear(&r, 65, "demo.db: error: invalid UTF-8: table paper row 2 column agenda_item, "
	    "at byte 1");
	cr_assert_eq(find(r.err, "paper 0"), -1, "%s", r.err);
	run_free(&r);
	sql_on(e2e.db, "PRAGMA ignore_check_constraints=1; UPDATE paper SET agenda_item = '9' "
	    "WHERE id = 2; UPDATE committee SET name = CAST(X'41FF42' AS TEXT) WHERE id = 1;");
	hostile(&r, "list", "--db", e2e.db, NULL);
	assert_clear(&r, 65, "error: invalid UTF-8: table committee column name (for table paper row");
	run_free(&r);
}
