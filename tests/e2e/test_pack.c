/* End-to-end tests of docket pack: a meeting of the demo data given a
 * second public paper and an exempt one, packed into one PDF and read back
 * with pdfinfo, pdftotext, qpdf and mutool. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

/* Meeting 1 has paper 1 (item 7); 50 (item 8) is added, and 51 (item 9),
 * exempt, whose every text is a sentinel that must not reach the pack. */
static void
pack_setup(void)
{
	fixture_setup();
	sql_on(e2e.db, "INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post,"
	    " classification, exempt_paragraph, officer_id, summary) VALUES"
	    " (50, 1, '8', 'Workforce Wellbeing Report', 'plain-report.xml', 'Executive Director',"
	    " 'public', NULL, 2, 'To report on wellbeing.'),"
	    " (51, 1, '9', 'Staffing Matter: Case 2024/07', 'plain-report.xml', 'Executive Director',"
	    " 'exempt', 1, 4, 'SENTINEL-SUMMARY')");
	sql_on(e2e.db, "INSERT INTO section (id, paper_id, seq, heading) VALUES"
	    " (500, 50, 1, 'Background'), (501, 50, 2, 'Main Issues'),"
	    " (510, 51, 1, 'SENTINEL-HEADING')");
	sql_on(e2e.db, "INSERT INTO paragraph (section_id, seq, text) VALUES"
	    " (500, 1, 'Wellbeing matters to the council.'), (501, 1, 'Sickness absence fell.'),"
	    " (510, 1, 'SENTINEL-PARAGRAPH')");
	sql_on(e2e.db, "INSERT INTO recommendation (paper_id, seq, text) VALUES"
	    " (50, 1, 'Note the report.'), (51, 1, 'SENTINEL-RECOMMENDATION')");
	sql_on(e2e.db, "INSERT INTO implication (paper_id, seq, heading, text) VALUES"
	    " (50, 1, 'Finance Implications', 'None.'), (51, 1, 'Legal', 'SENTINEL-IMPLICATION')");
	sql_on(e2e.db, "INSERT INTO source_document (paper_id, seq, title, location) VALUES"
	    " (50, 1, 'Wellbeing survey', 'Room 1'), (51, 1, 'SENTINEL-SOURCE', 'Room 2')");
}

TestSuite(pack, .init = pack_setup, .fini = fixture_teardown);

/* The pack of meeting 1; its path, which the fixture frees. */
static const char *
pack(void)
{
	const char *path = fixture_path("pack.pdf", 0);
	struct run r;

	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, "--meeting", "1", "-o", path, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	return path;
}

/* Paper id rendered alone: its number of pages. */
static int
alone(const char *id)
{
	const char *path = fixture_path(id, 0);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", id, "-o", path, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	return pdf_pages(path);
}

/* What `tool 'pdf' args` prints (a shell command line); it must succeed.
 * Caller frees. */
static char *
output(const char *tool, const char *pdf, const char *args)
{
	struct run r;
	char *out;

	cr_assert_eq(run_sh(&r, "%s '%s' %s", tool, pdf, args), 0, "%s: %s", tool, r.err);
	out = xstrdup(r.out);
	run_free(&r);
	return out;
}

/* The page (1-based) of pdf whose word list holds all of words, from page
 * `from` on; 0 when none does. */
static int
page_with(const char *pdf, int from, const char *const words[], size_t nwords)
{
	int p, n = pdf_pages(pdf);
	size_t i, nw;

	for (p = from; p <= n; p++) {
		struct word *w = pdf_words(pdf, p, &nw);
		size_t found = 0;

		for (i = 0; i < nwords; i++)
			found += word_at(w, nw, words[i], 0) != NULL;
		free(w);
		if (found == nwords)
			return p;
	}
	return 0;
}

static const char *const item7[] = { "People", "Strategy", "Update", "Action", "Plan" };
static const char *const item8[] = { "Workforce", "Wellbeing", "Report" };
static const char *const front[] = { "Agenda", "Item", "No" };

