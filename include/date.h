/* date.h: the calendar: ISO dates read strictly and written as a paper
 * writes them, and the periods of UK financial years. The one place a
 * date or period is parsed or written; any module may include it. */
#ifndef DOCKET_DATE_H
#define DOCKET_DATE_H

/* A day of the (proleptic Gregorian) calendar. */
struct date {
	int year;	/* 1 to 9999 */
	int month;	/* 1 to 12 */
	int day;	/* 1 to the month's length */
};

/* Reads s as exactly YYYY-MM-DD naming a real day: "2025-02-30",
 * "2025-99-99", "2025-1-9", " 2025-01-09" and "2025-01-09x" are not
 * dates. Returns 0, or -1 (nothing emitted: the caller says what the date
 * was for). */
int  date_parse(const char *s, struct date *d);
/* A date as people write it: YYYY-MM-DD, or DD/MM/YYYY as a UK
 * spreadsheet shows it (the day and month of one or two digits), naming
 * a real day. 0, or -1 (nothing emitted). */
int  date_read(const char *s, struct date *d);
/* d as YYYY-MM-DD, as the schema stores it. Caller frees. */
char *date_iso(struct date d);
/* Whole days from a to b: negative when b is earlier. */
long date_days_between(struct date a, struct date b);
/* The day of the week: 0 Monday to 6 Sunday. */
int  date_weekday(struct date d);

enum date_style {
	DATE_PLAIN,	/* "9 July 2024" */
	DATE_LONG	/* "Tuesday 9 July 2024" */
};
/* d as a paper writes it. Caller frees. */
char *date_text(struct date d, enum date_style style);

/* A period of a UK financial year: fy 2024 runs from 1 April 2024 to 31
 * March 2025 and is written "2024/25"; quarter 1 is April to June. */
struct period {
	int fy;		/* the calendar year it starts in, 1 to 9999 */
	int quarter;	/* 1 to 4, or 0: the whole year */
};

/* The period the schema stores as a year ("2024") and a quarter ("2", or
 * NULL for the whole year), read strictly: 0, or -1 when fy is not four
 * digits or quarter not one of 1 to 4 (nothing emitted). */
int   period_parse(const char *fy, const char *quarter, struct period *p);
/* A period as people write it: "2024/25 Q3" or "Q3 2024/25" (q in
 * either case, one space), or "2024/25" for the whole year; the second
 * year must follow the first. 0, or -1 (nothing emitted). */
int   period_read(const char *s, struct period *p);
/* "2024/25 Q2", or "2024/25" for a whole year. Caller frees. */
char *period_text(struct period p);
/* A quarter as a chart labels it: "Q2 2024/25". Caller frees. */
char *period_label(struct period p);
/* Quarters count from Q1 of year 0, so that they can be compared and
 * stepped: the index of quarter p (p.quarter 1 to 4), and the quarter of
 * an index (0 or more). */
long          period_index(struct period p);
struct period period_at(long index);

#endif
