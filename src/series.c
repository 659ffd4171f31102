/* series.c: recurring papers and the committee calendar: which papers
 * fall due at the meetings ahead, by when, and how far along each is; a
 * missing one made from the paper before it. Its SQL runs on db.c's
 * prepared statements (db_write.h). */
#include "series.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "util.h"

static const char *const state_names[] = { "missing", "draft", "final", "signed off" };

struct date
date_add(struct date d, long days)
{
	struct tm tm = { .tm_year = d.year - 1900, .tm_mon = d.month - 1, .tm_mday = d.day,
	    .tm_hour = 12 };
	time_t t = timegm(&tm) + (time_t)days * 86400;
	struct date r;

	gmtime_r(&t, &tm);
	r.year = tm.tm_year + 1900;
	r.month = tm.tm_mon + 1;
	r.day = tm.tm_mday;
	return r;
}

struct date
period_after(struct period p)
{
	struct date d = { p.fy, 4, 1 };

	if (p.quarter == 0 || p.quarter == 4)
		d.year = p.fy + 1;
	else if (p.quarter == 3)
		d.year = p.fy + 1, d.month = 1;
	else
		d.month = p.quarter == 1 ? 7 : 10;
	return d;
}

struct period
series_next(struct period p, int biannual)
{
	if (!biannual)
		return period_at(period_index(p) + 1);
	/* The mid-year point and the year end: Q2, then Q4, then Q2 again. */
	if (p.quarter < 2)
		return (struct period){ p.fy, 2 };
	if (p.quarter < 4)
		return (struct period){ p.fy, 4 };
	return (struct period){ p.fy + 1, 2 };
}

