/* measures.c: the KPI rules: RAG rating, direction of travel, number
 * formats, the summary sentence and chart axes. */
#include "measures.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Figures are entered with a few decimals; two doubles closer than this
 * fraction of their size differ only by binary rounding (8.0 plus 1% is
 * 8.080000000000002), and a figure exactly at its target must meet it. */
#define SAME_REL 1e-9

static const char *const polarity_words[] = { "higher", "lower" };
static const char *const method_words[] = { "previous", "year_ago", "trend" };
static const char *const unit_words[] = { "%", "days", "count", "ratio", "£", "score" };

static int
word_index(const char *s, const char *const *words, size_t n)
{
	size_t i;

	for (i = 0; s != NULL && i < n; i++)
		if (strcmp(s, words[i]) == 0)
			return (int)i;
	return -1;
}

int
polarity_parse(const char *s, enum polarity *out)
{
	int i = word_index(s, polarity_words, 2);

	if (i >= 0)
		*out = (enum polarity)i;
	return i >= 0 ? 0 : -1;
}

int
dot_method_parse(const char *s, enum dot_method *out)
{
	int i = word_index(s, method_words, 3);

	if (i >= 0)
		*out = (enum dot_method)i;
	return i >= 0 ? 0 : -1;
}

int
unit_parse(const char *s, enum unit *out)
{
	int i = word_index(s, unit_words, 6);

	if (i >= 0)
		*out = (enum unit)i;
	return i >= 0 ? 0 : -1;
}

static int
present(struct mvalue x)
{
	return x.present && isfinite(x.v);
}

static int
same(double a, double b)
{
	return fabs(a - b) <= SAME_REL * fmax(fabs(a), fabs(b));
}

/* Whether v meets bar: at or beyond it in the direction that is better. */
static int
meets(double v, double bar, enum polarity pol)
{
	if (same(v, bar))
		return 1;
	return pol == POL_HIGHER ? v > bar : v < bar;
}

enum rag
rag_rate(struct mvalue value, struct mvalue floor_std, struct mvalue target,
    enum polarity pol, struct mvalue tolerance_pct)
{
	double band;

	if (!present(value) || !present(target))
		return RAG_NOT_RATED;
	if (meets(value.v, target.v, pol))
		return RAG_GREEN;
	if (present(floor_std) && !meets(value.v, floor_std.v, pol))
		return RAG_RED;
	if (present(tolerance_pct) && tolerance_pct.v > 0) {
		band = fabs(target.v) * tolerance_pct.v / 100.0;
		if (meets(value.v, pol == POL_HIGHER ? target.v - band : target.v + band, pol))
			return RAG_GREEN;
	}
	/* Without a floor nothing is red: a missed target is amber. */
	return RAG_AMBER;
}

const char *
rag_text(enum rag r)
{
	switch (r) {
	case RAG_GREEN:
		return "Green";
	case RAG_AMBER:
		return "Amber";
	case RAG_RED:
		return "Red";
	case RAG_NOT_RATED:
		break;
	}
	return "Not rated";
}

static enum dot
judge(double change, enum polarity pol)
{
	return (change > 0) == (pol == POL_HIGHER) ? DOT_IMPROVING : DOT_WORSENING;
}

/* Least-squares slope (unit per quarter) through the present values of
 * series[from..to], x being the quarter's index so that a missing quarter
 * keeps its place. Returns the number of points; *mag is their mean
 * magnitude. */
static size_t
trend(const struct mvalue *series, size_t from, size_t to, double *slope, double *mag)
{
	double sx = 0, sy = 0, sa = 0, mx, my, sxx = 0, sxy = 0;
	size_t i, np = 0;

	for (i = from; i <= to; i++) {
		if (!present(series[i]))
			continue;
		sx += (double)i;
		sy += series[i].v;
		sa += fabs(series[i].v);
		np++;
	}
	if (np < 2)
		return np;
	mx = sx / (double)np;
	my = sy / (double)np;
	for (i = from; i <= to; i++) {
		if (!present(series[i]))
			continue;
		sxx += ((double)i - mx) * ((double)i - mx);
		sxy += ((double)i - mx) * (series[i].v - my);
	}
	*slope = sxy / sxx;
	*mag = sa / (double)np;
	return np;
}

enum dot
dot_direction(const struct mvalue *series, size_t n, size_t cur,
    enum dot_method method, enum polarity pol, struct mvalue threshold)
{
	double now, then, slope = 0, mag = 0, bar;
	size_t from, lag;

