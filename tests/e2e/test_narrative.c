/* End-to-end tests of docket narrative: a paper's narrative exported as
 * Markdown and imported again leaves the database byte for byte as it
 * was; an officer's edits reach the PDF; a file out of shape, or a
 * signed-off paper, is refused with exit 65 and the database unchanged. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static const char *copy, *md;

static void
setup(void)
{
	struct run r;

	fixture_setup();
	copy = fixture_path("copy.db", 0);
	md = fixture_path("paper.md", 0);
	/* Every paper a draft, so that each may be imported. */
	sql_on(e2e.db, "UPDATE paper SET status = 'draft'");
	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, copy), 0, "%s", r.err);
	run_free(&r);
}

TestSuite(narrative, .init = setup, .fini = fixture_teardown);

/* Paper 3's narrative as export writes it; caller frees. */
static char *
exported(void)
{
	struct run r;
	char *text;

	cr_assert_eq(run_docket(&r, "narrative", "export", "--db", e2e.db, "--paper", "3", NULL), 0,
	    "%s", r.err);
	text = xstrdup(r.out);
	run_free(&r);
	return text;
}

Test(narrative, export_then_import_leaves_the_database_as_it_was)
{
	struct run r;
	char *ids, *id, *save;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' 'SELECT id FROM paper'", e2e.db), 0, "%s", r.err);
	ids = xstrdup(r.out);
	run_free(&r);
	for (id = strtok_r(ids, "\n", &save); id != NULL; id = strtok_r(NULL, "\n", &save)) {
		run_docket(&r, "narrative", "export", "--db", e2e.db, "--paper", id, md, NULL);
		cr_assert_eq(r.status, 0, "paper %s: %s", id, r.err);
		run_free(&r);
		run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", id, md, NULL);
		cr_expect_eq(r.status, 0, "paper %s: %s", id, r.err);
		cr_expect(find(r.out, "narrative: 0 added, 0 changed, 0 removed\n") >= 0, "paper %s: %s",
		    id, r.out);
		run_free(&r);
		assert_same_file(copy, e2e.db);
	}
	free(ids);
}

Test(narrative, an_officers_edits_reach_the_paper)
{
	const char *pdf = fixture_path("p3.pdf", 0);
	struct buf b = {0};
	struct run r;
	char *text = exported(), *impl = strstr(text, "\n## Implications\n");
	int sections = count_in(text, "\n## ") - 4;	/* the other parts: 4 */

	cr_assert_not_null(impl);
	/* A new last section, in the shape the file has. */
	buf_addn(&b, text, (size_t)(impl - text) + 1);
	buf_addf(&b, "## %d. Workforce figures\n\nHeadcount rose to 4,512; turnover fell to "
	    "11.2%%.\n\n- Sickness absence down\n- Vacancies filled within 40 days\n", sections + 1);
	buf_add(&b, impl);
	put_file(md, b.s, b.len);
	run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", "3", md, "--dry-run", NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect_str_eq(r.out, "paper 3's narrative: 4 added, 0 changed, 0 removed (dry run: "
	    "nothing written)\n");
	run_free(&r);
	assert_same_file(copy, e2e.db);
	run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", "3", md, NULL);
	cr_expect_eq(r.status, 0, "%s", r.err);
	run_free(&r);
	free(text);
	text = exported();
	cr_expect_str_eq(text, b.s, "what was imported is what export writes");
	free(text);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	text = pdf_text(pdf);
	cr_assert_not_null(text);
	buf_free(&b);
	buf_addf(&b, "%d. Workforce figures", sections + 1);
	cr_expect(find(text, b.s) >= 0, "the new section is numbered in the PDF:\n%s", text);
	buf_free(&b);
	buf_addf(&b, "\n%d.1\n", sections + 1);
	/* pdftotext gives the paragraph's number apart from its text. */
	cr_expect(find(text, "Headcount rose to 4,512; turnover fell to 11.2%.") >= 0 &&
	    find(text, b.s) >= 0, "its paragraph, numbered:\n%s", text);
	cr_expect(find(text, "Vacancies filled within 40 days") >= 0, "its bullets:\n%s", text);
	buf_free(&b);
	free(text);
}

Test(narrative, a_file_out_of_shape_is_refused_and_nothing_written)
{
	static const char bad[] =
	    "# A title\n\n## Executive Summary\n\nWith **bold**.\n\n## Recommendations\n\n"
	    "1. Note it.\n\n## 2. Too far\n\n<p>raw</p>\n\n## Source documents\n\n"
	    "- Title\\\n  Location\n";
	struct run r;

	put_file(md, bad, sizeof bad - 1);
	run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", "3", md, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, "paper.md:5:6: error: the narrative's text is plain") >= 0, "%s", r.err);
	cr_expect(find(r.err, "paper.md:11:1: error: a section number out of order: section 2, "
	    "where section 1 comes next") >= 0, "%s", r.err);
	cr_expect(find(r.err, "paper.md:13:1: error: raw HTML is not taken") >= 0, "%s", r.err);
	cr_expect(find(r.err, "paper.md:15:1: error: a part is missing: '## Implications'") >= 0,
	    "%s", r.err);
	cr_expect(find(r.err, "error: nothing imported; the database is unchanged: 4 errors in ") >= 0,
	    "%s", r.err);
	run_free(&r);
	assert_same_file(copy, e2e.db);
}

Test(narrative, a_signed_off_papers_narrative_is_never_changed)
{
	char *text = exported();
	struct run r;

	put_file(md, text, strlen(text));
	sql_on(e2e.db, "UPDATE paper SET status = 'signed_off' WHERE id = 3");
	run_sh(&r, "cp '%s' '%s'", e2e.db, copy);
	run_free(&r);
	run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", "3", md, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, ": paper 3: error: the paper is signed off: docket never changes what "
	    "a signed-off paper said") >= 0, "%s", r.err);
	run_free(&r);
	assert_same_file(copy, e2e.db);
	run_docket(&r, "narrative", "import", "--db", e2e.db, "--paper", "99", md, NULL);
	cr_expect_eq(r.status, 65, "%s", r.err);
	cr_expect(find(r.err, ": paper 99: error: no such paper") >= 0, "%s", r.err);
	run_free(&r);
	free(text);
}