static int
date_cmp(struct date a, struct date b)
{
	long d = date_days_between(b, a);

	return d < 0 ? -1 : d > 0;
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* The text column i, or "" for NULL. */
static const char *
col(struct db_stmt *st, int i)
{
	const char *s = db_column_text(st, i);

	return s ? s : "";
}

static struct due *
add(struct due_list *l, const struct due *meeting)
{
	struct due *d;

	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	d = &l->v[l->n++];
	memset(d, 0, sizeof *d);
	d->meeting = meeting->meeting;
	d->date = xstrdup(meeting->date);
	d->committee = xstrdup(meeting->committee);
	d->venue = dup_or_null(meeting->venue);
	d->deadline = meeting->deadline;
	return d;
}

static int
item_cmp(const void *pa, const void *pb)
{
	const struct due *a = pa, *b = pb;
	long na = a->item ? strtol(a->item, NULL, 10) : 0, nb = b->item ? strtol(b->item, NULL, 10) : 0;
	int c;

	if (na != nb)
		return na < nb ? -1 : 1;
	if ((c = strcmp(a->item ? a->item : "", b->item ? b->item : "")) != 0)
		return c;
	return (a->paper > b->paper) - (a->paper < b->paper);
}

/* The papers already at meeting m. */
static int
meeting_papers(struct db *db, struct due_list *l, const struct due *m)
{
	struct db_stmt *st = db_prepare(db,
	    "SELECT p.id, p.agenda_item, p.title, p.status, p.fy, p.quarter, s.id, s.name"
	    " FROM paper p LEFT JOIN series_paper sp ON sp.paper_id = p.id"
	    " LEFT JOIN series s ON s.id = sp.series_id WHERE p.meeting_id = ?1");
	int rc;

	if (st == NULL || db_bind_int(st, 1, m->meeting) == -1) {
		db_finalize(st);
		return -1;
	}
	while ((rc = db_step(st)) == 1) {
		struct due *d = add(l, m);
		const char *status = col(st, 3);

		d->paper = (long)db_column_int(st, 0);
		d->item = xstrdup(col(st, 1));
		d->title = xstrdup(col(st, 2));
		d->state = strcmp(status, "signed_off") == 0 ? DUE_SIGNED_OFF :
		    strcmp(status, "final") == 0 ? DUE_FINAL : DUE_DRAFT;
		if (!db_column_null(st, 4))
			d->period = (struct period){ (int)db_column_int(st, 4),
			    (int)db_column_int(st, 5) };
		d->series = (long)db_column_int(st, 6);
		d->series_name = dup_or_null(db_column_text(st, 7));
	}
	db_finalize(st);
	return rc;
}

/* Where series s stands before meeting m: the period of its last paper,
 * or of the last meeting it fell due at without one, and its last paper.
 * A meeting takes the period after the last once that period has ended. */
static int
series_before(struct db *db, long series, int biannual, const struct due *m,
    struct period *at, long *paper)
{
	struct db_stmt *st = db_prepare(db,
	    "SELECT m.date, p.id, p.fy, p.quarter FROM meeting m"
	    " LEFT JOIN (paper p JOIN series_paper sp ON sp.paper_id = p.id AND sp.series_id = ?1)"
	    " ON p.meeting_id = m.id"
	    " WHERE m.committee_id = (SELECT committee_id FROM series WHERE id = ?1) AND m.date < ?2"
	    " ORDER BY m.date, m.id");
	int rc;

	at->fy = at->quarter = 0;
	*paper = 0;
	if (st == NULL || db_bind_int(st, 1, series) == -1 || db_bind_text(st, 2, m->date) == -1) {
		db_finalize(st);
		return -1;
	}
	while ((rc = db_step(st)) == 1) {
		struct date day;

		if (!db_column_null(st, 1)) {
			*paper = (long)db_column_int(st, 1);
			*at = (struct period){ (int)db_column_int(st, 2), (int)db_column_int(st, 3) };
		} else if (at->fy != 0 && date_parse(col(st, 0), &day) == 0 &&
		    date_cmp(day, period_after(series_next(*at, biannual))) >= 0)
			*at = series_next(*at, biannual);
	}
	db_finalize(st);
	return rc;
}

/* The series of meeting m's committee that fall due there and have no
 * paper there yet. */
static int
series_due(struct db *db, struct due_list *l, const struct due *m, size_t first)
{
	struct db_stmt *st = db_prepare(db,
	    "SELECT s.id, s.name, s.cadence, s.agenda_item FROM series s JOIN meeting m"
	    " ON m.committee_id = s.committee_id WHERE m.id = ?1 ORDER BY s.id");
	char ctx[160];
	struct srcpos pos = { NULL, 0, 0, ctx };
	int rc;

	if (st == NULL || db_bind_int(st, 1, m->meeting) == -1) {
		db_finalize(st);
		return -1;
	}
	while ((rc = db_step(st)) == 1) {
		long id = (long)db_column_int(st, 0), prev;
		int biannual = strcmp(col(st, 2), "biannual") == 0;
		struct period at, next;
		struct date day;
		struct due *d;
		size_t i;

		for (i = first; i < l->n && l->v[i].series != id; i++)
			;
		if (i < l->n)
			continue;	/* its paper is there */
		if (series_before(db, id, biannual, m, &at, &prev) == -1)
			break;
		next = at.fy ? series_next(at, biannual) : at;
		if (at.fy != 0 && (date_parse(m->date, &day) == -1 ||
		    date_cmp(day, period_after(next)) < 0))
			continue;	/* its next period has not ended */
		d = add(l, m);
		d->item = xstrdup(col(st, 3));
		d->series = id;
		d->series_name = xstrdup(col(st, 1));
		d->title = xstrdup(d->series_name);
		d->previous = prev;
		d->period = next;
		if (prev == 0) {
			snprintf(ctx, sizeof ctx, "series '%s'", d->series_name);
			diag(D_SERIES_NO_START, &pos, "due at the %s meeting of %s", d->date,
			    d->committee);
		}
	}
	db_finalize(st);
	return rc;
}

/* Marks the series due at one item of a meeting, twice or more. */
static void
find_clashes(struct due *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (v[i].series && v[j].series && v[i].series != v[j].series &&
			    strcmp(v[i].item, v[j].item) == 0)
				v[i].clash = v[j].clash = 1;
}

int
due_list(struct db *db, struct date asof, struct due_list *l)
{
	struct db_stmt *st = db_prepare(db,
	    "SELECT m.id, m.date, c.name, m.venue FROM meeting m"
	    " JOIN committee c ON c.id = m.committee_id"
	    " WHERE m.date >= ?1 AND m.date < ?2 ORDER BY m.date, c.name, m.id");
	char *from = date_iso(asof), *to;
	struct date end = asof;
	int rc = -1, r;
	size_t i;

	memset(l, 0, sizeof *l);
	end.month += DUE_WINDOW_MONTHS;
	if (end.month > 12)
		end.month -= 12, end.year++;
	/* 30 November and three months: 28 or 29 February. */
	while (date_parse((to = date_iso(end)), &end) == -1) {
		free(to);
		end.day--;
	}
	l->from = asof;
	l->to = end;
	if (st == NULL || db_bind_text(st, 1, from) == -1 || db_bind_text(st, 2, to) == -1)
		goto out;
	while ((r = db_step(st)) == 1) {
		struct due m = {0};
		size_t first = l->n;

		m.meeting = (long)db_column_int(st, 0);
		m.date = (char *)col(st, 1);
		m.committee = (char *)col(st, 2);
		m.venue = (char *)db_column_text(st, 3);
		if (date_parse(m.date, &m.deadline) == -1) {
			struct srcpos pos = { NULL, 0, 0, NULL };

			diag(D_DATA_DATE, &pos, "meeting %ld: '%s'", m.meeting, m.date);
			goto out;
		}
		m.deadline = date_add(m.deadline, -(DUE_CLEAR_DAYS + 1));
		if (meeting_papers(db, l, &m) == -1 || series_due(db, l, &m, first) == -1)
			goto out;
		if (l->n == first)
			add(l, &m);	/* a meeting with nothing on it */
		for (i = first; i < l->n; i++)
			l->v[i].late = date_cmp(asof, l->v[i].deadline) > 0 &&
			    l->v[i].item != NULL && l->v[i].state <= DUE_DRAFT;
		qsort(l->v + first, l->n - first, sizeof *l->v, item_cmp);
		find_clashes(l->v + first, l->n - first);
	}
	rc = r == 0 ? 0 : -1;
out:
	db_finalize(st);
	free(from);
	free(to);
	return rc;
}

void
due_free(struct due_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].date);
		free(l->v[i].committee);
		free(l->v[i].venue);
		free(l->v[i].item);
		free(l->v[i].title);
		free(l->v[i].series_name);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* What a due paper's state column says. */