	if (series == NULL || cur >= n || !present(series[cur]))
		return DOT_NONE;
	if (method == DOT_TREND) {
		from = cur + 1 > DOT_TREND_QUARTERS ? cur + 1 - DOT_TREND_QUARTERS : 0;
		if (trend(series, from, cur, &slope, &mag) < DOT_TREND_MIN_POINTS)
			return DOT_NONE;
		bar = present(threshold) ? fabs(threshold.v) : mag * DOT_TREND_DEFAULT_PCT / 100.0;
		/* A flat series can fit a slope of rounding noise. */
		bar = fmax(bar, SAME_REL * mag);
		return fabs(slope) <= bar ? DOT_NO_CHANGE : judge(slope, pol);
	}
	lag = method == DOT_YEAR_AGO ? 4 : 1;
	if (cur < lag || !present(series[cur - lag]))
		return DOT_NONE;
	now = series[cur].v;
	then = series[cur - lag].v;
	return same(now, then) ? DOT_NO_CHANGE : judge(now - then, pol);
}

const char *
dot_text(enum dot d)
{
	switch (d) {
	case DOT_IMPROVING:
		return "Improving";
	case DOT_WORSENING:
		return "Worsening";
	case DOT_NO_CHANGE:
		return "No clear change";
	case DOT_NONE:
		break;
	}
	return "Not enough data";
}

/* Appends the unsigned decimal digits, with a comma between thousands. */
static void
add_grouped(struct buf *b, const char *digits)
{
	size_t i, whole = strcspn(digits, ".");

	for (i = 0; i < whole; i++) {
		if (i > 0 && (whole - i) % 3 == 0)
			buf_addc(b, ',');
		buf_addc(b, digits[i]);
	}
	buf_add(b, digits + whole);
}

/* x with that many decimals in unit u's form; pounds drop ".00" when
 * drop_pence is set. */
static char *
figure(double x, enum unit u, int decimals, int drop_pence)
{
	struct buf b = {0};
	char *digits;
	size_t len;

	digits = xasprintf("%.*f", decimals, fabs(x));
	len = strlen(digits);
	if (u == UNIT_POUNDS && drop_pence && strcmp(digits + len - 3, ".00") == 0)
		digits[len - 3] = '\0';
	/* No "-0.0%" for a small negative figure that rounds to zero. */
	if (x < 0 && strpbrk(digits, "123456789") != NULL)
		buf_addc(&b, '-');
	if (u == UNIT_POUNDS)
		buf_add(&b, "£");
	add_grouped(&b, digits);
	if (u == UNIT_PERCENT)
		buf_addc(&b, '%');
	else if (u == UNIT_DAYS)
		buf_add(&b, strcmp(digits, "1") == 0 ? " day" : " days");
	free(digits);
	return buf_take(&b);
}

char *
measure_format(struct mvalue v, enum unit u)
{
	int decimals = 1;

	if (!present(v))
		return xstrdup("n/a");
	if (u == UNIT_COUNT)
		decimals = 0;
	else if (u == UNIT_RATIO || u == UNIT_POUNDS)
		decimals = 2;
	return figure(v.v, u, decimals, 1);
}

char *
measure_format_places(struct mvalue v, enum unit u, int decimals)
{
	double scaled;

	if (!present(v))
		return xstrdup("n/a");
	if (decimals < 0) {
		for (decimals = 0; decimals < 2; decimals++) {
			scaled = v.v * pow(10, decimals);
			if (fabs(scaled - nearbyint(scaled)) <= SAME_REL * fmax(1, fabs(scaled)))
				break;
		}
	}
	if (u == UNIT_POUNDS && decimals > 0)
		decimals = 2;
	return figure(v.v, u, decimals, 0);
}

int
mv_present(struct mvalue v)
{
	return present(v);
}

const char *
unit_word(enum unit u)
{
	return unit_words[u];
}

void
rag_tally(struct rag_counts *c, enum rag r, enum dot d)
{
	c->by_rag[r]++;
	if (d == DOT_IMPROVING)
		c->improving++;
}

/* "3 are improving", with "none", "neither", "all", "both" where they read
 * better than a number. */
static void
add_improving(struct buf *b, unsigned total, unsigned improving)
{
	if (improving == 0)
		buf_add(b, total == 2 ? "neither is improving" : "none is improving");
	else if (improving == total)
		buf_add(b, total == 2 ? "both are improving" : "all are improving");
	else if (improving == 1)
		buf_add(b, "1 is improving");
	else
		buf_addf(b, "%u are improving", improving);
}

