/* Unit tests of the rating stage (rate.c): the datasets it gives a
 * template, on a paper's data made here rather than loaded. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "rate.h"
#include "util.h"

static const char *const measure_cols[] = {
	"kind", "theme", "theme_seq", "code", "name", "unit", "polarity", "direction",
	"floor", "target", "tolerance_pct",
};
static const char *const value_cols[] = { "fy", "quarter", "value" };

/* A paper of quarter 2 of 2024/25 with one KPI, whose values (text, as
 * the database gives them) are those of quarters 1 and 2. */
static struct paperdata *
paper_with(const char *q1, const char *q2, const char *target)
{
	static const char *const paper_cols[] = { "_fy", "quarter" };
	struct paperdata *pd = xcalloc(1, sizeof *pd);
	struct pd_query *paper = pd_query_new("paper", paper_cols, 2, NULL, NULL, 0);
	struct pd_query *m = pd_query_new("measures", measure_cols,
	    sizeof measure_cols / sizeof measure_cols[0], "measure_values", value_cols, 3);
	struct ds_row *row = ds_add_row(&paper->set), *v;
	const char *const quarters[] = { q1, q2 };
	size_t i;

	pd->source = xstrdup("test");
	ds_put(row, &paper->schema, "_fy", xstrdup("2024"));
	ds_put(row, &paper->schema, "quarter", xstrdup("2"));
	row = ds_add_row(&m->set);
	for (i = 0; i < sizeof measure_cols / sizeof measure_cols[0]; i++)
		ds_put(row, &m->schema, measure_cols[i], xstrdup(""));
	ds_put(row, &m->schema, "kind", xstrdup("kpi"));
	ds_put(row, &m->schema, "theme", xstrdup("Money"));
	ds_put(row, &m->schema, "theme_seq", xstrdup("1"));
	ds_put(row, &m->schema, "code", xstrdup("M1"));
	ds_put(row, &m->schema, "name", xstrdup("Share of invoices paid"));
	ds_put(row, &m->schema, "unit", xstrdup("ratio"));
	ds_put(row, &m->schema, "polarity", xstrdup("higher"));
	ds_put(row, &m->schema, "direction", xstrdup("previous"));
	ds_put(row, &m->schema, "target", xstrdup(target));
	for (i = 0; i < 2; i++) {
		v = ds_add_row(&row->child[0]);
		ds_put(v, &m->child, "fy", xstrdup("2024"));
		ds_put(v, &m->child, "quarter", xasprintf("%zu", i + 1));
		ds_put(v, &m->child, "value", xstrdup(quarters[i]));
	}
	pd_add_query(pd, paper);
	pd_add_query(pd, m);
	return pd;
}

/* The one KPI's row of kpi_themes. */
static const struct ds_row *
kpi_row(const struct paperdata *pd, const struct ds_schema **s)
{
	const struct dataset *t = pd_set(pd, "kpi_themes");

	cr_assert_not_null(t);
	cr_assert_eq(t->nrows, 1);
	cr_assert_eq(t->rows[0].child[0].nrows, 1);
	*s = t->rows[0].child[0].schema;
	return &t->rows[0].child[0].rows[0];
}

static double
num_of(const struct ds_row *row, const struct ds_schema *s, const char *col)
{
	double x = -1;

	cr_assert_eq(ds_num(row, ds_col(s, col), &x), 0, "%s has no number", col);
	return x;
}

Test(rate, chart_figures_carry_the_numbers_rated_not_their_digits)
{
	/* 0.1 + 0.2 and 1 + 1e-12: "%.10g" prints 0.3 and 1, which read
	 * back are other numbers. */
	struct paperdata *pd = paper_with("1.000000000001", "0.30000000000000004", "1e-12");
	const struct ds_schema *s;
	const struct ds_row *row;

	cr_assert_eq(rate_paper(pd), 0);
	row = kpi_row(pd, &s);
	cr_assert(num_of(row, s, "v12") == 0.1 + 0.2, "%.17g", num_of(row, s, "v12"));
	cr_assert(num_of(row, s, "v11") == 1 + 1e-12, "%.17g", num_of(row, s, "v11"));
	cr_assert(num_of(row, s, "target_raw") == 1e-12);
	/* What a template prints is as before. */
	cr_assert_str_eq(row->vals[ds_col(s, "v12")], "0.3");
	cr_assert_str_eq(row->vals[ds_col(s, "v11")], "1");
	cr_assert_str_eq(row->vals[ds_col(s, "value")], "0.30");
	cr_assert_str_eq(row->vals[ds_col(s, "rating")], "Green");
	pd_free(pd);
}

Test(rate, a_missing_figure_has_no_number_and_no_text)
{
	struct paperdata *pd = paper_with("n/a", "2.5", "");
	const struct ds_schema *s;
	const struct ds_row *row;
	double x;

	cr_assert_eq(rate_paper(pd), 0);
	row = kpi_row(pd, &s);
	cr_assert_eq(ds_num(row, ds_col(s, "v11"), &x), -1);
	cr_assert_str_eq(row->vals[ds_col(s, "v11")], "");
	cr_assert_eq(ds_num(row, ds_col(s, "target_raw"), &x), -1);
	cr_assert(num_of(row, s, "v12") == 2.5);
	/* A figure's own text has none: it is for readers. */
	cr_assert_eq(ds_num(row, ds_col(s, "value"), &x), -1);
	pd_free(pd);
}