static const char *
state_text(const struct due *d)
{
	if (d->clash)
		return "clash";
	if (d->late)
		return "late";
	return state_names[d->state];
}

void
due_print(const struct due_list *l, struct date asof, int tsv, FILE *out)
{
	char *from = date_iso(l->from), *to = date_iso(date_add(l->to, -1)), *now = date_iso(asof);
	size_t i;

	if (tsv)
		fputs("meeting_date\tcommittee\tagenda_item\tpaper\tseries\tperiod\tdeadline\t"
		    "state\ttitle\n", out);
	else
		fprintf(out, "Papers due at the meetings from %s to %s (as of %s):\n"
		    "%-10s  %-45s  %-4s  %5s  %-10s  %-10s  %-10s  %s\n", from, to, now,
		    "MEETING", "COMMITTEE", "ITEM", "PAPER", "PERIOD", "DEADLINE", "STATE", "TITLE");
	for (i = 0; i < l->n; i++) {
		const struct due *d = &l->v[i];
		char *period = d->period.fy ? period_text(d->period) : xstrdup(d->series ? "?" : "");
		char *deadline = date_iso(d->deadline), paper[24];
		const char *title = d->item ? d->title : "no papers", *state = d->item ? state_text(d) : "";

		snprintf(paper, sizeof paper, d->paper ? "%ld" : "-", d->paper);
		if (tsv)
			fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d->date, d->committee,
			    d->item ? d->item : "", d->paper ? paper : "",
			    d->series_name ? d->series_name : "", period, d->item ? deadline : "",
			    state, d->item ? title : "");
		else
			fprintf(out, "%-10s  %-45s  %-4s  %5s  %-10s  %-10s  %-10s  %s\n", d->date,
			    d->committee, d->item ? d->item : "", d->item ? paper : "", period,
			    d->item ? deadline : "", state, title);
		free(period);
		free(deadline);
	}
	free(from);
	free(to);
	free(now);
}

/* Writes one content line of a calendar: escaped text when value is
 * text, folded before a character that would take it past 75 octets,
 * CRLF. */
