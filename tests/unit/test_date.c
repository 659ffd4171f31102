/* Unit tests of date.c: which dates are real days, day counts across leap
 * years and centuries, weekdays, dates as a paper writes them, and the
 * periods of financial years. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "date.h"

static struct date
day(const char *iso)
{
	struct date d;

	cr_assert_eq(date_parse(iso, &d), 0, "%s is a date", iso);
	return d;
}

Test(date, real_days_are_read)
{
	static const struct {
		const char *iso;
		int         y, m, d;
	} ok[] = {
		{ "2024-07-09", 2024, 7, 9 },
		{ "2024-02-29", 2024, 2, 29 },	/* a leap year */
		{ "2000-02-29", 2000, 2, 29 },	/* divisible by 400: leap */
		{ "1900-02-28", 1900, 2, 28 },
		{ "2025-12-31", 2025, 12, 31 },
		{ "2025-04-30", 2025, 4, 30 },
		{ "0001-01-01", 1, 1, 1 },
		{ "9999-12-31", 9999, 12, 31 },
	};
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		struct date d = day(ok[i].iso);

		cr_expect(d.year == ok[i].y && d.month == ok[i].m && d.day == ok[i].d,
		    "%s read as %d-%d-%d", ok[i].iso, d.year, d.month, d.day);
	}
}

Test(date, what_is_not_a_real_day_is_refused)
{
	static const char *const bad[] = {
		"2025-99-99", "2025-02-30", "2023-02-29",
		"1900-02-29",	/* divisible by 100, not by 400: not leap */
		"2025-13-01", "2025-00-10", "2025-01-00", "2025-04-31", "2025-06-31",
		"0000-01-01",
		"2025-1-9", "2025-01-9", "25-01-09", "20250109", "2025/01/09",
		" 2025-01-09", "+025-01-09", "2025-01-09x", "2025-01-09 ", "2025-01-09T10:00",
		"2025-01-0", "2025-01-", "2025", "",
	};
	struct date d;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(date_parse(bad[i], &d), -1, "'%s' is not a date", bad[i]);
	cr_expect_eq(date_parse(NULL, &d), -1);
}