char *
measure_summary(const struct rag_counts *c)
{
	static const enum rag order[] = { RAG_GREEN, RAG_AMBER, RAG_RED, RAG_NOT_RATED };
	static const char *const words[] = { "not rated", "red", "amber", "green" };
	struct buf b = {0};
	unsigned total = 0, kinds = 0, done = 0, k;
	size_t i;

	for (i = 0; i < 4; i++) {
		total += c->by_rag[i];
		kinds += c->by_rag[i] > 0;
	}
	if (c->improving > total)
		return NULL;
	if (total == 0)
		return xstrdup("There are no KPIs to report.");
	if (total == 1) {
		for (i = 0; c->by_rag[order[i]] == 0; i++)
			continue;
		return xasprintf("The one KPI is %s; it is %simproving.", words[order[i]],
		    c->improving ? "" : "not ");
	}
	if (kinds == 1 && c->by_rag[RAG_NOT_RATED] == total) {
		if (total == 2)
			buf_add(&b, "Neither KPI is rated; ");
		else
			buf_addf(&b, "None of the %u KPIs is rated; ", total);
	} else if (kinds == 1) {
		for (i = 0; c->by_rag[order[i]] == 0; i++)
			continue;
		if (total == 2)
			buf_addf(&b, "Both KPIs are %s; ", words[order[i]]);
		else
			buf_addf(&b, "All %u KPIs are %s; ", total, words[order[i]]);
	} else {
		buf_addf(&b, "Of %u KPIs, ", total);
		for (i = 0; i < 4; i++) {
			k = c->by_rag[order[i]];
			if (k == 0)
				continue;
			if (done > 0)
				buf_add(&b, done + 1 == kinds ? " and " : ", ");
			if (done == 0)
				buf_addf(&b, "%u %s %s", k, k == 1 ? "is" : "are", words[order[i]]);
			else
				buf_addf(&b, "%u %s", k, words[order[i]]);
			done++;
		}
		buf_add(&b, "; ");
	}
	add_improving(&b, total, c->improving);
	buf_addc(&b, '.');
	return buf_take(&b);
}

static double
tick_at(long k, int mant, int exp10)
{
	double units = (double)k * mant;

	/* Dividing by an exact power of ten rounds once: 3 * 1 / 10 is 0.3. */
	if (exp10 < 0)
		return units / pow(10, -exp10);
	return units * pow(10, exp10);
}

/* The ticks of step mant * 10^exp10 that just cover lo..hi, widened to at
 * least 4, a step below first; 0 when the step cannot be used at this
 * magnitude. */
static int
cover(double lo, double hi, int mant, int exp10, long *first, long *last)
{
	double step = tick_at(1, mant, exp10);
	int below = 1;

	if (!isnormal(step) || fabs(lo / step) > 1e15 || fabs(hi / step) > 1e15)
		return 0;
	*first = (long)floor(lo / step);
	while (tick_at(*first + 1, mant, exp10) <= lo)
		(*first)++;
	while (tick_at(*first, mant, exp10) > lo)
		(*first)--;
	*last = (long)ceil(hi / step);
	while (tick_at(*last - 1, mant, exp10) >= hi)
		(*last)--;
	while (tick_at(*last, mant, exp10) < hi)
		(*last)++;
	/* Too few ticks leave the data's only gridlines at its edges:
	 * floor 55 and target 65 read better on 50 to 65 by 5 than on
	 * 54 to 66 by 2. */
	for (; *last - *first < 3; below = !below) {
		if (below)
			(*first)--;
		else
			(*last)++;
	}
	return 1;
}

struct axis
axis_ticks(const struct mvalue *vals, size_t n, int from_zero)
{
	static const int mants[] = { 1, 2, 5 };
	struct axis a = { 0, 5, 1, 6, 0, 1, 0 };
	double lo = 0, hi = 0, decade;
	long first, last, nt;
	int any = 0, e, e0, i, score, best = -1;
	size_t j;

	for (j = 0; j < n; j++) {
		if (!present(vals[j]))
			continue;
		lo = any ? fmin(lo, vals[j].v) : vals[j].v;
		hi = any ? fmax(hi, vals[j].v) : vals[j].v;
		any = 1;
	}
	if (from_zero) {
		lo = fmin(lo, 0);
		hi = fmax(hi, 0);
	}
	if (lo == 0 && hi == 0)
		return a;
	if (same(lo, hi)) {
		decade = pow(10, floor(log10(fabs(lo))));
		lo -= decade;
		hi += decade;
	}
	if (!isfinite(hi - lo))
		return a;
	e0 = (int)floor(log10((hi - lo) / 5));
	/* Steps in rising order: a later one wins only with strictly fewer
	 * ticks over 6, so the finest step with 4 to 6 is kept; a coarse
	 * enough step always has at most 6. */
	for (e = e0 - 1; e <= e0 + 1; e++) {
		for (i = 0; i < 3; i++) {
			if (!cover(lo, hi, mants[i], e, &first, &last))
				continue;
			nt = last - first + 1;
			score = nt > 6 ? (int)(nt - 6) : 0;
			if (best >= 0 && score >= best)
				continue;
			best = score;
			a.first = first;
			a.nticks = (int)nt;
			a.mant = mants[i];
			a.exp10 = e;
		}
	}
	if (best < 0)
		return a;
	a.step = tick_at(1, a.mant, a.exp10);
	a.min = tick_at(a.first, a.mant, a.exp10);
	a.max = tick_at(a.first + a.nticks - 1, a.mant, a.exp10);
	return a;
}

double
axis_tick(const struct axis *a, int i)
{
	return tick_at(a->first + i, a->mant, a->exp10);
}

int
axis_decimals(const struct axis *a)
{
	return a->exp10 < 0 ? -a->exp10 : 0;
}