/* Where each part starts: the agenda on page 1, then item 7's front sheet
 * and item 8's. */
struct starts {
	int agenda, p1, p50, total;
};

static struct starts
starts_of(const char *pdf)
{
	struct starts s = { 0, 0, 0, pdf_pages(pdf) };

	s.p1 = page_with(pdf, 1, front, 3);
	s.p50 = page_with(pdf, s.p1 + 1, front, 3);
	s.agenda = s.p1 - 1;
	return s;
}

Test(pack, is_its_parts_after_the_agenda)
{
	const char *pdf = pack();
	struct starts s = starts_of(pdf);
	int p1 = alone("1"), p50 = alone("50");

	cr_assert_gt(s.agenda, 0, "the agenda comes first");
	cr_assert_eq(s.p50, s.p1 + p1, "item 8 starts after item 7's %d pages, on %d", p1, s.p50);
	cr_assert_eq(s.total, s.agenda + p1 + p50, "%d pages: %d of agenda, %d and %d of papers",
	    s.total, s.agenda, p1, p50);
	cr_assert_eq(page_with(pdf, 1, item7, 5), 1, "the agenda lists item 7");
}

Test(pack, numbers_every_page_as_the_packs)
{
	const char *pdf = pack();
	char why[512], want[32], *text;
	int n = pdf_pages(pdf), p;

	cr_assert_eq(layout_check_pdf(pdf, why, sizeof why), 0, "%s", why);
	text = pdf_text(pdf);
	for (p = 1; p <= n; p++) {
		snprintf(want, sizeof want, "Page %d of %d", p, n);
		cr_assert_eq(count_in(text, want), 1, "%s", want);
	}
	free(text);
}

/* The page (1-based) an annotation's destination names, from mutool's
 * list of pages. */
static int
page_of(const char *pages, const char *dest)
{
	char ref[32], *at;
	int obj;

	cr_assert_eq(sscanf(dest + strcspn(dest, "["), "[ %d 0 R", &obj), 1, "%s", dest);
	snprintf(ref, sizeof ref, " = %d 0 R\n", obj);
	at = strstr(pages, ref);
	cr_assert_not_null(at, "%s is no page", ref);
	while (at > pages && at[-1] != '\n')
		at--;
	return atoi(at + 5);
}

/* Each title of the agenda is a link to its paper's first page: the link
 * annotations over the title's words on page 1 go to the page whose
 * front sheet pdftotext finds it on. */
Test(pack, contents_links_land_on_each_items_first_page)
{
	const char *pdf = pack();
	struct starts s = starts_of(pdf);
	char *pages = output("mutool show", pdf, "pages"), *annots, obj[16], *a;
	struct word *w;
	size_t nw;
	int p1obj, id, used, links = 0;

	cr_assert_eq(sscanf(strstr(pages, "page 1 = "), "page 1 = %d", &p1obj), 1);
	snprintf(obj, sizeof obj, " %d/Annots", p1obj);
	annots = output("mutool show", pdf, obj);
	w = pdf_words(pdf, 1, &nw);
	for (a = strchr(annots, '[') + 1; sscanf(a, " %d 0 R%n", &id, &used) == 1; a += used) {
		int to;
		char path[32], *dest, *rect;
		double x0, y0, x1, y1;
		const struct word *t;

		snprintf(path, sizeof path, " %d/Dest", id);
		dest = output("mutool show", pdf, path);
		snprintf(path, sizeof path, " %d/Rect", id);
		rect = output("mutool show", pdf, path);
		cr_assert_eq(sscanf(strchr(rect, '['), "[ %lf %lf %lf %lf", &x0, &y0, &x1, &y1), 4);
		to = page_of(pages, dest);
		/* Which title it lies over, read from the page's words. */
		for (t = w; t < w + nw; t++)
			if (strcmp(t->text, "Workforce") == 0 && t->x0 >= x0 - 1 && t->x1 <= x1 + 1 &&
			    841.89 - y1 <= t->y0 + 1 && 841.89 - y0 >= t->y1 - 1)
				break;
		if (t < w + nw)
			cr_assert_eq(to, s.p50, "item 8's link goes to page %d, not %d", to, s.p50);
		else
			cr_assert_eq(to, s.p1, "item 7's link goes to page %d, not %d", to, s.p1);
		cr_assert_eq(page_with(pdf, to, to == s.p1 ? item7 : item8, to == s.p1 ? 5 : 3), to);
		links++;
		free(dest);
		free(rect);
	}
	cr_assert_eq(links, 2, "one link for each public item: %s", annots);
	free(w);
	free(annots);
	free(pages);
}

