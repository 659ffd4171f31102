/* series.h: recurring papers: a series reports to one committee each
 * quarter or each half year, and the committee's calendar says at which
 * meetings its papers fall due, by when each must be published and how
 * far along it is; a missing one is rolled forward from the one before.
 * Included by batch.c, cmd_batch.c and the tests; no SQL here. */
#ifndef DOCKET_SERIES_H
#define DOCKET_SERIES_H

#include <stdio.h>

#include "date.h"

struct db;

/* A paper must be published this many clear days before its meeting:
 * neither the day of publication nor the day of the meeting counts
 * (section 100B(3) of the Local Government Act 1972). */
#define DUE_CLEAR_DAYS 5
/* The window of `docket due`: the meetings from the as-of date up to,
 * not including, the same day this many months later. */
#define DUE_WINDOW_MONTHS 3

enum due_state { DUE_MISSING, DUE_DRAFT, DUE_FINAL, DUE_SIGNED_OFF };

/* One paper due at a meeting: one there already, or a series' paper that
 * is not there yet (paper 0). */
struct due {
	long           meeting;		/* meeting id */
	char          *date;		/* the meeting's, YYYY-MM-DD */
	char          *committee;
	char          *venue;		/* or NULL */
	char          *item;		/* agenda item, or NULL for a meeting with none */
	long           paper;		/* 0: missing, or no paper at all (item NULL) */
	char          *title;		/* the paper's, or the series' name */
	long           series;		/* 0: not of a series */
	char          *series_name;	/* or NULL */
	long           previous;	/* a missing paper's: the series' paper before it, or 0 */
	struct period  period;		/* fy 0: none, or not known */
	struct date    deadline;	/* published by: DUE_CLEAR_DAYS clear days before */
	enum due_state state;
	int            late;		/* the as-of date is after the deadline and the
					 * paper is neither final nor signed off */
	int            clash;		/* another series falls due at the same item */
};

struct due_list {
	struct date  from, to;	/* the window: from <= meeting date < to */
	struct due  *v;		/* in meeting order, then agenda item */
	size_t       n;
	size_t       cap;
};

/* The papers due at the meetings from asof for DUE_WINDOW_MONTHS: each
 * meeting's papers, and for each series of its committee the period it
 * falls due for there (see docs/docket.1, DUE), with a meeting that has
 * none listed once with item NULL. Warns of each series that has no
 * paper to start from. 0, or -1 with the diagnostic emitted. Caller
 * frees with due_free. */
int  due_list(struct db *db, struct date asof, struct due_list *l);
void due_free(struct due_list *l);

/* The list as a table, or tab-separated with a header line. */
void due_print(const struct due_list *l, struct date asof, int tsv, FILE *out);
/* The list as an RFC 5545 calendar: each meeting an all-day event, each
 * paper's deadline another; stamped at stamp (seconds since 1970, UTC). */
void due_ics(const struct due_list *l, long long stamp, FILE *out);

/* Makes due paper d, missing, from its series' previous paper: the same
 * template, officer, strategy and plan, for d's period at d's meeting and
 * item, its narrative copied as a draft and marked as copied (the rules
 * warn until it is edited). On success d->paper is the new paper's id.
 * 0, or -1 with the diagnostic emitted (a series with no paper before,
 * or two series due at one item). The caller holds the transaction. */
int  series_roll(struct db *db, struct due *d, const char *dbpath);

/* The period after p in a series of cadence "quarterly" or "biannual"
 * (the mid-year point, Q2, and the year end, Q4). */
struct period series_next(struct period p, int biannual);
/* The day after period p ends. */
struct date   period_after(struct period p);
/* d moved by days (negative: earlier). */
struct date   date_add(struct date d, long days);

#endif
