/* rate.c: the rating stage. Each KPI of the paper's strategy is rated
 * (Kent's rule, polarity-aware, with its tolerance) on the value of the
 * paper's quarter, and its direction of travel judged by the method it
 * names over the twelve quarters ending there; themes and the whole set
 * are counted and summed up in a sentence. */
#include "rate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "measures.h"
#include "util.h"

#define NQ DOT_TREND_QUARTERS	/* quarters of history the series holds */

static const char *const theme_cols[] = { "seq", "name", "kpis", "summary", "key" };
static const char *const kpi_cols[] = {
	"code", "name", "unit", "unit_name", "floor", "target", "q1", "q2", "q3", "q4", "value",
	"previous", "previous_label",
	"rating", "rating_key", "direction", "direction_key", "method", "headline",
	"floor_raw", "target_raw",
	"v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12",
	"l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9", "l10", "l11", "l12",
};
static const char *const sum_cols[] = {
	"period", "kpis", "green", "amber", "red", "not_rated", "improving", "sentence",
};

static const char *const rag_keys[] = { "not-rated", "red", "amber", "green" };
static const char *const dot_keys[] = { "none", "improving", "worsening", "level" };
static const char *const method_words[] = {
	"against the previous quarter", "against the same quarter last year",
	"by the trend over up to twelve quarters",
};

/* A figure for a KPI table's column: with its unit, as every column of
 * the row has it ("9.5 days" beside "65.0%"), the figure and the unit
 * kept on one line (a no-break space). Caller frees. */
static char *
figure(struct mvalue v, enum unit u)
{
	char *s = measure_format(v, u), *sp = strchr(s, ' ');
	struct buf b = {0};

	if (sp == NULL)
		return s;
	buf_addn(&b, s, (size_t)(sp - s));
	buf_add(&b, "\xC2\xA0");
	buf_add(&b, sp + 1);
	free(s);
	return buf_take(&b);
}

/* A figure for a chart: plain digits as its text, or empty when missing,
 * and the figure itself as its number, which a chart takes exactly. */
static void
put_raw(struct ds_row *row, const struct ds_schema *s, const char *col, struct mvalue v)
{
	ds_put(row, s, col, v.present ? xasprintf("%.10g", v.v) : xstrdup(""));
	if (v.present)
		ds_put_num(row, s, col, v.v);
}

static struct mvalue
number(const char *s)
{
	char *end;
	double v;

	if (s == NULL || *s == '\0')
		return MV_NA;
	v = strtod(s, &end);
	return *end == '\0' ? MV(v) : MV_NA;
}

static const char *
col(const struct dataset *d, const struct ds_row *row, const char *name)
{
	int c = ds_col(d->schema, name);

	return c >= 0 ? row->vals[c] : NULL;
}

/* The measure's values for the NQ quarters ending at quarter `at`,
 * oldest first; quarters with no value are missing. */
static void
series_of(const struct dataset *vals, struct period at, struct mvalue *series)
{
	long end = period_index(at), t;
	struct period p;
	size_t r;

	for (r = 0; r < NQ; r++)
		series[r] = MV_NA;
	for (r = 0; r < vals->nrows; r++) {
		if (period_parse(col(vals, &vals->rows[r], "fy"), col(vals, &vals->rows[r], "quarter"),
		    &p) == -1 || p.quarter == 0)
			continue;
		t = period_index(p);
		if (t <= end && t > end - NQ)
			series[NQ - 1 - (end - t)] = number(col(vals, &vals->rows[r], "value"));
	}
}

static char *
count_text(unsigned n)
{
	return xasprintf("%u", n);
}

/* The key under a theme's table: what the ratings mean and which
 * direction methods its measures use. */
static char *
theme_key(const int used[3])
{
	struct buf b = {0};
	int i, n = 0;

	buf_add(&b, "Rating: green, target met; amber, floor standard met but target missed; "
	    "red, floor standard not met. Direction of travel judged ");
	for (i = 0; i < 3; i++)
		if (used[i])
			buf_addf(&b, "%s%s", n++ ? "; or " : "", method_words[i]);
	buf_add(&b, n ? ", as each measure names." : "as each measure names.");
	return buf_take(&b);
}

