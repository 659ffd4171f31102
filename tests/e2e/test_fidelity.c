/* End-to-end test that every demo paper and the stress paper could be
 * published unchanged: read back from the PDF (pdftotext -bbox for the
 * words, the rules from qpdf's uncompressed content streams) and from
 * `docket render --trace` (headings, lead-ins and rows at a page's foot).
 * No word crosses or touches a cell rule nor ends past the right margin
 * (the left one mirrored); justified text is never ragged
 * but on a paragraph's last line; few table lines end in a hyphen, never
 * three in a row; no name, status or date is hyphenated; no heading or
 * lead-in ends a page, nor a parent row without its first child. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

/* A vertical rule of a page, pt from its top left. */
struct vrule {
	double x, top, bottom;
};

/* A line of words: in a cell (col: its left rule's x) or the body (col -1). */
struct wline {
	int    page;
	double col, y0, y1, x0, x1;
	char   first[128], last[128];
};

/* The vertical rules of each of the n pages of pdf: "x y m" then "x y' l". */
static struct vrule **
pdf_rules(const char *pdf, size_t n, const struct page *pg, size_t **count)
{
	struct vrule **r = xcalloc(n ? n : 1, sizeof *r);
	size_t *cap = xcalloc(n ? n : 1, sizeof *cap);
	struct run run;
	char *line, *save = NULL;
	double mx = 0, my = 0;
	int page = -1, moved = 0;

	*count = xcalloc(n ? n : 1, sizeof **count);
	cr_assert_eq(run_sh(&run, "qpdf --qdf --object-streams=disable '%s' - | LC_ALL=C tr -d '\\r'",
	    pdf), 0, "%s", run.err);
	for (line = strtok_r(run.out, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		double x, y;
		char op[3];

		if (sscanf(line, "%%%% Contents for page %d", &page) == 1) {
			page--;
			continue;
		}
		if (page < 0 || (size_t)page >= n || sscanf(line, "%lf %lf %2s", &x, &y, op) != 3) {
			moved = 0;
			continue;
		}
		if (strcmp(op, "m") == 0) {
			mx = x;
			my = y;
			moved = 1;
		} else if (strcmp(op, "l") == 0 && moved) {
			if (fabs(x - mx) < 0.01 && fabs(y - my) > 1) {
				struct vrule *v;

				r[page] = xgrow(r[page], &cap[page], (*count)[page] + 1, sizeof **r);
				v = &r[page][(*count)[page]++];
				v->x = x;
				v->top = pg[page].height - fmax(y, my);
				v->bottom = pg[page].height - fmin(y, my);
			}
			mx = x;
			my = y;
		} else
			moved = 0;
	}
	run_free(&run);
	free(cap);
	return r;
}

/* The rule nearest to the left (side < 0) or right of the word at its
 * middle height, or NAN. */
static double
rule_beside(const struct vrule *r, size_t n, const struct word *w, int side)
{
	double mid = (w->y0 + w->y1) / 2, best = NAN;
	size_t i;

	for (i = 0; i < n; i++) {
		if (r[i].top > mid || r[i].bottom < mid)
			continue;
		if (side < 0 && r[i].x <= w->x0 && (isnan(best) || r[i].x > best))
			best = r[i].x;
		if (side > 0 && r[i].x >= w->x1 && (isnan(best) || r[i].x < best))
			best = r[i].x;
	}
	return best;
}

static int
by_place(const void *a, const void *b)
{
	const struct wline *u = a, *v = b;

	if (u->page != v->page)
		return u->page - v->page;
	if (u->col != v->col)
		return (u->col > v->col) - (u->col < v->col);
	return (u->y0 > v->y0) - (u->y0 < v->y0);
}

/* A hyphen docket added inside a capitalised word or one with a figure:
 * "Robin-" then "son", "2024-" then "25" read as the text's own. A hyphen
 * of the text itself ("Council-wide") is a fair place to break: copied
 * text (raw, pdftotext -raw, NULL for none) keeps it, where an added one
 * is copied as the whole word. */
static int
bad_hyphen(const struct wline *l, const struct wline *next, const char *raw)
{
	size_t n = strlen(l->last);
	const char *w = l->last;
	char both[2 * sizeof l->last + 2];

	snprintf(both, sizeof both, "%s\n%s", l->last, next->first);
	if (raw != NULL && strstr(raw, both) != NULL)
		return 0;
	if (n < 3 || w[n - 1] != '-' || !isalnum((unsigned char)w[n - 2]) ||
	    !islower((unsigned char)next->first[0]))
		return 0;
	while (*w != '\0' && !isalnum((unsigned char)*w))
		w++;
	return isupper((unsigned char)*w) || strpbrk(w, "0123456789") != NULL;
}

/* The checks on the words and rules of one PDF (pages p[0..n), the rules
 * of page i r[i][0..nr[i]), its copied text raw or NULL): 0, or -1 with
 * the first problems in why. */
static int
fidelity_check(const struct page *p, size_t n, struct vrule *const *r, const size_t *nr,
    const char *raw, char *why, size_t whylen)
{
	struct buf b = {0};
	struct wline *l = NULL;
	size_t nl = 0, cap = 0, i, j, k, cells = 0, hyph = 0, run = 0, para = 0, full = 0;
	double left = 1e9, right;
	int count = 0;

	for (i = 0; i < n; i++)
		for (j = 0; j < p[i].n; j++)
			if (p[i].w[j].y1 - p[i].w[j].y0 < 20 && p[i].w[j].x0 < left)
				left = p[i].w[j].x0;
	right = n > 0 ? p[0].width - left : 0;
	for (i = 0; i < n; i++) {
		for (k = 0; k < nr[i]; k++)
			if (r[i][k].x < left - 0.5 || r[i][k].x > right + 0.5)
				check_problem(&b, &count, "p%zu: a rule at %.2f outside the margins %.2f-%.2f",
				    i + 1, r[i][k].x, left, right);
		for (j = 0; j < p[i].n; j++) {
			const struct word *w = &p[i].w[j];
			double col = rule_beside(r[i], nr[i], w, -1), rr = rule_beside(r[i], nr[i], w, 1);

			if (w->y1 - w->y0 >= 20 || strcmp(w->text, "DRAFT") == 0)
				continue;	/* the DRAFT mark, turned */
			for (k = 0; k < nr[i]; k++)
				if (r[i][k].top <= (w->y0 + w->y1) / 2 && r[i][k].bottom >=
				    (w->y0 + w->y1) / 2 && r[i][k].x > w->x0 - 0.5 && r[i][k].x < w->x1 + 0.5)
					check_problem(&b, &count, "p%zu: '%s' (%.2f-%.2f) on the rule at %.2f",
					    i + 1, w->text, w->x0, w->x1, r[i][k].x);
			if (w->x1 > right + 0.5)
				check_problem(&b, &count, "p%zu: '%s' ends at %.2f, past the margin at %.2f",
				    i + 1, w->text, w->x1, right);
			if (isnan(col) || isnan(rr))
				col = -1;
			if (nl > 0 && l[nl - 1].page == (int)i && l[nl - 1].col == col &&
			    fabs(l[nl - 1].y0 - w->y0) < 1 && w->x0 >= l[nl - 1].x1 - 0.5) {
				l[nl - 1].x1 = w->x1;
				snprintf(l[nl - 1].last, sizeof l[nl - 1].last, "%s", w->text);
				continue;
			}
			l = xgrow(l, &cap, nl + 1, sizeof *l);
			l[nl] = (struct wline){ (int)i, col, w->y0, w->y1, w->x0, w->x1, "", "" };
			snprintf(l[nl].first, sizeof l[nl].first, "%s", w->text);
			snprintf(l[nl].last, sizeof l[nl].last, "%s", w->text);
			nl++;
		}
	}
	if (nl > 1)
		qsort(l, nl, sizeof *l, by_place);
	for (i = 0; i < nl; i++) {
		const struct wline *next = i + 1 < nl && l[i + 1].page == l[i].page &&
		    l[i + 1].col == l[i].col && l[i + 1].y0 - l[i].y0 < 2 * (l[i].y1 - l[i].y0) ?
		    &l[i + 1] : NULL;
		int ends = l[i].last[strlen(l[i].last) - 1] == '-';

		if (next != NULL && bad_hyphen(&l[i], next, raw))
			check_problem(&b, &count, "p%d: '%s' '%s' hyphenates a name, status or date",
			    l[i].page + 1, l[i].last, next->first);
		if (l[i].col >= 0) {
			cells++;
			hyph += ends;
			run = ends ? run + 1 : 0;
			if (run == 3)
				check_problem(&b, &count, "p%d: three table lines in a row end in a hyphen, "
				    "the third '%s'", l[i].page + 1, l[i].last);
			if (next == NULL)
				run = 0;
			continue;
		}
		/* Body text: a paragraph's lines follow at one leading from one left. */
		if (next != NULL && fabs(next->x0 - l[i].x0) < 1 &&
		    fabs(next->y0 - l[i].y0 - 14.5) < 0.6) {
			para++;
			full += l[i].x1 > right - 1;
			continue;
		}
		/* The paragraph ended at line i: justified when most of its
		 * lines but the last reach the margin, and then all must. */
		if (para >= 2 && full * 2 > para && full < para)
			check_problem(&b, &count, "p%d: %zu of %zu lines of a justified paragraph ending "
			    "'%s' stop short of the margin", l[i].page + 1, para - full, para, l[i].last);
		para = full = 0;
	}
	if (cells > 0 && hyph * 20 > cells)
		check_problem(&b, &count, "%zu of %zu table lines end in a hyphen", hyph, cells);
	if (count > 0)
		snprintf(why, whylen, "%d problems, first: %s", count, b.s);
	else
		snprintf(why, whylen, "fidelity ok: %zu lines, %zu in tables, %zu hyphenated", nl,
		    cells, hyph);
	free(l);
	buf_free(&b);
	return count > 0 ? -1 : 0;
}

/* From a trace: what is drawn last on each page (furniture aside) is no
 * heading and no lead-in ending in a colon, and a table's last row on a
 * page is no parent ("5") whose first child ("5.1") opens the next. */
static int
ends_check(const char *trace, char *why, size_t whylen)
{
	struct buf b = {0};
	char *copy = xstrdup(trace), *line, *save = NULL;
	char last[256] = "", row_ref[256] = "", page_row[256] = "";
	int artifact = 0, heading = 0, in_row = 0, first_cell = 0, page = 0, count = 0;
	int last_heading = 0, after_break = 0;

	for (line = strtok_r(copy, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		int pg;

		if (sscanf(line, "page %d", &pg) == 1) {
			if (pg <= page)
				break;	/* the second round: the footers */
			if (page > 0 && last_heading)
				check_problem(&b, &count, "p%d ends with the heading '%s'", page, last);
			else if (page > 0 && last[0] != '\0' && last[strlen(last) - 1] == ':')
				check_problem(&b, &count, "p%d ends with the lead-in '%s'", page, last);
			snprintf(page_row, sizeof page_row, "%s", row_ref);
			page = pg;
			after_break = 1;
			last[0] = '\0';
			last_heading = 0;
			continue;
		}
		if (strncmp(line, "begin Artifact", 14) == 0)
			artifact++;
		else if (strncmp(line, "end Artifact", 12) == 0)
			artifact--;
		else if (artifact > 0)
			continue;
		else if (strncmp(line, "begin H", 7) == 0)
			heading = 1;
		else if (strncmp(line, "end H", 5) == 0)
			heading = 0;
		else if (strncmp(line, "begin TR", 8) == 0)
			in_row = first_cell = 1;
		else if (strncmp(line, "end TR", 6) == 0)
			in_row = 0;
		else if (strncmp(line, "text ", 5) == 0) {
			const char *q = strchr(line, '"');
			size_t len = q ? strlen(q + 1) : 0;

			if (q == NULL || len == 0)
				continue;
			snprintf(last, sizeof last, "%.*s", (int)(len - 1), q + 1);
			last_heading = heading;
			if (in_row && first_cell) {
				first_cell = 0;
				if (after_break && page_row[0] != '\0' && strncmp(last, page_row,
				    strlen(page_row)) == 0 && last[strlen(page_row)] == '.')
					check_problem(&b, &count, "p%d: the row '%s' ends p%d without its first "
					    "child '%s'", page - 1, page_row, page - 1, last);
				after_break = 0;
				snprintf(row_ref, sizeof row_ref, "%s", last);
				if (strspn(row_ref, "0123456789") != strlen(row_ref))
					row_ref[0] = '\0';
			}
		}
	}
	if (count > 0)
		snprintf(why, whylen, "%d problems, first: %s", count, b.s);
	else
		snprintf(why, whylen, "page ends ok: %d pages", page);
	free(copy);
	buf_free(&b);
	return count > 0 ? -1 : 0;
}

static void
check_pdf(const char *pdf)
{
	size_t n, *nr, i;
	struct page *p = pdf_bbox(pdf, 0, 0, &n);
	struct vrule **r = pdf_rules(pdf, n, p, &nr);
	char why[600];
	struct run raw;

	cr_assert_eq(run_sh(&raw, "pdftotext -raw '%s' -", pdf), 0, "%s", raw.err);
	cr_expect_eq(fidelity_check(p, n, r, nr, raw.out, why, sizeof why), 0, "%s: %s", pdf,
	    why);
	run_free(&raw);
	for (i = 0; i < n; i++)
		free(r[i]);
	free(r);
	free(nr);
	pages_free(p, n);
}

static void
check_trace(const char *db, const char *id)
{
	struct run r;
	char why[400];

	cr_assert_eq(run_docket(&r, "render", "--db", db, "--paper", id, "--trace", NULL), 0,
	    "%s", r.err);
	cr_expect_eq(ends_check(r.out, why, sizeof why), 0, "paper %s: %s", id, why);
	run_free(&r);
}

TestSuite(fidelity, .init = fixture_setup, .fini = fixture_teardown, .timeout = 120);

Test(fidelity, every_demo_paper_could_be_published_unchanged)
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
		char *pdf, *id;
		const char *at;

		if (e->d_name[0] == '.')
			continue;
		pdf = xasprintf("%s/%s", out, e->d_name);
		check_pdf(pdf);
		for (at = e->d_name; strstr(at + 1, "-p") != NULL; at = strstr(at + 1, "-p"))
			;
		id = xstrndup(at + 2, strcspn(at + 2, "."));
		check_trace(e2e.db, id);
		free(id);
		free(pdf);
		papers++;
	}
	closedir(d);
	cr_assert_geq(papers, 6, "the demo papers");
}

