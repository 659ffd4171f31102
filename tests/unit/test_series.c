/* Unit tests of series.c: the cadence of a series, when a period ends,
 * days counted back to a deadline, and the calendar's lines. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "series.h"
#include "util.h"

Test(series, a_quarterly_series_takes_each_quarter_in_turn)
{
	struct period p = series_next((struct period){ 2024, 3 }, 0);

	cr_assert(p.fy == 2024 && p.quarter == 4);
	p = series_next(p, 0);
	cr_assert(p.fy == 2025 && p.quarter == 1, "the year after Q4");
}

Test(series, a_biannual_series_takes_the_mid_year_point_and_the_year_end)
{
	struct period p = series_next((struct period){ 2024, 2 }, 1);

	cr_assert(p.fy == 2024 && p.quarter == 4, "after the mid-year point, the year end");
	p = series_next(p, 1);
	cr_assert(p.fy == 2025 && p.quarter == 2, "then the next year's mid-year point");
	p = series_next((struct period){ 2024, 1 }, 1);
	cr_assert(p.fy == 2024 && p.quarter == 2);
}

Test(series, a_period_ends_with_its_quarter_or_year)
{
	static const struct { struct period p; struct date after; } cases[] = {
		{ { 2024, 1 }, { 2024, 7, 1 } },
		{ { 2024, 2 }, { 2024, 10, 1 } },
		{ { 2024, 3 }, { 2025, 1, 1 } },
		{ { 2024, 4 }, { 2025, 4, 1 } },
		{ { 2024, 0 }, { 2025, 4, 1 } },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct date d = period_after(cases[i].p);

		cr_assert(d.year == cases[i].after.year && d.month == cases[i].after.month &&
		    d.day == cases[i].after.day, "case %zu: %d-%d-%d", i, d.year, d.month, d.day);
	}
}

Test(series, five_clear_days_before_a_meeting)
{
	/* Neither the day of publication nor the meeting's counts: published
	 * on Wednesday 22 January for Tuesday 28 January 2025. */
	struct date d = date_add((struct date){ 2025, 1, 28 }, -(DUE_CLEAR_DAYS + 1));

	cr_assert(d.year == 2025 && d.month == 1 && d.day == 22, "%d-%d-%d", d.year, d.month, d.day);
	d = date_add((struct date){ 2024, 3, 4 }, -(DUE_CLEAR_DAYS + 1));
	cr_assert(d.month == 2 && d.day == 27, "across a leap February: %d-%d", d.month, d.day);
	d = date_add((struct date){ 2024, 12, 31 }, 1);
	cr_assert(d.year == 2025 && d.month == 1 && d.day == 1);
}

Test(series, calendar_lines_are_escaped_and_folded_between_characters)
{
	static char date[] = "2025-01-28", committee[] = "Strategy, Resources; and Performance "
	    "Committee", venue[] = "New Shire Hall", item[] = "8", title[] = "éééééééééééééééééééééééééééééééééééééééé: Zoë’s report on "
	    "“people”, with a title long enough to be folded twice over";
	struct due d = { .meeting = 3, .date = date, .committee = committee, .venue = venue,
	    .item = item, .paper = 4, .title = title, .deadline = { 2025, 1, 22 } };
	struct due_list l = { .v = &d, .n = 1 };
	char *ics = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&ics, &len);
	const char *line, *end;
	struct buf unfolded = {0};

	due_ics(&l, 0, f);
	fclose(f);
	cr_assert_geq(find(ics, "SUMMARY:Strategy\\, Resources\\; and Performance Committee\r\n"), 0,
	    "%s", ics);
	cr_assert_geq(find(ics, "DTSTAMP:19700101T000000Z\r\n"), 0);
	cr_assert_geq(find(ics, "UID:deadline-paper-4@docket\r\n"), 0);
	for (line = ics; *line != '\0'; line = end + 2) {
		end = strstr(line, "\r\n");
		cr_assert_not_null(end);
		cr_assert_leq(end - line, 75, "%.*s", (int)(end - line), line);
		cr_assert_eq(utf8_invalid_at(line, (size_t)(end - line)), (size_t)-1,
		    "no character split: %.*s", (int)(end - line), line);
		buf_addn(&unfolded, line + (*line == ' '), (size_t)(end - line) - (*line == ' '));
		if (end[2] != ' ')
			buf_addc(&unfolded, '\n');
	}
	cr_assert_geq(find(unfolded.s, "ééééé: Zoë’s report on “people”\\, with a title long"),
	    0, "%s", unfolded.s);
	buf_free(&unfolded);
	free(ics);
}