/* The depth of the bookmark titled title in mutool's outline, its tabs
 * before the quote; 0 when it is not there. */
static int
depth(const char *outline, const char *title)
{
	char want[128];
	const char *at, *l;
	int d = 0;

	snprintf(want, sizeof want, "\"%s\"", title);
	if ((at = strstr(outline, want)) == NULL)
		return 0;
	for (l = at; l > outline && l[-1] != '\n'; l--)
		d += l[-1] == '\t';
	return d;
}

Test(pack, bookmarks_nest_each_papers_headings_under_its_item)
{
	const char *pdf = pack();
	char *outline = output("mutool show", pdf, "outline");

	cr_assert_eq(depth(outline, "Agenda"), 1, "%s", outline);
	cr_assert_eq(depth(outline, "Item 7: People Strategy Update – Action Plan"), 1, "%s", outline);
	cr_assert_eq(depth(outline, "Item 8: Workforce Wellbeing Report"), 1, "%s", outline);
	cr_assert_eq(depth(outline, "2. Background"), 2, "item 7's heading: %s", outline);
	cr_assert_eq(depth(outline, "Appendix 1: Action plan"), 2, "%s", outline);
	cr_assert_eq(depth(outline, "5.1 Finance Implications"), 3, "%s", outline);
	cr_assert_eq(depth(outline, "1. Background"), 2, "item 8's heading: %s", outline);
	cr_assert_lt(find(outline, "Item 7:"), find(outline, "2. Background"));
	cr_assert_lt(find(outline, "Item 8:"), find(outline, "1. Background"));
	cr_assert_eq(find(outline, "Item 9"), -1, "the exempt item has no bookmark");
	free(outline);
}

Test(pack, lists_the_exempt_item_without_its_content)
{
	const char *pdf = pack();
	char *text = pdf_text(pdf), *raw = output("pdftotext -raw", pdf, "- | tr '\\n' ' '");
	char *st = output("pdfinfo -struct-text", pdf, "");
	char *meta = output("pdfinfo", pdf, ""), *outline = output("mutool show", pdf, "outline");

	cr_assert_geq(find(text, "Staffing Matter: Case 2024/07"), 0, "%s", text);
	cr_assert_geq(find(raw, "Exempt: paragraph 1 of Part 1 of Schedule 12A to the Local "
	    "Government Act 1972"), 0, "%s", raw);
	cr_assert_eq(find(text, "SENTINEL"), -1, "the exempt paper's text is in the pack");
	cr_assert_eq(find(st, "SENTINEL"), -1, "the exempt paper's text is in the structure");
	cr_assert_eq(find(meta, "SENTINEL"), -1, "the exempt paper's text is in the metadata");
	cr_assert_eq(find(outline, "SENTINEL"), -1, "the exempt paper's headings are bookmarks");
	cr_assert_eq(find(text, "NOT FOR PUBLICATION"), -1, "an exempt paper's page is in the pack");
	free(outline);
	free(meta);
	free(st);
	free(raw);
	free(text);
}

