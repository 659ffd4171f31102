/* End-to-end tests that the demo papers tell one story for each council:
 * every part a narrative names exists; each paper's plan and strategy are
 * its own council's; no action still open is shown past its due date;
 * each "Status as at" date fits the meeting and the period reported; the
 * KPIs have values for the quarter a paper reports. Each check reads the
 * demo database (sqlite3) and the rendered papers (pdftotext), and each is
 * shown failing on a database doctored to break it once. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(demo_story, .init = fixture_setup, .fini = fixture_teardown);

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};

/* The rows of query on db, one a line, columns split by '|'. Caller frees. */
static char *
rows_of(const char *db, const char *query)
{
	struct run r;
	char *out;

	run_sh(&r, "sqlite3 -bail '%s' \"%s\"", db, query);
	cr_assert_eq(r.status, 0, "%s: %s", query, r.err);
	out = r.out;
	r.out = NULL;
	run_free(&r);
	return out;
}

/* The month s names as year * 12 + month (0-11): the latest "Month YYYY"
 * or bare year (read as its December) in s; -1 when s names no year
 * ("Ongoing"). */
static long
month_of(const char *s)
{
	long best = -1;
	size_t i, m;

	for (i = 0; s[i] != '\0'; i++) {
		long y, at;

		if (!(s[i] >= '1' && s[i] <= '2') || strspn(s + i, "0123456789") != 4 ||
		    (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		y = strtol(s + i, NULL, 10);
		at = y * 12 + 11;
		for (m = 0; m < 12; m++) {
			size_t n = strlen(months[m]);

			if (i >= n + 1 && strncmp(s + i - n - 1, months[m], n) == 0)
				at = y * 12 + (long)m;
		}
		if (at > best)
			best = at;
		i += 3;
	}
	return best;
}

/* The month of an ISO date "2024-07-09" as year * 12 + month (0-11). */
static long
iso_month(const char *date)
{
	return strtol(date, NULL, 10) * 12 + strtol(date + 5, NULL, 10) - 1;
}

/* Splits line at each '|' into f[0..n); the last takes what is left. */
static void
fields(char *line, char *f[], int n)
{
	int k;

	for (k = 0; k < n; k++) {
		f[k] = line;
		line += strcspn(line, "|");
		if (*line != '\0')
			*line++ = '\0';
	}
}

/* The financial year (2024 for 2024/25) of year * 12 + month. */
static long
fy_of(long month)
{
	return month / 12 - (month % 12 < 3);
}

/* The text of paper id as rendered into out, its lines joined by spaces. */
static char *
paper_text(const char *out, const char *id)
{
	char *suffix = xasprintf("-p%s.pdf", id), *pdf = find_file(out, suffix), *text, *c;

	cr_assert_not_null(pdf, "no PDF of paper %s in %s", id, out);
	text = pdf_text(pdf);
	cr_assert_not_null(text, "pdftotext %s", pdf);
	for (c = text; *c != '\0'; c++)
		if (*c == '\n')
			*c = ' ';
	free(pdf);
	free(suffix);
	return text;
}

/* Every appendix, section and paragraph a narrative names: no warning of
 * a missing part from render --all (which renders every paper into out,
 * for the checks after it) or from check of each paper. */
static void
parts_named_exist(const char *db, const char *out, struct buf *b)
{
	char *ids = rows_of(db, "SELECT id FROM paper ORDER BY id"), *save = NULL, *id;
	struct run r;

	run_docket(&r, "render", "--db", db, "--all", "--out", out, NULL);
	if (r.status != 0)
		buf_addf(b, "render --all: exit %d: %s", r.status, r.err);
	if (find(r.err, "names a part") >= 0)
		buf_addf(b, "render --all: %s", r.err);
	run_free(&r);
	for (id = strtok_r(ids, "\n", &save); id != NULL; id = strtok_r(NULL, "\n", &save)) {
		run_docket(&r, "check", "--db", db, "--paper", id, NULL);
		if (find(r.err, "names a part") >= 0)
			buf_addf(b, "check --paper %s: %s", id, r.err);
		run_free(&r);
	}
	free(ids);
}

/* Each paper's plan and strategy are its committee's council's, and its
 * PDF names no other council of the database. */
static void
councils_match(const char *db, const char *out, struct buf *b)
{
	char *bad = rows_of(db, "SELECT p.id, c.council, l.council, s.council FROM paper p"
	    " JOIN meeting m ON m.id = p.meeting_id JOIN committee c ON c.id = m.committee_id"
	    " LEFT JOIN plan l ON l.id = p.plan_id LEFT JOIN strategy s ON s.id = p.strategy_id"
	    " WHERE l.council <> c.council OR s.council <> c.council");
	char *pairs = rows_of(db, "SELECT DISTINCT p.id, o.council FROM paper p"
	    " JOIN meeting m ON m.id = p.meeting_id JOIN committee c ON c.id = m.committee_id,"
	    " (SELECT council FROM committee UNION SELECT council FROM plan"
	    "  UNION SELECT council FROM strategy) o WHERE o.council <> c.council ORDER BY p.id");
	char *save = NULL, *line;

	if (bad[0] != '\0')
		buf_addf(b, "paper|council|plan's|strategy's:\n%s", bad);
	for (line = strtok_r(pairs, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *f[2], *text;

		fields(line, f, 2);
		/* "Kent County Council": the paper must not say "Kent" */
		f[1][strcspn(f[1], " ")] = '\0';
		text = paper_text(out, f[0]);
		if (find(text, f[1]) >= 0)
			buf_addf(b, "paper %s names %s\n", f[0], f[1]);
		free(text);
	}
	free(pairs);
	free(bad);
}

/* Every action of a paper's plan not marked complete is due in or after
 * the month of the paper's status date (its meeting). */
static void
statuses_fit_dates(const char *db, struct buf *b)
{
	char *rows = rows_of(db, "SELECT p.id, m.date, a.number, a.status, coalesce(a.finish, '')"
	    " FROM paper p JOIN meeting m ON m.id = p.meeting_id"
	    " JOIN priority r ON r.plan_id = p.plan_id JOIN action a ON a.priority_id = r.id"
	    " WHERE a.status <> 'complete' ORDER BY p.id, a.id");
	char *save = NULL, *line;
	int n = 0;

	for (line = strtok_r(rows, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *f[5];
		long due, at;

		fields(line, f, 5);
		at = iso_month(f[1]);
		due = month_of(f[4]);
		n++;
		if (due >= 0 && due < at)
			buf_addf(b, "paper %s (%s): action %s is %s, due %s\n", f[0], f[1], f[2], f[3],
			    f[4]);
	}
	cr_assert_gt(n, 0, "the demo papers show open actions, so the dates were checked");
	free(rows);
}

/* Each paper that shows a plan says "Status as at" a date on or before its
 * meeting, in the financial year of the meeting and of the period the
 * paper reports. */
static void
status_dates_fit(const char *db, const char *out, struct buf *b)
{
	char *rows = rows_of(db, "SELECT p.id, m.date, coalesce(p.fy, '') FROM paper p"
	    " JOIN meeting m ON m.id = p.meeting_id WHERE p.plan_id IS NOT NULL ORDER BY p.id");
	char *save = NULL, *line;

	for (line = strtok_r(rows, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char *f[3], *text;
		long at, meeting, pos;

		fields(line, f, 3);
		text = paper_text(out, f[0]);
		pos = find(text, "Status as at ");
		if (pos < 0) {
			buf_addf(b, "paper %s: no \"Status as at\"\n", f[0]);
			free(text);
			continue;
		}
		text[pos + 13 + strcspn(text + pos + 13, ".")] = '\0';
		at = month_of(text + pos + 13);
		meeting = iso_month(f[1]);
		/* the day within the month: the meeting's or the date's */
		if (at < 0 || at > meeting || (at == meeting &&
		    strtol(text + pos + 13, NULL, 10) > strtol(f[1] + 8, NULL, 10)))
			buf_addf(b, "paper %s: status as at %s, meeting %s\n", f[0], text + pos + 13, f[1]);
		else if (fy_of(at) != fy_of(meeting) || (f[2][0] != '\0' && fy_of(at) != atol(f[2])))
			buf_addf(b, "paper %s: status as at %s: not in %s/%02ld\n", f[0], text + pos + 13,
			    f[2][0] != '\0' ? f[2] : "the meeting's year",
			    (f[2][0] != '\0' ? atol(f[2]) + 1 : fy_of(meeting) + 1) % 100);
		free(text);
	}
	free(rows);
}

/* Every KPI of a paper's strategy has a value for the quarter it reports,
 * and the paper says which quarter that is. */
static void
kpi_values_exist(const char *db, const char *out, struct buf *b)
{
	char *missing = rows_of(db, "SELECT p.id, m.code FROM paper p"
	    " JOIN theme t ON t.strategy_id = p.strategy_id"
	    " JOIN measure m ON m.theme_id = t.id AND m.kind = 'kpi'"
	    " WHERE p.quarter IS NOT NULL AND NOT EXISTS (SELECT 1 FROM measure_value v"
	    " WHERE v.measure_id = m.id AND v.fy = p.fy AND v.quarter = p.quarter"
	    " AND v.value IS NOT NULL) ORDER BY p.id, m.code");
	char *kpis = rows_of(db, "SELECT p.id, p.fy, p.quarter FROM paper p"
	    " WHERE p.template = 'quarterly-update.xml'");
	char *save = NULL, *line;
	int n = 0;

	if (missing[0] != '\0')
		buf_addf(b, "paper|KPI without a value for its quarter:\n%s", missing);
	for (line = strtok_r(kpis, "\n", &save); line != NULL; line = strtok_r(NULL, "\n", &save)) {
		char id[16], *text, *period;
		long fy, q;

		cr_assert_eq(sscanf(line, "%15[^|]|%ld|%ld", id, &fy, &q), 3, "%s", line);
		period = xasprintf("%ld/%02ld Q%ld", fy, (fy + 1) % 100, q);
		text = paper_text(out, id);
		if (find(text, period) < 0)
			buf_addf(b, "paper %s does not report %s\n", id, period);
		n++;
		free(text);
		free(period);
	}
	cr_assert_gt(n, 0, "a demo paper reports KPIs");
	free(kpis);
	free(missing);
}

/* All five checks on db: what they found, "" for nothing. Caller frees. */
static char *
story_problems(const char *db)
{
	const char *out = fixture_path("out", 1);
	struct buf b = {0};

	buf_add(&b, "");
	parts_named_exist(db, out, &b);
	councils_match(db, out, &b);
	statuses_fit_dates(db, &b);
	status_dates_fit(db, out, &b);
	kpi_values_exist(db, out, &b);
	return buf_take(&b);
}

Test(demo_story, every_demo_paper_tells_its_own_councils_story)
{
	char *p = story_problems(e2e.db);

	cr_assert_str_empty(p, "%s", p);
	free(p);
}

/* Each doctored database breaks one check once; the check says so. */
static void
assert_found(const char *sql, const char *want)
{
	char *p;

	sql_on(e2e.db, sql);
	p = story_problems(e2e.db);
	cr_assert_geq(find(p, want), 0, "wanted '%s' in:\n%s", want, p);
	free(p);
}

Test(demo_story, a_narrative_naming_a_missing_appendix_is_found)
{
	assert_found("UPDATE paragraph SET text = text || ' See Appendix 2.'"
	    " WHERE section_id = 41 AND seq = 1", "Appendix 2");
}

Test(demo_story, another_councils_plan_is_found)
{
	/* Kent's HR plan of 2013-14, as Appendix 1 of Cambridgeshire's paper */
	assert_found("UPDATE paper SET plan_id = (SELECT id FROM plan WHERE council LIKE 'Kent%')"
	    " WHERE id = 1", "paper 1 names Kent");
}

Test(demo_story, an_action_on_track_past_its_due_date_is_found)
{
	assert_found("UPDATE action SET finish = 'June 2024' WHERE status = 'on_track'"
	    " AND parent_id IS NOT NULL AND priority_id IN (SELECT r.id FROM priority r"
	    " JOIN paper p ON p.plan_id = r.plan_id WHERE p.id = 3)",
	    "paper 3 (2024-11-07): action 1.1 is on_track, due June 2024");
}

Test(demo_story, a_status_date_outside_the_reported_year_is_found)
{
	/* paper 4 reports 2024/25 Q2; its meeting moved into 2025/26 */
	assert_found("UPDATE meeting SET date = '2025-04-08' WHERE id = (SELECT meeting_id"
	    " FROM paper WHERE id = 4)", "paper 4: status as at 8 April 2025: not in 2024/25");
}

Test(demo_story, a_kpi_without_a_value_for_the_quarter_is_found)
{
	assert_found("DELETE FROM measure_value WHERE (fy, quarter) = (2024, 2) AND measure_id ="
	    " (SELECT m.id FROM measure m JOIN theme t ON t.id = m.theme_id JOIN paper p"
	    " ON p.strategy_id = t.strategy_id WHERE p.id = 4 AND m.kind = 'kpi'"
	    " ORDER BY t.seq, m.seq LIMIT 1)", "4|AR1");
}

/* The demo's own rows keep the rules an officer's import is held to (no
 * value outside its strategy's years, ...): every kind exported from it
 * imports back into it unchanged, file for file. */
Test(demo_story, every_kind_of_the_demo_round_trips_through_csv)
{
	static const char *const kinds[] = {
		"values", "measures", "actions", "milestones", "risks", "meetings", "officers",
	};
	const char *copy = fixture_path("copy.db", 0), *csv = fixture_path("kind.csv", 0);
	struct run r;
	size_t i;

	cr_assert_eq(run_sh(&r, "cp '%s' '%s'", e2e.db, copy), 0);
	run_free(&r);
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		cr_assert_eq(run_docket(&r, "export", "--db", e2e.db, kinds[i], csv, NULL), 0, "%s",
		    r.err);
		run_free(&r);
		cr_assert_eq(run_docket(&r, "import", "--db", copy, kinds[i], csv, NULL), 0,
		    "%s: %s", kinds[i], r.err);
		run_free(&r);
	}
	cr_assert_eq(run_sh(&r, "cmp '%s' '%s'", e2e.db, copy), 0, "the database changed: %s", r.out);
	run_free(&r);
}
