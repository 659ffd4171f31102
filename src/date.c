/* date.c: the calendar. Dates are read strictly, because a date that is
 * not a real day (2025-99-99) must be refused where it is read, not
 * carried into a day count or onto a front sheet. */
#include "date.h"

#include <stdio.h>

#include "util.h"

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

static const char *const day_names[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};

/* The number s[0..n) of ASCII digits, or -1 when any is not a digit. */
static int
digits(const char *s, int n)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
leap(int y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

int
date_parse(const char *s, struct date *d)
{
	/* digits() stops at the first non-digit, so a short string fails
	 * there and is never read past its NUL. */
	if (s == NULL || (d->year = digits(s, 4)) < 1 || s[4] != '-' ||
	    (d->month = digits(s + 5, 2)) < 1 || d->month > 12 || s[7] != '-' ||
	    (d->day = digits(s + 8, 2)) < 1 || d->day > month_days(d->year, d->month) ||
	    s[10] != '\0')
		return -1;
	return 0;
}

/* One or two digits at *s, moved past them: the number, or -1. */
static int
digits12(const char **s)
{
	int n = digits(*s, 1), two;

	if (n < 0)
		return -1;
	if ((two = digits(*s, 2)) >= 0) {
		*s += 2;
		return two;
	}
	*s += 1;
	return n;
}

int
date_read(const char *s, struct date *d)
{
	const char *p = s;

	if (date_parse(s, d) == 0)
		return 0;
	if ((d->day = digits12(&p)) < 1 || *p++ != '/' || (d->month = digits12(&p)) < 1 ||
	    d->month > 12 || *p++ != '/' || (d->year = digits(p, 4)) < 1 || p[4] != '\0' ||
	    d->day > month_days(d->year, d->month))
		return -1;
	return 0;
}

char *
date_iso(struct date d)
{
	return xasprintf("%04d-%02d-%02d", d.year, d.month, d.day);
}

/* Days since 1 March of year 0: the leap day falls last in such a year. */
static long
day_number(struct date d)
{
	long y = d.year, m = d.month;

	if (m < 3) {
		y--;
		m += 12;
	}
	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d.day;
}

long
date_days_between(struct date a, struct date b)
{
	return day_number(b) - day_number(a);
}

int
date_weekday(struct date d)
{
	/* Day 1, 1 March of year 0 (proleptic Gregorian), was a Wednesday (2). */
	return (int)((day_number(d) + 1) % 7);
}

char *
date_text(struct date d, enum date_style style)
{
	return xasprintf("%s%s%d %s %d", style == DATE_LONG ? day_names[date_weekday(d)] : "",
	    style == DATE_LONG ? " " : "", d.day, month_names[d.month - 1], d.year);
}

int
period_parse(const char *fy, const char *quarter, struct period *p)
{
	if (fy == NULL || (p->fy = digits(fy, 4)) < 1 || fy[4] != '\0')
		return -1;
	if (quarter == NULL) {
		p->quarter = 0;
		return 0;
	}
	if ((p->quarter = digits(quarter, 1)) < 1 || p->quarter > 4 || quarter[1] != '\0')
		return -1;
	return 0;
}

/* "2024/25" at s: the year it starts in, or -1. */
static int
fy_read(const char *s)
{
	int fy = digits(s, 4);

	if (fy < 1 || s[4] != '/' || digits(s + 5, 2) != (fy + 1) % 100)
		return -1;
	return fy;
}

/* "Q3" at s: the quarter, or -1. */
static int
quarter_read(const char *s)
{
	int q;

	if ((s[0] != 'Q' && s[0] != 'q') || (q = digits(s + 1, 1)) < 1 || q > 4)
		return -1;
	return q;
}

int
period_read(const char *s, struct period *p)
{
	p->quarter = 0;
	if ((p->fy = fy_read(s)) > 0 && s[7] == '\0')
		return 0;
	if (p->fy > 0 && s[7] == ' ' && (p->quarter = quarter_read(s + 8)) > 0 && s[10] == '\0')
		return 0;
	if ((p->quarter = quarter_read(s)) > 0 && s[2] == ' ' && (p->fy = fy_read(s + 3)) > 0 &&
	    s[10] == '\0')
		return 0;
	return -1;
}

/* "2024/25" into out. */
static void
fy_text(int fy, char out[16])
{
	snprintf(out, 16, "%d/%02d", fy, (fy + 1) % 100);
}

char *
period_text(struct period p)
{
	char fy[16];

	fy_text(p.fy, fy);
	return p.quarter == 0 ? xstrdup(fy) : xasprintf("%s Q%d", fy, p.quarter);
}

char *
period_label(struct period p)
{
	char fy[16];

	fy_text(p.fy, fy);
	return xasprintf("Q%d %s", p.quarter, fy);
}

long
period_index(struct period p)
{
	return p.fy * 4L + (p.quarter - 1);
}

struct period
period_at(long index)
{
	return (struct period){ (int)(index / 4), (int)(index % 4) + 1 };
}