static void
ics_line(FILE *out, const char *name, const char *value, int text)
{
	struct buf b = {0};
	size_t i, n, width = 0;

	buf_add(&b, name);
	buf_addc(&b, ':');
	for (; *value != '\0'; value++) {
		if (text && strchr("\\;,", *value) != NULL)
			buf_addc(&b, '\\');
		if (text && *value == '\n')
			buf_add(&b, "\\n");
		else
			buf_addc(&b, *value);
	}
	for (i = 0; i < b.len; i += n) {
		unsigned char c = (unsigned char)b.s[i];

		n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		if (n > b.len - i)
			n = b.len - i;	/* not UTF-8: cut short */
		/* A continuation line starts with a space, which counts. */
		if (width + n > 75) {
			fputs("\r\n ", out);
			width = 1;
		}
		fwrite(b.s + i, 1, n, out);
		width += n;
	}
	fputs("\r\n", out);
	buf_free(&b);
}

/* One all-day event. */
static void
ics_event(FILE *out, const char *uid, const char *stamp, struct date day, const char *summary,
    const char *location, const char *description)
{
	char start[16], end[16];
	struct date next = date_add(day, 1);

	snprintf(start, sizeof start, "%04d%02d%02d", day.year, day.month, day.day);
	snprintf(end, sizeof end, "%04d%02d%02d", next.year, next.month, next.day);
	ics_line(out, "BEGIN", "VEVENT", 0);
	ics_line(out, "UID", uid, 0);
	ics_line(out, "DTSTAMP", stamp, 0);
	ics_line(out, "DTSTART;VALUE=DATE", start, 0);
	ics_line(out, "DTEND;VALUE=DATE", end, 0);
	ics_line(out, "SUMMARY", summary, 1);
	if (location != NULL)
		ics_line(out, "LOCATION", location, 1);
	if (description != NULL)
		ics_line(out, "DESCRIPTION", description, 1);
	ics_line(out, "TRANSP", "TRANSPARENT", 0);
	ics_line(out, "END", "VEVENT", 0);
}

void
due_ics(const struct due_list *l, long long stamp, FILE *out)
{
	time_t t = (time_t)stamp;
	struct tm tm;
	char now[32];
	size_t i;

	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y%m%dT%H%M%SZ", &tm);
	ics_line(out, "BEGIN", "VCALENDAR", 0);
	ics_line(out, "VERSION", "2.0", 0);
	ics_line(out, "PRODID", "-//docket//docket " DOCKET_VERSION "//EN", 0);
	ics_line(out, "CALSCALE", "GREGORIAN", 0);
	for (i = 0; i < l->n; i++) {
		const struct due *d = &l->v[i];
		char *uid, *summary, *desc;
		struct date day;

		if (i == 0 || d->meeting != l->v[i - 1].meeting) {
			uid = xasprintf("meeting-%ld@docket", d->meeting);
			if (date_parse(d->date, &day) == 0)
				ics_event(out, uid, now, day, d->committee, d->venue, NULL);
			free(uid);
		}
		if (d->item == NULL)
			continue;
		uid = d->paper ? xasprintf("deadline-paper-%ld@docket", d->paper) :
		    xasprintf("deadline-series-%ld-meeting-%ld@docket", d->series, d->meeting);
		summary = xasprintf("Deadline: %s", d->title);
		desc = xasprintf("Item %s, %s, %s: to be published by this day, %d clear days "
		    "before the meeting. State: %s.", d->item, d->committee, d->date, DUE_CLEAR_DAYS,
		    state_text(d));
		ics_event(out, uid, now, d->deadline, summary, NULL, desc);
		free(uid);
		free(summary);
		free(desc);
	}
	ics_line(out, "END", "VCALENDAR", 0);
}

/* Runs one statement of the roll forward, binding the parameters it
 * names from the values given. */