Test(pack, is_one_tagged_document_with_labels_for_each_item)
{
	const char *pdf = pack();
	struct starts s = starts_of(pdf);
	char *info = output("pdfinfo", pdf, "");
	char *st = output("pdfinfo -struct-text", pdf, "");
	char *check = output("qpdf --check", pdf, "");
	char *labels = output("qpdf --json --json-key=pages", pdf, "| grep '\"/P\"'");
	const char *l;
	int documents = 0, p1 = alone("1"), p50 = alone("50");

	cr_assert_geq(find(info, "Tagged:          yes"), 0, "%s", info);
	cr_assert_geq(find(check, "No syntax or stream encoding errors found"), 0, "%s", check);
	for (l = st; *l != '\0'; l += strcspn(l, "\n"), l += *l == '\n')
		documents += strncmp(l + strspn(l, " "), "Document\n", 9) == 0;
	cr_assert_eq(documents, 1, "%s", st);
	/* qpdf gives each page the label its range has. */
	cr_assert_eq(count_in(labels, "\"u:A-\""), s.agenda, "%s", labels);
	cr_assert_eq(count_in(labels, "\"u:7-\""), p1, "%s", labels);
	cr_assert_eq(count_in(labels, "\"u:8-\""), p50, "%s", labels);
	cr_assert_eq(count_in(labels, "\"u:9-\""), 0, "%s", labels);
	free(labels);
	free(check);
	free(st);
	free(info);
}

/* pdfinfo -struct-text of pdf, each line without its indent, an
 * annotation's object number or the space text may start with (which
 * depends on what was drawn before). Caller frees. */
static char *
structure(const char *pdf)
{
	char *st = output("pdfinfo -struct-text", pdf, "| sed -e 's/^ *//' -e 's/^\" /\"/'"
	    " -e '/^Object [0-9]* 0$/d'");

	return st;
}

/* Each paper's structure in the pack is its structure alone, a section of
 * the pack's document: none of its elements taken for another's. */
Test(pack, keeps_each_papers_structure)
{
	const char *pdf = pack();
	char *all = structure(pdf);
	const char *ids[] = { "1", "50" };
	size_t i;

	for (i = 0; i < 2; i++) {
		char *one;

		alone(ids[i]);
		one = structure(fixture_path(ids[i], 0));
		cr_assert_eq(strncmp(one, "Document\n", 9), 0, "%s", one);
		memcpy(one + 4, "Sect", 4);
		cr_assert_not_null(strstr(all, one + 4), "paper %s's structure differs in the pack",
		    ids[i]);
		free(one);
	}
	free(all);
}

Test(pack, refuses_a_meeting_without_papers)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, "--meeting", "2", "-o",
	    fixture_path("none.pdf", 0), NULL), 65);
	cr_assert_geq(find(r.err, "meeting 2: error: the meeting has no papers"), 0, "%s", r.err);
	cr_assert_eq(access(fixture_path("none.pdf", 0), F_OK), -1, "nothing written");
	run_free(&r);
	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, "--meeting", "99", NULL), 65);
	cr_assert_geq(find(r.err, "meeting 99: error: no such meeting"), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, NULL), 64);
	run_free(&r);
}

/* A paper is built twice, but what it says is said once; a paper that
 * fails fails the pack, which writes nothing. */
Test(pack, says_each_papers_warnings_once_and_fails_with_a_paper)
{
	const char *path = fixture_path("pack.pdf", 0);
	struct run r;

	sql_on(e2e.db, "DELETE FROM source_document WHERE paper_id = 50");
	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, "--meeting", "1", "-o", path, NULL), 0,
	    "%s", r.err);
	cr_assert_eq(count_in(r.err, "paper 50: warning: no background papers listed"), 1, "%s",
	    r.err);
	run_free(&r);
	unlink(path);
	sql_on(e2e.db, "DELETE FROM recommendation WHERE paper_id = 50");
	cr_assert_eq(run_docket(&r, "pack", "--db", e2e.db, "--meeting", "1", "-o", path, NULL), 65);
	cr_assert_geq(find(r.err, "paper 50: error: no recommendation"), 0, "%s", r.err);
	cr_assert_eq(access(path, F_OK), -1, "nothing written");
	run_free(&r);
}