Test(date, days_between_count_leap_days_and_centuries)
{
	static const struct {
		const char *a, *b;
		long        days;
	} cases[] = {
		{ "2024-02-28", "2024-03-01", 2 },
		{ "2023-02-28", "2023-03-01", 1 },
		{ "1900-02-28", "1900-03-01", 1 },
		{ "2000-02-28", "2000-03-01", 2 },
		{ "2024-01-01", "2025-01-01", 366 },
		{ "2025-01-01", "2026-01-01", 365 },
		{ "2025-03-24", "2025-04-22", 29 },	/* 28 clear days */
		{ "2025-04-22", "2025-03-24", -29 },
		{ "2024-12-31", "2025-01-01", 1 },
		{ "2025-07-01", "2025-07-01", 0 },
		{ "0001-01-01", "9999-12-31", 3652058 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		cr_expect_eq(date_days_between(day(cases[i].a), day(cases[i].b)), cases[i].days,
		    "%s to %s", cases[i].a, cases[i].b);
}

Test(date, weekdays)
{
	static const struct {
		const char *iso;
		int         wd;	/* 0 Monday */
	} cases[] = {
		{ "2024-07-09", 1 }, { "2015-09-22", 1 }, { "2000-01-01", 5 },
		{ "1900-01-01", 0 }, { "2024-02-29", 3 }, { "2025-12-28", 6 },
		{ "0001-01-01", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		cr_expect_eq(date_weekday(day(cases[i].iso)), cases[i].wd, "%s", cases[i].iso);
}

Test(date, dates_are_written_as_a_paper_writes_them)
{
	static const struct {
		const char     *iso;
		enum date_style style;
		const char     *text;
	} cases[] = {
		{ "2024-07-09", DATE_PLAIN, "9 July 2024" },
		{ "2024-07-09", DATE_LONG, "Tuesday 9 July 2024" },
		{ "2015-09-22", DATE_LONG, "Tuesday 22 September 2015" },
		{ "2024-02-29", DATE_LONG, "Thursday 29 February 2024" },
		{ "2025-01-01", DATE_PLAIN, "1 January 2025" },
		{ "2025-12-28", DATE_LONG, "Sunday 28 December 2025" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = date_text(day(cases[i].iso), cases[i].style);

		cr_expect_str_eq(s, cases[i].text);
		free(s);
	}
}

Test(date, periods_are_read_strictly)
{
	static const struct {
		const char *fy, *q;
	} bad[] = {
		{ NULL, "2" }, { "24", "2" }, { "2024x", "2" }, { "", NULL }, { "2024.0", NULL },
		{ "0000", NULL }, { "2024", "0" }, { "2024", "5" }, { "2024", "12" }, { "2024", "" },
		{ "2024", "Q2" },
	};
	struct period p;
	size_t i;

	cr_assert_eq(period_parse("2024", "2", &p), 0);
	cr_expect(p.fy == 2024 && p.quarter == 2);
	cr_assert_eq(period_parse("2024", NULL, &p), 0);
	cr_expect(p.fy == 2024 && p.quarter == 0, "no quarter: the whole year");
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(period_parse(bad[i].fy, bad[i].q, &p), -1, "fy '%s' quarter '%s'",
		    bad[i].fy ? bad[i].fy : "NULL", bad[i].q ? bad[i].q : "NULL");
}

Test(date, dates_are_read_as_a_uk_spreadsheet_writes_them)
{
	static const char *const same[] = { "2025-01-28", "28/01/2025", "28/1/2025" };
	static const char *const bad[] = {
		"30/02/2025", "28/13/2025", "0/01/2025", "28/01/25", "28-01-2025", "2025/01/28",
		"28/01/2025 ", "123/01/2025", "29/02/2025", "",
	};
	struct date d;
	char *iso;
	size_t i;

	for (i = 0; i < sizeof same / sizeof same[0]; i++) {
		cr_assert_eq(date_read(same[i], &d), 0, "'%s' is a date", same[i]);
		iso = date_iso(d);
		cr_expect_str_eq(iso, "2025-01-28", "'%s'", same[i]);
		free(iso);
	}
	cr_expect_eq(date_read("29/02/2024", &d), 0, "a leap day");
	cr_expect_eq(date_read("1/3/0999", &d), 0);
	iso = date_iso(d);
	cr_expect_str_eq(iso, "0999-03-01", "four digits always");
	free(iso);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(date_read(bad[i], &d), -1, "'%s' is not a date", bad[i]);
}

Test(date, periods_are_read_as_people_write_them)
{
	static const struct {
		const char *s;
		int         fy, q;
	} ok[] = {
		{ "2024/25 Q3", 2024, 3 }, { "Q3 2024/25", 2024, 3 }, { "2024/25 q1", 2024, 1 },
		{ "q4 1999/00", 1999, 4 }, { "2024/25", 2024, 0 }, { "9999/00 Q2", 9999, 2 },
	};
	static const char *const bad[] = {
		"", "2024", "2024/26 Q3", "2024/25 Q5", "2024/25 Q0", "2024/25  Q3", "2024/25 Q3 ",
		"Q3", "Q3 2024", "Q32024/25", "2024-25 Q3", "0000/01 Q1", "2024/2 Q3", "Q3 2024/25x",
	};
	struct period p;
	size_t i;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		cr_assert_eq(period_read(ok[i].s, &p), 0, "'%s' is a period", ok[i].s);
		cr_expect(p.fy == ok[i].fy && p.quarter == ok[i].q, "'%s' read as %d Q%d", ok[i].s,
		    p.fy, p.quarter);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		cr_expect_eq(period_read(bad[i], &p), -1, "'%s' is not a period", bad[i]);
}

Test(date, periods_are_written_with_both_years)
{
	static const struct {
		struct period p;
		const char   *text, *label;
	} cases[] = {
		{ { 2024, 2 }, "2024/25 Q2", "Q2 2024/25" },
		{ { 2024, 0 }, "2024/25", NULL },
		{ { 1999, 4 }, "1999/00 Q4", "Q4 1999/00" },
		{ { 2009, 1 }, "2009/10 Q1", "Q1 2009/10" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = period_text(cases[i].p);

		cr_expect_str_eq(t, cases[i].text);
		free(t);
		if (cases[i].label != NULL) {
			t = period_label(cases[i].p);
			cr_expect_str_eq(t, cases[i].label);
			free(t);
		}
	}
}

Test(date, quarters_step_across_years)
{
	struct period q1 = { 2024, 1 }, q4 = { 2023, 4 }, p;

	cr_expect_eq(period_index(q1) - period_index(q4), 1);
	p = period_at(period_index(q1) - 1);
	cr_expect(p.fy == 2023 && p.quarter == 4, "Q1 2024/25 comes after Q4 2023/24");
	p = period_at(period_index(q1) - 11);
	cr_expect(p.fy == 2021 && p.quarter == 2, "eleven quarters back: Q2 2021/22");
	p = period_at(period_index(q4));
	cr_expect(p.fy == 2023 && p.quarter == 4);
}