static int
roll_step(struct db *db, const char *sql, const char *const names[], const char *const vals[],
    size_t n)
{
	struct db_stmt *st = db_prepare(db, sql);
	int rc = -1, p;
	size_t i;

	if (st == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if ((p = db_param(st, names[i])) > 0 && db_bind_text(st, p, vals[i]) == -1)
			goto out;
	rc = db_step(st) == -1 ? -1 : 0;
out:
	db_finalize(st);
	return rc;
}

int
series_roll(struct db *db, struct due *d, const char *dbpath)
{
	static const char *const steps[] = {
		"INSERT INTO paper (meeting_id, agenda_item, title, template, from_post, divisions,"
		" classification, exempt_paragraph, status, key_decision, forward_plan_ref,"
		" forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy,"
		" quarter) SELECT :meeting, :item,"
		" replace(replace(replace(title, :old1, :new1), :old2, :new2), :old3, :new3),"
		" template, from_post, divisions, classification, exempt_paragraph, 'draft',"
		" key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label,"
		" summary, strategy_id, plan_id, :fy, :quarter FROM paper WHERE id = :from",
		"INSERT INTO summary_point (paper_id, seq, text) SELECT :new, seq, text"
		" FROM summary_point WHERE paper_id = :from",
		"INSERT INTO recommendation (paper_id, seq, text) SELECT :new, seq, text"
		" FROM recommendation WHERE paper_id = :from",
		"INSERT INTO implication (paper_id, seq, heading, text) SELECT :new, seq, heading,"
		" text FROM implication WHERE paper_id = :from",
		"INSERT INTO source_document (paper_id, seq, title, location, exempt)"
		" SELECT :new, seq, title, location, exempt FROM source_document WHERE paper_id = :from",
		"INSERT INTO section (paper_id, seq, heading) SELECT :new, seq, heading FROM section"
		" WHERE paper_id = :from",
		"INSERT INTO paragraph (section_id, seq, style, text) SELECT n.id, g.seq, g.style, g.text"
		" FROM paragraph g JOIN section o ON o.id = g.section_id"
		" JOIN section n ON n.paper_id = :new AND n.seq = o.seq WHERE o.paper_id = :from",
		"INSERT INTO series_paper (paper_id, series_id) VALUES (:new, :series)",
		"INSERT INTO rolled_paper (paper_id, from_paper_id) VALUES (:new, :from)",
	};
	static const char *const names[] = { ":meeting", ":item", ":fy", ":quarter", ":from",
	    ":series", ":new", ":old1", ":new1", ":old2", ":new2", ":old3", ":new3" };
	char ctx[160];
	struct srcpos pos = { dbpath, 0, 0, ctx };
	struct period prev = { 0, 0 };
	char *vals[13];
	struct db_stmt *st;
	size_t i;
	int rc = -1;

	snprintf(ctx, sizeof ctx, "series '%s'", d->series_name ? d->series_name : "");
	if (d->clash) {
		diag(D_SERIES_CLASH, &pos, "item %s of the %s meeting of %s", d->item, d->date,
		    d->committee);
		return -1;
	}
	if (d->previous == 0) {
		diag(D_SERIES_NO_PAPER, &pos, "nothing to make the %s paper from: add the series' "
		    "first paper by hand", d->date);
		return -1;
	}
	if ((st = db_prepare(db, "SELECT fy, quarter FROM paper WHERE id = ?1")) == NULL)
		return -1;
	if (db_bind_int(st, 1, d->previous) == 0 && db_step(st) == 1)
		prev = (struct period){ (int)db_column_int(st, 0), (int)db_column_int(st, 1) };
	db_finalize(st);
	vals[0] = xasprintf("%ld", d->meeting);
	vals[1] = xstrdup(d->item);
	vals[2] = xasprintf("%d", d->period.fy);
	vals[3] = xasprintf("%d", d->period.quarter);
	vals[4] = xasprintf("%ld", d->previous);
	vals[5] = xasprintf("%ld", d->series);
	vals[6] = NULL;
	/* The title names its period: "Quarter 2 2024/25", "2024/25 Q2", "Q2 2024/25". */
	vals[7] = period_text(prev);
	vals[8] = period_text(d->period);
	vals[9] = period_label(prev);
	vals[10] = period_label(d->period);
	vals[11] = xasprintf("Quarter %d %.7s", prev.quarter, vals[7]);
	vals[12] = xasprintf("Quarter %d %.7s", d->period.quarter, vals[8]);
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		if (roll_step(db, steps[i], names, (const char *const *)vals, 13) == -1)
			goto out;
		if (i == 0) {
			if ((st = db_prepare(db, "SELECT last_insert_rowid()")) == NULL)
				goto out;
			if (db_step(st) == 1)
				d->paper = (long)db_column_int(st, 0);
			db_finalize(st);
			vals[6] = xasprintf("%ld", d->paper);
			if ((st = db_prepare(db, "SELECT title FROM paper WHERE id = last_insert_rowid()"))
			    == NULL)
				goto out;
			if (db_step(st) == 1) {
				free(d->title);
				d->title = xstrdup(col(st, 0));
			}
			db_finalize(st);
		}
	}
	d->state = DUE_DRAFT;
	rc = 0;
out:
	for (i = 0; i < 13; i++)
		free(vals[i]);
	return rc;
}
