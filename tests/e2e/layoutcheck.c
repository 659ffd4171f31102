/* layoutcheck.c: typesetting checks on a PDF as a reader's tool finds it
 * (poppler's pdftotext -bbox, which nobody here wrote): page numbers,
 * nothing off the page or past the text column, no text over text. */
#include "helpers.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int
by_value(const void *a, const void *b)
{
	double u = *(const double *)a, v = *(const double *)b;

	return (u > v) - (u < v);
}

/* The i-th of the 99 cut points dividing the sorted v[0..n) (n > 1) into
 * hundredths, interpolated between neighbours as Python's
 * statistics.quantiles does by default. */
static double
percentile(const double *v, size_t n, size_t i)
{
	size_t m = n + 1, j = i * m / 100;
	double delta;

	j = j < 1 ? 1 : j > n - 1 ? n - 1 : j;
	delta = (double)(i * m) - (double)(j * 100);
	return (v[j - 1] * (100 - delta) + v[j] * delta) / 100;
}

/* The DRAFT mark is turned 45 degrees: pdftotext finds it as the word, or
 * as pieces of it far taller than the text, one reaching off the page. */
static int
mark_piece(const struct word *w, double median_h)
{
	return strcmp(w->text, "DRAFT") == 0 ||
	    (w->y1 - w->y0 > 2 * median_h && strstr("DRAFT", w->text) != NULL);
}

/* Whether the words, joined by spaces, say "Page i of n" (n a whole word). */
static int
says_page_of(const struct word *w, const char *keep, size_t n, int i, int total)
{
	struct buf b = {0};
	char want[48], *s, *at;
	int found = 0;
	size_t k;

	for (k = 0; k < n; k++)
		if (keep[k])
			buf_addf(&b, "%s%s", b.len ? " " : "", w[k].text);
	s = buf_take(&b);
	snprintf(want, sizeof want, "Page %d of %d", i, total);
	for (at = s; !found && (at = strstr(at, want)) != NULL; at++) {
		char next = at[strlen(want)];

		found = next != '_' && !isalnum((unsigned char)next);
	}
	free(s);
	return found;
}

void
check_problem(struct buf *b, int *count, const char *fmt, ...)
{
	va_list ap;

	if ((*count)++ >= 4)
		return;
	if (*count > 1)
		buf_add(b, "; ");
	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

/* The text column's right edge: where 98% of the words end, but no nearer
 * than the leftmost word's margin mirrored (A4 papers have equal side
 * margins): a page of narrow table columns pulls the percentile inside
 * the column. */
static double
column_edge(const struct page *p, size_t n, char *const *keep, size_t *nwords)
{
	double *x0 = NULL, *x1 = NULL, left, right;
	size_t cap0 = 0, cap1 = 0, k = 0, i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < p[i].n; j++) {
			if (!keep[i][j])
				continue;
			x0 = xgrow(x0, &cap0, k + 1, sizeof *x0);
			x1 = xgrow(x1, &cap1, k + 1, sizeof *x1);
			x0[k] = p[i].w[j].x0;
			x1[k++] = p[i].w[j].x1;
		}
	*nwords = k;
	if (k == 0)
		return 0;
	qsort(x0, k, sizeof *x0, by_value);
	qsort(x1, k, sizeof *x1, by_value);
	right = k > 100 ? percentile(x1, k, 98) : x1[k - 1];
	left = x0[0];	/* body text starts there; table text inside its padding */
	free(x0);
	free(x1);
	return right > p[0].width - left ? right : p[0].width - left;
}

static int
by_left(const void *a, const void *b)
{
	const struct word *u = a, *v = b;

	return (u->x0 > v->x0) - (u->x0 < v->x0);
}

/* Words drawn over each other: overlapping by more than 1 pt across and
 * 40% of the shorter one's height. */
static void
overlaps(const struct page *pg, const char *keep, int page, struct buf *b, int *count)
{
	struct word *s = xcalloc(pg->n ? pg->n : 1, sizeof *s);
	size_t m = 0, j, k;

	for (j = 0; j < pg->n; j++)
		if (keep[j])
			s[m++] = pg->w[j];
	qsort(s, m, sizeof *s, by_left);
	for (j = 0; j < m; j++)
		for (k = j + 1; k < m && s[k].x0 < s[j].x1 - 0.5; k++) {
			double ox = (s[j].x1 < s[k].x1 ? s[j].x1 : s[k].x1) - s[k].x0;
			double oy = (s[j].y1 < s[k].y1 ? s[j].y1 : s[k].y1) -
			    (s[j].y0 > s[k].y0 ? s[j].y0 : s[k].y0);
			double hj = s[j].y1 - s[j].y0, hk = s[k].y1 - s[k].y0;

			if (ox > 1.0 && oy > 0.4 * (hj < hk ? hj : hk))
				check_problem(b, count, "p%d: '%s' overlaps '%s'", page, s[j].text,
				    s[k].text);
		}
	free(s);
}

int
layout_check(const struct page *p, size_t n, char *why, size_t whylen)
{
	struct buf b = {0};
	double *h = NULL, median_h = 0, right;
	size_t cap = 0, nh = 0, nwords, i, j;
	char **keep = xcalloc(n ? n : 1, sizeof *keep);
	int count = 0;

	for (i = 0; i < n; i++)
		for (j = 0; j < p[i].n; j++) {
			h = xgrow(h, &cap, nh + 1, sizeof *h);
			h[nh++] = p[i].w[j].y1 - p[i].w[j].y0;
		}
	if (nh > 0) {
		qsort(h, nh, sizeof *h, by_value);
		median_h = h[nh / 2];
	}
	free(h);
	for (i = 0; i < n; i++) {
		keep[i] = xcalloc(p[i].n ? p[i].n : 1, 1);
		for (j = 0; j < p[i].n; j++)
			keep[i][j] = !mark_piece(&p[i].w[j], median_h);
	}
	right = column_edge(p, n, keep, &nwords);
	if (n == 0 || nwords == 0)
		check_problem(&b, &count, "no pages or no text");
	for (i = 0; nwords > 0 && i < n; i++) {
		int page = (int)i + 1;

		if (!says_page_of(p[i].w, keep[i], p[i].n, page, (int)n))
			check_problem(&b, &count, "p%d: no 'Page %d of %zu'", page, page, n);
		for (j = 0; j < p[i].n; j++) {
			const struct word *w = &p[i].w[j];

			if (!keep[i][j])
				continue;
			if (w->x0 < 0 || w->y0 < 0 || w->x1 > p[i].width || w->y1 > p[i].height)
				check_problem(&b, &count, "p%d: '%s' off the page", page, w->text);
			else if (w->x1 > right + 3)
				check_problem(&b, &count,
				    "p%d: '%s' overruns the text column (%.0f > %.0f)", page,
				    w->text, w->x1, right);
		}
		overlaps(&p[i], keep[i], page, &b, &count);
	}
	if (count > 0)
		snprintf(why, whylen, "%d layout problems in %zu pages, first: %s", count, n, b.s);
	else
		snprintf(why, whylen,
		    "layout ok: %zu pages, %zu words, text column right edge %.0fpt",
		    n, nwords, right);
	for (i = 0; i < n; i++)
		free(keep[i]);
	free(keep);
	buf_free(&b);
	return count > 0 ? -1 : 0;
}

int
layout_check_pdf(const char *pdf, char *why, size_t whylen)
{
	size_t n;
	struct page *p = pdf_bbox(pdf, 0, 0, &n);
	int rc = layout_check(p, n, why, whylen);

	pages_free(p, n);
	return rc;
}
