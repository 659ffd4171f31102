/* import_kinds.c: the kinds of row docket import and export know: for
 * each, its table, its columns (the first its key), how a row is found in
 * the database, which signed-off paper reported it, and its export. */
#include "import_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "util.h"

static const char *const units[] = { "%", "days", "count", "ratio", "£", "score", NULL };
static const char *const polarities[] = { "higher", "lower", NULL };
static const char *const measure_kinds[] = { "kpi", "mi", NULL };
static const char *const directions[] = { "previous", "year_ago", "trend", NULL };
static const char *const statuses[] = {
	"not_started", "on_track", "at_risk", "off_track", "complete", NULL,
};
static const char *const cadences[] = {
	"monthly", "quarterly", "biannual", "annual", "ad hoc", NULL,
};
static const char *const classifications[] = { "public", "exempt", NULL };
static const char *const summary_labels[] = { "Purpose", "Executive Summary", NULL };

static int values_resolve(struct import *im, struct item *it);
static int measures_resolve(struct import *im, struct item *it);
static int actions_resolve(struct import *im, struct item *it);
static int milestones_resolve(struct import *im, struct item *it);
static int risks_resolve(struct import *im, struct item *it);
static int meetings_resolve(struct import *im, struct item *it);
static int officers_resolve(struct import *im, struct item *it);
static int committees_resolve(struct import *im, struct item *it);
static int strategies_resolve(struct import *im, struct item *it);
static int themes_resolve(struct import *im, struct item *it);
static int plans_resolve(struct import *im, struct item *it);
static int priorities_resolve(struct import *im, struct item *it);
static int papers_resolve(struct import *im, struct item *it);

#define END_COLS	{ NULL, { NULL, NULL }, NULL, CT_TEXT, 0, 0, NULL }
/* A plan's rows name their plan, or the database has one. */
#define PLAN_COL	{ "plan", { NULL, NULL }, NULL, CT_TEXT, 0, 1, NULL }

static const struct column value_cols[] = {
	{ "measure", { "measure code", "code" }, NULL, CT_TEXT, 1, 1, NULL },
	{ "period", { NULL, NULL }, NULL, CT_PERIOD, 1, 1, NULL },
	{ "value", { NULL, NULL }, "value", CT_NUMBER, 1, 0, NULL },
	{ "note", { NULL, NULL }, "note", CT_TEXT, 0, 0, NULL },
	END_COLS,
};