Test(fidelity, the_stress_paper_could_be_published_unchanged)
{
	const char *pdf = fixture_path("stress.pdf", 0);
	struct run r;

	cr_assert_eq(run_sh(&r, "sqlite3 '%s' < tests/data/stress.sql", e2e.db), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "100", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	check_pdf(pdf);
	check_trace(e2e.db, "100");
}

/* A paragraph whose last line the breaker could fit only by shrinking
 * its spaces, in Leicestershire's paper (7): it was drawn at its natural
 * width, 11 pt past the margin. */
Test(fidelity, a_last_line_that_must_shrink_could_be_published_unchanged)
{
	const char *pdf = fixture_path("p7.pdf", 0);
	struct run r;

	sql_on(e2e.db, "UPDATE paragraph SET text = 'At 31 March 2016, five of the nine targets "
	    "were met: the proportions of disabled staff (7.1%) and of women at grade 13 and above "
	    "(61.4%), and the proportions of staff declaring their sexual orientation (50.3%), "
	    "declaring as LGB (1.1%) and declaring a religion or belief (50.4%).' "
	    "WHERE text LIKE 'At 31 March 2016, five of the nine targets were met:%'");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "7", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cr_assert_eq(run_sh(&r, "pdftotext '%s' - | tr '\\n' ' '", pdf), 0, "%s", r.err);
	cr_assert_geq(find(r.out, "declaring a religion or belief (50.4%)."), 0, "%s", r.out);
	run_free(&r);
	check_pdf(pdf);
}

/* Doctored pages: each fault the check is for, once. */
Test(fidelity, the_checks_find_doctored_faults)
{
	static struct word w1[] = {
		{ 60, 100, 190, 110, "Procurement" },	/* over the rule at 186 */
		{ 60, 120, 100, 130, "Turner-" },
		{ 60, 131.5, 100, 141.5, "Robin-" }, { 60, 143, 100, 153, "son" },
	}, w2[] = {
		{ 56.7, 100, 538.6, 111, "justified" }, { 56.7, 114.5, 400, 125.5, "ragged" },
		{ 56.7, 129, 538.6, 140, "justified" }, { 56.7, 143.5, 538.6, 154.5, "justified" },
		{ 56.7, 158, 300, 169, "last" },
	};
	struct page p[2] = { { 595.3, 841.9, w1, 4 }, { 595.3, 841.9, w2, 5 } };
	struct vrule r0[] = { { 56.7, 90, 200 }, { 186, 90, 200 } }, r1[] = { { 542.1, 10, 20 } };
	struct vrule *r[2] = { r0, r1 };
	size_t nr[2] = { 2, 0 };
	char why[600];

	cr_assert_eq(fidelity_check(p, 2, r, nr, NULL, why, sizeof why), -1);
	cr_expect(find(why, "'Procurement' (60.00-190.00) on the rule at 186.00") >= 0, "%s", why);
	cr_expect(find(why, "'Robin-' 'son' hyphenates a name") >= 0, "%s", why);
	cr_expect(find(why, "1 of 4 lines of a justified paragraph") >= 0, "%s", why);
	cr_expect(find(why, "2 of 3 table lines end in a hyphen") >= 0, "%s", why);
	w2[4].x1 = 540;
	cr_expect_eq(fidelity_check(p, 2, r, nr, NULL, why, sizeof why), -1);
	cr_expect(find(why, "p2: 'last' ends at 540.00, past the margin at 538.60") >= 0, "%s", why);
	w2[4].x1 = 300;
	nr[1] = 1;
	cr_expect_eq(fidelity_check(p, 2, r, nr, NULL, why, sizeof why), -1);
	cr_expect(find(why, "p2: a rule at 542.10 outside the margins 56.70-538.60") >= 0, "%s", why);
	nr[1] = 0;
	w1[0].x1 = 180;		/* now a line of the cell */
	strcpy(w1[3].text, "son-");
	cr_expect_eq(fidelity_check(p, 2, r, nr, NULL, why, sizeof why), -1);
	cr_expect(find(why, "three table lines in a row end in a hyphen, the third 'son-'") >= 0,
	    "%s", why);
	strcpy(w1[1].text, "Turner");
	strcpy(w1[2].text, "Robin");
	strcpy(w1[3].text, "son");
	w2[1].x1 = 538.6;
	cr_expect_eq(fidelity_check(p, 2, r, nr, NULL, why, sizeof why), 0, "%s", why);

	cr_expect_eq(ends_check("page 1 1x1\nbegin H2 #1\ntext B 12 1 1 \"3. Finance\"\nend H2\n"
	    "page 2 1x1\ntext R 11 1 1 \"x\"\n", why, sizeof why), -1);
	cr_expect(find(why, "p1 ends with the heading '3. Finance'") >= 0, "%s", why);
	cr_expect_eq(ends_check("page 1 1x1\nbegin P #1\ntext R 11 1 1 \"as follows:\"\nend P\n"
	    "page 2 1x1\n", why, sizeof why), -1);
	cr_expect(find(why, "lead-in 'as follows:'") >= 0, "%s", why);
	cr_expect_eq(ends_check("page 1 1x1\nbegin TR #1\nbegin TD #2\ntext R 9 1 1 \"5\"\n"
	    "end TD\nend TR\npage 2 1x1\nbegin TR #3\nbegin TD #4\ntext R 9 1 1 \"5.1\"\n",
	    why, sizeof why), -1);
	cr_expect(find(why, "the row '5' ends p1 without its first child '5.1'") >= 0, "%s", why);
	cr_expect_eq(ends_check("page 1 1x1\nbegin TR #1\nbegin TD #2\ntext R 9 1 1 \"5\"\n"
	    "end TD\nend TR\nbegin TR #3\nbegin TD #4\ntext R 9 1 1 \"5.1\"\nend TD\nend TR\n"
	    "page 2 1x1\ntext R 9 1 1 \"5.2\"\n", why, sizeof why), 0, "%s", why);
}