static void
close_theme(struct ds_row *theme, const struct ds_schema *s, const struct rag_counts *c,
    unsigned n, const int used[3])
{
	char *sentence = measure_summary(c);

	ds_put(theme, s, "kpis", count_text(n));
	ds_put(theme, s, "summary", sentence ? sentence : xstrdup(""));
	ds_put(theme, s, "key", theme_key(used));
}

int
rate_paper(struct paperdata *pd)
{
	const struct dataset *m = pd_set(pd, "measures");
	struct pd_query *themes = pd_query_new("kpi_themes", theme_cols,
	    sizeof theme_cols / sizeof theme_cols[0], "kpis", kpi_cols,
	    sizeof kpi_cols / sizeof kpi_cols[0]);
	struct pd_query *sum = pd_query_new("kpi_summary", sum_cols,
	    sizeof sum_cols / sizeof sum_cols[0], NULL, NULL, 0);
	struct rag_counts all = {{0}, 0}, one = {{0}, 0};
	struct ds_row *theme = NULL, *row;
	const char *last_theme = NULL;
	struct period at;
	/* Rated only for a quarter: a whole year, or none, has no KPIs. */
	int quarterly = period_parse(pd_get(pd, "paper", "_fy"), pd_get(pd, "paper", "quarter"),
	    &at) == 0 && at.quarter > 0;
	int used[3] = {0}, rc = -1;
	unsigned nall = 0, none = 0;
	size_t r, k;
	char *sentence;

	for (r = 0; quarterly && m != NULL && r < m->nrows; r++) {
		const struct ds_row *mr = &m->rows[r];
		const struct dataset *vals = &mr->child[ds_child(m->schema, "measure_values")];
		const char *kind = col(m, mr, "kind"), *name = col(m, mr, "theme");
		struct mvalue series[NQ];
		enum unit unit;
		enum polarity pol;
		enum dot_method method;
		enum rag rating;
		enum dot dir;

		if (kind == NULL || strcmp(kind, "kpi") != 0)
			continue;
		if (unit_parse(col(m, mr, "unit"), &unit) == -1 ||
		    polarity_parse(col(m, mr, "polarity"), &pol) == -1 ||
		    dot_method_parse(col(m, mr, "direction"), &method) == -1) {
			char ctx[48];
			struct srcpos pos = { pd->source, 0, 0, ctx };

			snprintf(ctx, sizeof ctx, "paper %ld", pd->paper_id);
			diag(D_MEASURE_KIND, &pos, "measure %s", col(m, mr, "code"));
			goto out;
		}
		if (theme == NULL || name == NULL || last_theme == NULL || strcmp(name, last_theme) != 0) {
			if (theme != NULL)
				close_theme(theme, &themes->schema, &one, none, used);
			theme = ds_add_row(&themes->set);
			ds_put(theme, &themes->schema, "seq", xstrdup(col(m, mr, "theme_seq")));
			ds_put(theme, &themes->schema, "name", xstrdup(name ? name : ""));
			memset(&one, 0, sizeof one);
			memset(used, 0, sizeof used);
			none = 0;
			last_theme = name;
		}
		series_of(vals, at, series);
		rating = rag_rate(series[NQ - 1], number(col(m, mr, "floor")),
		    number(col(m, mr, "target")), pol, number(col(m, mr, "tolerance_pct")));
		dir = dot_direction(series, NQ, NQ - 1, method, pol, MV_NA);
		/* Too few quarters for the measure's own method (a trend needs
		 * three, a year ago five): judge what the data allows, and the
		 * key then names the method used. */
		if (dir == DOT_NONE && method != DOT_PREVIOUS &&
		    dot_direction(series, NQ, NQ - 1, DOT_PREVIOUS, pol, MV_NA) != DOT_NONE) {
			method = DOT_PREVIOUS;
			dir = dot_direction(series, NQ, NQ - 1, method, pol, MV_NA);
		}
		rag_tally(&all, rating, dir);
		rag_tally(&one, rating, dir);
		nall++;
		none++;
		used[method] = 1;

		row = ds_add_row(&theme->child[0]);
		ds_put(row, &themes->child, "code", xstrdup(col(m, mr, "code")));
		ds_put(row, &themes->child, "name", xstrdup(col(m, mr, "name")));
		ds_put(row, &themes->child, "unit", xstrdup(col(m, mr, "unit")));
		ds_put(row, &themes->child, "unit_name", xstrdup(col(m, mr, "name")));
		ds_put(row, &themes->child, "floor", figure(number(col(m, mr, "floor")), unit));
		ds_put(row, &themes->child, "target", figure(number(col(m, mr, "target")), unit));
		/* The year's quarters: those to come are left blank, not "n/a". */
		for (k = 1; k <= 4; k++) {
			char qcol[4];

			snprintf(qcol, sizeof qcol, "q%zu", k);
			ds_put(row, &themes->child, qcol, (int)k <= at.quarter ?
			    figure(series[NQ - 1 - (size_t)(at.quarter - (int)k)], unit) : xstrdup(""));
		}
		ds_put(row, &themes->child, "value", measure_format(series[NQ - 1], unit));
		/* The quarter before, as value prints it, for a "was" column. */
		ds_put(row, &themes->child, "previous", measure_format(series[NQ - 2], unit));
		ds_put(row, &themes->child, "previous_label",
		    period_label(period_at(period_index(at) - 1)));
		ds_put(row, &themes->child, "rating", xstrdup(rag_text(rating)));
		ds_put(row, &themes->child, "rating_key", xstrdup(rag_keys[rating]));
		ds_put(row, &themes->child, "direction", xstrdup(dot_text(dir)));
		ds_put(row, &themes->child, "direction_key", xstrdup(dot_keys[dir]));
		ds_put(row, &themes->child, "method", xstrdup(method_words[method]));
		ds_put(row, &themes->child, "headline", xstrdup(none == 1 ? "1" : "0"));
		put_raw(row, &themes->child, "floor_raw", number(col(m, mr, "floor")));
		put_raw(row, &themes->child, "target_raw", number(col(m, mr, "target")));
		/* The twelve quarters for charts: v1 the oldest, v12 this one. */
		for (k = 0; k < NQ; k++) {
			char vcol[8], lcol[8];

			snprintf(vcol, sizeof vcol, "v%zu", k + 1);
			snprintf(lcol, sizeof lcol, "l%zu", k + 1);
			put_raw(row, &themes->child, vcol, series[k]);
			ds_put(row, &themes->child, lcol,
			    period_label(period_at(period_index(at) - (long)(NQ - 1 - k))));
		}
	}
	if (theme != NULL)
		close_theme(theme, &themes->schema, &one, none, used);

	row = ds_add_row(&sum->set);
	ds_put(row, &sum->schema, "period", quarterly ? period_text(at) : xstrdup(""));
	ds_put(row, &sum->schema, "kpis", count_text(nall));
	ds_put(row, &sum->schema, "green", count_text(all.by_rag[RAG_GREEN]));
	ds_put(row, &sum->schema, "amber", count_text(all.by_rag[RAG_AMBER]));
	ds_put(row, &sum->schema, "red", count_text(all.by_rag[RAG_RED]));
	ds_put(row, &sum->schema, "not_rated", count_text(all.by_rag[RAG_NOT_RATED]));
	ds_put(row, &sum->schema, "improving", count_text(all.improving));
	sentence = measure_summary(&all);
	ds_put(row, &sum->schema, "sentence", sentence ? sentence : xstrdup(""));
	pd_add_query(pd, themes);
	pd_add_query(pd, sum);
	themes = sum = NULL;
	rc = 0;
out:
	pd_query_free(themes);
	pd_query_free(sum);
	return rc;
}