static const struct column measure_cols[] = {
	{ "code", { "measure code", "measure" }, "code", CT_TEXT, 1, 1, NULL },
	{ "name", { NULL, NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "theme", { NULL, NULL }, "theme_id", CT_REF, 1, 1, NULL },
	{ "unit", { NULL, NULL }, "unit", CT_CHOICE, 1, 1, units },
	{ "polarity", { NULL, NULL }, "polarity", CT_CHOICE, 1, 1, polarities },
	{ "floor", { NULL, NULL }, "floor", CT_NUMBER, 1, 0, NULL },
	{ "target", { NULL, NULL }, "target", CT_NUMBER, 1, 0, NULL },
	{ "kind", { NULL, NULL }, "kind", CT_CHOICE, 1, 1, measure_kinds },
	{ "direction", { "direction method", NULL }, "direction", CT_CHOICE, 1, 1, directions },
	{ "benchmark", { NULL, NULL }, "benchmark", CT_NUMBER, 0, 0, NULL },
	{ "tolerance", { "tolerance pct", NULL }, "tolerance_pct", CT_NUMBER, 0, 0, NULL },
	END_COLS,
};

/* A new action names its priority; an action there may move to another. */
static const struct column action_cols[] = {
	PLAN_COL,
	{ "number", { "action", NULL }, "number", CT_TEXT, 1, 1, NULL },
	{ "priority", { NULL, NULL }, "priority_id", CT_INT, 0, 1, NULL },
	{ "description", { NULL, NULL }, "description", CT_TEXT, 1, 1, NULL },
	{ "officer", { NULL, NULL }, "officer", CT_TEXT, 1, 0, NULL },
	{ "start", { NULL, NULL }, "start", CT_TEXT, 1, 0, NULL },
	{ "end", { "finish", NULL }, "finish", CT_TEXT, 1, 0, NULL },
	{ "status", { NULL, NULL }, "status", CT_CHOICE, 1, 1, statuses },
	{ "progress", { NULL, NULL }, "progress", CT_TEXT, 1, 0, NULL },
	END_COLS,
};

static const struct column milestone_cols[] = {
	PLAN_COL,
	{ "priority", { NULL, NULL }, NULL, CT_INT, 1, 1, NULL },
	{ "letter", { "milestone", NULL }, "letter", CT_TEXT, 1, 1, NULL },
	{ "description", { NULL, NULL }, "description", CT_TEXT, 1, 1, NULL },
	{ "action", { "action number", NULL }, "action_ref", CT_TEXT, 1, 0, NULL },
	{ "due", { NULL, NULL }, "due", CT_TEXT, 1, 1, NULL },
	END_COLS,
};

static const struct column risk_cols[] = {
	PLAN_COL,
	{ "number", { "risk", NULL }, "seq", CT_INT, 1, 1, NULL },
	{ "description", { NULL, NULL }, "description", CT_TEXT, 1, 1, NULL },
	{ "mitigation", { NULL, NULL }, "mitigation", CT_TEXT, 1, 1, NULL },
	END_COLS,
};

static const struct column meeting_cols[] = {
	{ "committee", { NULL, NULL }, "committee_id", CT_REF, 1, 1, NULL },
	{ "date", { NULL, NULL }, "date", CT_DATE, 1, 1, NULL },
	{ "venue", { NULL, NULL }, "venue", CT_TEXT, 0, 0, NULL },
	END_COLS,
};

static const struct column officer_cols[] = {
	{ "name", { NULL, NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "post", { NULL, NULL }, "post", CT_TEXT, 1, 1, NULL },
	{ "email", { NULL, NULL }, "email", CT_TEXT, 0, 0, NULL },
	{ "phone", { NULL, NULL }, "phone", CT_TEXT, 0, 0, NULL },
	END_COLS,
};

static const struct column committee_cols[] = {
	{ "name", { "committee", NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "council", { NULL, NULL }, "council", CT_TEXT, 1, 1, NULL },
	{ "cadence", { NULL, NULL }, "cadence", CT_CHOICE, 1, 1, cadences },
	END_COLS,
};

static const struct column strategy_cols[] = {
	{ "name", { "strategy", NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "council", { NULL, NULL }, "council", CT_TEXT, 1, 1, NULL },
	{ "first year", { "first fy", NULL }, "first_fy", CT_YEAR, 1, 1, NULL },
	{ "last year", { "last fy", NULL }, "last_fy", CT_YEAR, 1, 1, NULL },
	END_COLS,
};

static const struct column theme_cols[] = {
	{ "strategy", { NULL, NULL }, "strategy_id", CT_REF, 1, 1, NULL },
	{ "number", { "theme", "position" }, "seq", CT_INT, 1, 1, NULL },
	{ "name", { NULL, NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "outcome", { NULL, NULL }, "outcome", CT_TEXT, 0, 0, NULL },
	END_COLS,
};

static const struct column plan_cols[] = {
	{ "name", { "plan", NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "council", { NULL, NULL }, "council", CT_TEXT, 1, 1, NULL },
	{ "division", { NULL, NULL }, "division", CT_TEXT, 0, 0, NULL },
	{ "year", { "fy", NULL }, "fy", CT_YEAR, 1, 1, NULL },
	END_COLS,
};

static const struct column priority_cols[] = {
	{ "plan", { NULL, NULL }, "plan_id", CT_REF, 1, 1, NULL },
	{ "number", { "priority", "position" }, "seq", CT_INT, 1, 1, NULL },
	{ "name", { NULL, NULL }, "name", CT_TEXT, 1, 1, NULL },
	{ "description", { NULL, NULL }, "description", CT_TEXT, 0, 0, NULL },
	END_COLS,
};

/* A paper is found by its meeting and agenda item; the columns the
 * schema gives a default may be left out, not left empty. */
static const struct column paper_cols[] = {
	{ "committee", { NULL, NULL }, NULL, CT_TEXT, 1, 1, NULL },
	{ "date", { "meeting", NULL }, NULL, CT_DATE, 1, 1, NULL },
	{ "item", { "agenda item", NULL }, "agenda_item", CT_TEXT, 1, 1, NULL },
	{ "title", { NULL, NULL }, "title", CT_TEXT, 1, 1, NULL },
	{ "template", { NULL, NULL }, "template", CT_TEXT, 1, 1, NULL },
	{ "from", { "from post", NULL }, "from_post", CT_TEXT, 1, 1, NULL },
	{ "officer", { "contact", NULL }, "officer_id", CT_REF, 0, 0, NULL },
	{ "divisions", { NULL, NULL }, "divisions", CT_TEXT, 0, 1, NULL },
	{ "classification", { NULL, NULL }, "classification", CT_CHOICE, 0, 1, classifications },
	{ "exempt paragraph", { "paragraph", NULL }, "exempt_paragraph", CT_INT, 0, 0, NULL },
	{ "key decision", { NULL, NULL }, "key_decision", CT_YESNO, 0, 1, NULL },
	{ "forward plan", { "forward plan ref", NULL }, "forward_plan_ref", CT_TEXT, 0, 0, NULL },
	{ "forward plan date", { NULL, NULL }, "forward_plan_date", CT_DATE, 0, 0, NULL },
	{ "summary label", { "label", NULL }, "summary_label", CT_CHOICE, 0, 1, summary_labels },
	{ "summary", { NULL, NULL }, "summary", CT_TEXT, 1, 1, NULL },
	{ "strategy", { NULL, NULL }, "strategy_id", CT_REF, 0, 0, NULL },
	{ "plan", { NULL, NULL }, "plan_id", CT_REF, 0, 0, NULL },
	{ "period", { NULL, NULL }, "fy", CT_PERIOD, 0, 0, NULL },
	END_COLS,
};

/* What an action plan's latest paper reported (its actions' progress,
 * its milestones and risks): once that paper is signed off, a change
 * waits for the next paper. :k0 is the plan. */
#define PLAN_SIGNED_OFF \
	"SELECT CASE p.status WHEN 'signed_off' THEN p.id ELSE 0 END FROM paper p" \
	" JOIN meeting g ON g.id = p.meeting_id WHERE p.plan_id = :k0" \
	" ORDER BY g.date DESC, p.id DESC LIMIT 1"

/* Each kind's key: values :k0 the measure, :k1 fy, :k2 quarter; measures
 * :k0 the theme; actions, risks :k0 the plan; milestones :k0 the plan,
 * :k1 the priority; meetings :k0 the committee, :k1 the meeting. */
const struct kind import_kind_table[] = {
	{ "values", "measure_value", value_cols, 2, values_resolve,
	  "SELECT coalesce(min(p.id), 0) FROM paper p"
	  " JOIN theme t ON t.strategy_id = p.strategy_id JOIN measure m ON m.theme_id = t.id"
	  " WHERE m.id = :k0 AND p.status = 'signed_off' AND p.fy = :k1"
	  " AND (p.quarter IS NULL OR p.quarter = :k2)",
	  ":k0 || '|' || :k1 || '|' || :k2", "measure_id, fy, quarter", ":k0, :k1, :k2",
	  "SELECT m.code, v.fy, v.quarter, v.value, v.note FROM measure_value v"
	  " JOIN measure m ON m.id = v.measure_id JOIN theme t ON t.id = m.theme_id"
	  " ORDER BY t.strategy_id, t.seq, m.seq, v.fy, v.quarter" },
	{ "measures", "measure", measure_cols, 1, measures_resolve, NULL, NULL,
	  "seq", "(SELECT coalesce(max(seq), 0) + 1 FROM measure WHERE theme_id = :k0)",
	  "SELECT m.code, m.name, t.name, m.unit, m.polarity, m.floor, m.target, m.kind,"
	  " m.direction, m.benchmark, m.tolerance_pct FROM measure m"
	  " JOIN theme t ON t.id = m.theme_id ORDER BY t.strategy_id, t.seq, m.seq" },
	{ "actions", "action", action_cols, 2, actions_resolve, PLAN_SIGNED_OFF, ":id", "", "",
	  "SELECT l.name, a.number, r.seq, a.description, a.officer, a.start, a.finish, a.status,"
	  " a.progress FROM action a JOIN priority r ON r.id = a.priority_id"
	  " JOIN plan l ON l.id = r.plan_id"
	  " ORDER BY l.id, r.seq, CAST(a.number AS INTEGER), instr(a.number, '.') > 0,"
	  " CAST(substr(a.number, instr(a.number, '.') + 1) AS INTEGER)" },
	{ "milestones", "milestone", milestone_cols, 3, milestones_resolve, PLAN_SIGNED_OFF, ":id",
	  "priority_id", ":k1",
	  "SELECT l.name, r.seq, m.letter, m.description, m.action_ref, m.due FROM milestone m"
	  " JOIN priority r ON r.id = m.priority_id JOIN plan l ON l.id = r.plan_id"
	  " ORDER BY l.id, r.seq, m.letter" },
	{ "risks", "risk", risk_cols, 2, risks_resolve, PLAN_SIGNED_OFF, ":id", "plan_id", ":k0",
	  "SELECT l.name, k.seq, k.description, k.mitigation FROM risk k"
	  " JOIN plan l ON l.id = k.plan_id ORDER BY l.id, k.seq" },
	{ "meetings", "meeting", meeting_cols, 2, meetings_resolve,
	  "SELECT coalesce(min(id), 0) FROM paper WHERE meeting_id = :k1"
	  " AND status = 'signed_off'", NULL, "", "",
	  "SELECT c.name, g.date, g.venue FROM meeting g JOIN committee c ON c.id = g.committee_id"
	  " ORDER BY g.date, c.name" },
	{ "officers", "officer", officer_cols, 1, officers_resolve, NULL, NULL, "", "",
	  "SELECT name, post, email, phone FROM officer ORDER BY id" },
	{ "committees", "committee", committee_cols, 1, committees_resolve, NULL, NULL, "", "",
	  "SELECT name, council, cadence FROM committee ORDER BY id" },
	{ "strategies", "strategy", strategy_cols, 1, strategies_resolve, NULL, NULL, "", "",
	  "SELECT name, council, first_fy, last_fy FROM strategy ORDER BY id" },
	{ "themes", "theme", theme_cols, 2, themes_resolve, NULL, NULL, "", "",
	  "SELECT s.name, t.seq, t.name, t.outcome FROM theme t"
	  " JOIN strategy s ON s.id = t.strategy_id ORDER BY s.id, t.seq" },
	{ "plans", "plan", plan_cols, 1, plans_resolve, NULL, NULL, "", "",
	  "SELECT name, council, division, fy FROM plan ORDER BY id" },
	{ "priorities", "priority", priority_cols, 2, priorities_resolve, NULL, NULL, "", "",
	  "SELECT l.name, r.seq, r.name, r.description FROM priority r"
	  " JOIN plan l ON l.id = r.plan_id ORDER BY l.id, r.seq" },
	{ "papers", "paper", paper_cols, 3, papers_resolve,
	  "SELECT CASE status WHEN 'signed_off' THEN id ELSE 0 END FROM paper WHERE id = :k2",
	  NULL, "meeting_id", ":k1",
	  "SELECT c.name, g.date, p.agenda_item, p.title, p.template, p.from_post, o.name,"
	  " p.divisions, p.classification, p.exempt_paragraph, p.key_decision,"
	  " p.forward_plan_ref, p.forward_plan_date, p.summary_label, p.summary, s.name,"
	  " l.name, p.fy, p.quarter FROM paper p JOIN meeting g ON g.id = p.meeting_id"
	  " JOIN committee c ON c.id = g.committee_id LEFT JOIN officer o ON o.id = p.officer_id"
	  " LEFT JOIN strategy s ON s.id = p.strategy_id LEFT JOIN plan l ON l.id = p.plan_id"
	  " ORDER BY g.date, c.name, p.id" },
};

const size_t import_nkinds = sizeof import_kind_table / sizeof import_kind_table[0];

/* The plan a row of a plan names in its plan column (column 0), or the
 * database's one plan, into key[0]. */
static int
plan_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = im_row_pos(im, it);
	int n;

	if (it->v[0].present)
		return im_find_one(im, 0, "SELECT id FROM plan WHERE name = :s COLLATE NOCASE", it, 0,
		    D_IMPORT_NO_PLAN, &it->key[0]);
	if (im_lookup(im, 0, "SELECT id FROM plan", NULL, it, &it->key[0], &n, NULL) == -1)
		return -1;
	if (n == 1)
		return 0;
	diag(n == 0 ? D_IMPORT_NO_PLAN : D_IMPORT_AMBIGUOUS, &pos,
	    "the database has %d plans: name each row's in a plan column", n);
	return -1;
}

static int
values_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = im_cell_pos(im, it, 1);
	const char *code = it->v[0].text;
	long long range[2];
	int n;

	if (im_lookup(im, 0, "SELECT m.id, s.first_fy, s.last_fy FROM measure m"
	    " JOIN theme t ON t.id = m.theme_id JOIN strategy s ON s.id = t.strategy_id"
	    " WHERE m.code = :s COLLATE NOCASE", code, it, &it->key[0], &n, range) == -1)
		return -1;
	if (n == 0) {
		pos = im_cell_pos(im, it, 0);
		diag(D_IMPORT_NO_MEASURE, &pos, "measure '%s'", code);
		return -1;
	}
	if (it->key[1] < range[0] || it->key[1] > range[1]) {
		struct period p = { (int)it->key[1], (int)it->key[2] };
		struct period a = { (int)range[0], 0 }, b = { (int)range[1], 0 };
		char *pt = period_text(p), *at = period_text(a), *bt = period_text(b);

		diag(D_IMPORT_OUTSIDE, &pos, "%s: %s's strategy runs from %s to %s", pt, code, at, bt);
		free(pt);
		free(at);
		free(bt);
		return -1;
	}
	return im_find_row(im, "SELECT rowid FROM measure_value"
	    " WHERE measure_id = :k0 AND fy = :k1 AND quarter = :k2", it, 0);
}

static int
measures_resolve(struct import *im, struct item *it)
{
	if (im_find_row(im, "SELECT id FROM measure WHERE code = :s COLLATE NOCASE", it, 0) == -1 ||
	    im_find_one(im, 1, "SELECT id FROM theme WHERE name = :s COLLATE NOCASE", it, 2,
	    D_IMPORT_NO_THEME, &it->key[0]) == -1)
		return -1;
	it->v[2].num = (double)it->key[0];
	return 0;
}

/* Column i's name, when its cell is given, as a row's id by sql (slot
 * slot) into the cell's number. -1 with the diagnostic emitted. */
static int
ref_resolve(struct import *im, int slot, const char *sql, struct item *it, size_t i,
    enum diag_code none)
{
	long long id;

	if (!it->v[i].present || it->v[i].null)
		return 0;
	if (im_find_one(im, slot, sql, it, i, none, &id) == -1)
		return -1;
	it->v[i].num = (double)id;
	return 0;
}

static int
actions_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = im_cell_pos(im, it, 1);
	int n;

	if (plan_resolve(im, it) == -1 || im_lookup(im, 1, "SELECT a.id FROM action a"
	    " JOIN priority r ON r.id = a.priority_id WHERE r.plan_id = :k0 AND a.number = :s",
	    it->v[1].text, it, &it->rowid, &n, NULL) == -1)
		return -1;
	if (n == 0 && !it->v[2].present) {
		diag(D_IMPORT_NO_ACTION, &pos, "number '%s' (to add it, give its priority)",
		    it->v[1].text);
		return -1;
	}
	return ref_resolve(im, 4, "SELECT id FROM priority WHERE plan_id = :k0 AND seq = :s",
	    it, 2, D_IMPORT_NO_PRIORITY);
}

static int
milestones_resolve(struct import *im, struct item *it)
{
	if (plan_resolve(im, it) == -1 || im_find_one(im, 1, "SELECT id FROM priority"
	    " WHERE plan_id = :k0 AND seq = :s", it, 1, D_IMPORT_NO_PRIORITY, &it->key[1]) == -1)
		return -1;
	return im_find_row(im, "SELECT id FROM milestone WHERE priority_id = :k1 AND letter = :s",
	    it, 2);
}

static int
risks_resolve(struct import *im, struct item *it)
{
	if (plan_resolve(im, it) == -1)
		return -1;
	return im_find_row(im, "SELECT id FROM risk WHERE plan_id = :k0 AND seq = :s", it, 1);
}

/* A row under a parent its column 0 names (parent finds it into key[0]
 * and the cell), found by its column 1 (row, with :k0 the parent). */
static int
child_resolve(struct import *im, struct item *it, const char *parent, enum diag_code none,
    const char *row)
{
	if (im_find_one(im, 0, parent, it, 0, none, &it->key[0]) == -1)
		return -1;
	it->v[0].num = (double)it->key[0];
	return im_find_row(im, row, it, 1);
}

static int
meetings_resolve(struct import *im, struct item *it)
{
	if (child_resolve(im, it, "SELECT id FROM committee WHERE name = :s COLLATE NOCASE",
	    D_IMPORT_NO_COMMITTEE, "SELECT id FROM meeting WHERE committee_id = :k0 AND date = :s")
	    == -1)
		return -1;
	it->key[1] = it->rowid;
	return 0;
}

static int
officers_resolve(struct import *im, struct item *it)
{
	int n;

	if (im_lookup(im, 3, "SELECT id FROM officer WHERE name = :s COLLATE NOCASE", it->v[0].text,
	    it, &it->rowid, &n, NULL) == -1)
		return -1;
	if (n > 1) {
		struct srcpos pos = im_row_pos(im, it);

		diag(D_IMPORT_AMBIGUOUS, &pos, "name '%s'", it->v[0].text);
		return -1;
	}
	return 0;
}

static int
committees_resolve(struct import *im, struct item *it)
{
	return im_find_row(im, "SELECT id FROM committee WHERE name = :s COLLATE NOCASE", it, 0);
}

/* Whether a row's years, those its file gives, run forwards. */
static int
years_resolve(struct import *im, struct item *it, size_t first, size_t last)
{
	struct srcpos pos = im_cell_pos(im, it, last);

	if (it->v[first].present && it->v[last].present && it->v[last].num < it->v[first].num) {
		diag(D_IMPORT_YEARS, &pos, "%s", it->name);
		return -1;
	}
	return 0;
}

static int
strategies_resolve(struct import *im, struct item *it)
{
	if (years_resolve(im, it, 2, 3) == -1)
		return -1;
	return im_find_row(im, "SELECT id FROM strategy WHERE name = :s COLLATE NOCASE", it, 0);
}

static int
themes_resolve(struct import *im, struct item *it)
{
	return child_resolve(im, it, "SELECT id FROM strategy WHERE name = :s COLLATE NOCASE",
	    D_IMPORT_NO_STRATEGY, "SELECT id FROM theme WHERE strategy_id = :k0 AND seq = :s");
}

static int
plans_resolve(struct import *im, struct item *it)
{
	return im_find_row(im, "SELECT id FROM plan WHERE name = :s COLLATE NOCASE", it, 0);
}

static int
priorities_resolve(struct import *im, struct item *it)
{
	return child_resolve(im, it, "SELECT id FROM plan WHERE name = :s COLLATE NOCASE",
	    D_IMPORT_NO_PLAN, "SELECT id FROM priority WHERE plan_id = :k0 AND seq = :s");
}

/* What the schema's checks of a paper ask, of the cells its file gives. */
static int
paper_checks(struct import *im, struct item *it)
{
	const struct val *v = it->v;
	const char *t = v[4].text;
	size_t len = strlen(t);
	int rc = 0;

	if (len < 5 || strcmp(t + len - 4, ".xml") != 0 || !(islower((unsigned char)t[0]) ||
	    isdigit((unsigned char)t[0])) || strspn(t, "abcdefghijklmnopqrstuvwxyz0123456789.-") != len) {
		struct srcpos pos = im_cell_pos(im, it, 4);

		diag(D_IMPORT_TEMPLATE, &pos, "template '%s'", t);
		rc = -1;
	}
	if (v[8].present && ((strcmp(v[8].text, "exempt") == 0) != (v[9].present && !v[9].null) ||
	    (v[9].present && !v[9].null && v[9].num > 7))) {
		struct srcpos pos = im_cell_pos(im, it, v[9].present ? 9 : 8);

		diag(D_IMPORT_EXEMPT, &pos, "%s", v[8].text);
		rc = -1;
	}
	if (v[10].present && v[10].num != 0 && (!v[11].present || v[11].null)) {
		struct srcpos pos = im_cell_pos(im, it, v[11].present ? 11 : 10);

		diag(D_IMPORT_FORWARD_PLAN, &pos, "%s", it->name);
		rc = -1;
	}
	return rc;
}

static int
papers_resolve(struct import *im, struct item *it)
{
	if (paper_checks(im, it) == -1 ||
	    im_find_one(im, 0, "SELECT id FROM committee WHERE name = :s COLLATE NOCASE", it, 0,
	    D_IMPORT_NO_COMMITTEE, &it->key[0]) == -1 ||
	    im_find_one(im, 1, "SELECT id FROM meeting WHERE committee_id = :k0 AND date = :s",
	    it, 1, D_IMPORT_NO_MEETING, &it->key[1]) == -1 ||
	    ref_resolve(im, 4, "SELECT id FROM officer WHERE name = :s COLLATE NOCASE", it, 6,
	    D_IMPORT_NO_OFFICER) == -1 ||
	    ref_resolve(im, 5, "SELECT id FROM strategy WHERE name = :s COLLATE NOCASE", it, 15,
	    D_IMPORT_NO_STRATEGY) == -1 ||
	    ref_resolve(im, 6, "SELECT id FROM plan WHERE name = :s COLLATE NOCASE", it, 16,
	    D_IMPORT_NO_PLAN) == -1 ||
	    im_find_row(im, "SELECT id FROM paper WHERE meeting_id = :k1 AND agenda_item = :s",
	    it, 2) == -1)
		return -1;
	it->key[2] = it->rowid;
	return 0;
}
