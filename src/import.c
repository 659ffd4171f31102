/* import.c: the CSV interchange of the write side: docket import checks a
 * whole file of one kind of row against the database, then writes it in
 * one transaction; docket export writes the rows back in the shape import
 * reads. Its SQL runs through db_write.h; csvio.c reads and writes CSV. */
#include "import.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvio.h"
#include "date.h"
#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "util.h"

/* How a cell is read. */
enum ctype {
	CT_TEXT,	/* text, "" as NULL */
	CT_NUMBER,	/* a number, "" or n/a as NULL */
	CT_PERIOD,	/* a quarter: 2024/25 Q3 */
	CT_CHOICE,	/* one of the column's choices */
	CT_REF		/* a name the kind turns into a row's id */
};

/* A column of a kind's file. The first of a kind's columns are its key:
 * they find the row, and are never changed. */
struct column {
	const char         *name;	/* the header export writes */
	const char         *alias[2];	/* other headers import takes, or NULL */
	const char         *dbcol;	/* the table's column; NULL for a key the kind resolves */
	enum ctype          type;
	int                 required;	/* the column must be there */
	int                 filled;	/* its cells may not be empty */
	const char *const  *choices;	/* CT_CHOICE: ended by NULL */
};

/* A cell as read: absent when its column is not in the file. */
struct val {
	int     present;
	int     null;
	double  num;	/* CT_NUMBER; CT_REF: the id */
	char   *text;	/* CT_TEXT, CT_CHOICE, CT_REF: owned */
};

enum outcome { OUT_BAD, OUT_ADDED, OUT_CHANGED, OUT_SAME };

/* A row of the file. */
struct item {
	unsigned     line;
	struct val  *v;		/* one a column of the kind */
	long long    key[3];	/* what the kind's key resolves to: a measure's id, fy
				 * and quarter; an action's id */
	long long    rowid;	/* the row it would change; 0: a new row */
	char        *name;	/* the row for messages and repeats: "SR1 2024/25 Q3" */
	enum outcome out;
};

struct import;

/* One kind of row. */
struct kind {
	const char          *name;
	const char          *table;
	const struct column *cols;
	size_t               nkey;	/* its first columns that are the key */
	/* Finds the row's key and its references; sets rowid when the row is
	 * there. -1 with the diagnostic emitted. */
	int (*resolve)(struct import *im, struct item *it);
	/* The signed-off paper that reported the row, from the row's key
	 * values ?1 to ?nsigned (its key[]): one row, the paper's id or 0;
	 * NULL when no paper reports the kind. */
	const char *signed_off;
	int         nsigned;
	/* Writes a new row; NULL when the kind only changes rows (its
	 * resolve refuses a row that is not there). */
	int (*insert)(struct import *im, const struct item *it);
	/* The rows for export, a result column for each column, two for a
	 * period (fy, quarter). */
	const char *export_sql;
};

/* An import under way. */
struct import {
	const struct kind *k;
	struct db         *db;
	const char        *csv;	/* its path, for messages */
	int                map[16];	/* the file's column of each kind column, or -1 */
	size_t             ncols;	/* the kind's */
	struct item       *items;
	size_t             nitems;
	struct db_stmt    *st[4];	/* the kind's statements, prepared once */
};

static const char *const units[] = { "%", "days", "count", "ratio", "£", "score", NULL };
static const char *const polarities[] = { "higher", "lower", NULL };
static const char *const measure_kinds[] = { "kpi", "mi", NULL };
static const char *const directions[] = { "previous", "year_ago", "trend", NULL };
static const char *const statuses[] = {
	"not_started", "on_track", "at_risk", "off_track", "complete", NULL,
};

static int values_resolve(struct import *im, struct item *it);
static int values_insert(struct import *im, const struct item *it);
static int measures_resolve(struct import *im, struct item *it);
static int measures_insert(struct import *im, const struct item *it);
static int actions_resolve(struct import *im, struct item *it);

static const struct column value_cols[] = {
	{ "measure", { "measure code", "code" }, NULL, CT_TEXT, 1, 1, NULL },
	{ "period", { NULL, NULL }, NULL, CT_PERIOD, 1, 1, NULL },
	{ "value", { NULL, NULL }, "value", CT_NUMBER, 1, 0, NULL },
	{ "note", { NULL, NULL }, "note", CT_TEXT, 0, 0, NULL },
	{ NULL, { NULL, NULL }, NULL, CT_TEXT, 0, 0, NULL },
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
	{ NULL, { NULL, NULL }, NULL, CT_TEXT, 0, 0, NULL },
};

static const struct column action_cols[] = {
	{ "number", { "action", NULL }, NULL, CT_TEXT, 1, 1, NULL },
	{ "description", { NULL, NULL }, "description", CT_TEXT, 1, 1, NULL },
	{ "officer", { NULL, NULL }, "officer", CT_TEXT, 1, 0, NULL },
	{ "start", { NULL, NULL }, "start", CT_TEXT, 1, 0, NULL },
	{ "end", { "finish", NULL }, "finish", CT_TEXT, 1, 0, NULL },
	{ "status", { NULL, NULL }, "status", CT_CHOICE, 1, 1, statuses },
	{ "progress", { NULL, NULL }, "progress", CT_TEXT, 1, 0, NULL },
	{ NULL, { NULL, NULL }, NULL, CT_TEXT, 0, 0, NULL },
};

static const struct kind kinds[] = {
	{ "values", "measure_value", value_cols, 2, values_resolve,
	  "SELECT coalesce(min(p.id), 0) FROM paper p"
	  " JOIN theme t ON t.strategy_id = p.strategy_id JOIN measure m ON m.theme_id = t.id"
	  " WHERE m.id = ?1 AND p.status = 'signed_off' AND p.fy = ?2"
	  " AND (p.quarter IS NULL OR p.quarter = ?3)", 3,
	  values_insert,
	  "SELECT m.code, v.fy, v.quarter, v.value, v.note FROM measure_value v"
	  " JOIN measure m ON m.id = v.measure_id JOIN theme t ON t.id = m.theme_id"
	  " ORDER BY t.strategy_id, t.seq, m.seq, v.fy, v.quarter" },
	{ "measures", "measure", measure_cols, 1, measures_resolve, NULL, 0, measures_insert,
	  "SELECT m.code, m.name, t.name, m.unit, m.polarity, m.floor, m.target, m.kind,"
	  " m.direction, m.benchmark, m.tolerance_pct FROM measure m"
	  " JOIN theme t ON t.id = m.theme_id ORDER BY t.strategy_id, t.seq, m.seq" },
	/* An action's progress is what its plan's latest paper reported:
	 * once that paper is signed off, a change waits for the next. */
	{ "actions", "action", action_cols, 1, actions_resolve,
	  "SELECT CASE p.status WHEN 'signed_off' THEN p.id ELSE 0 END FROM paper p"
	  " JOIN meeting g ON g.id = p.meeting_id JOIN priority r ON r.plan_id = p.plan_id"
	  " JOIN action a ON a.priority_id = r.id"
	  " WHERE a.id = ?1 ORDER BY g.date DESC, p.id DESC LIMIT 1", 1, NULL,
	  "SELECT a.number, a.description, a.officer, a.start, a.finish, a.status, a.progress"
	  " FROM action a JOIN priority r ON r.id = a.priority_id"
	  " ORDER BY r.plan_id, r.seq, CAST(a.number AS INTEGER), instr(a.number, '.') > 0,"
	  " CAST(substr(a.number, instr(a.number, '.') + 1) AS INTEGER)" },
};

#define NKINDS	(sizeof kinds / sizeof kinds[0])

const char import_kinds[] = "values, measures, actions";

static const struct kind *
kind_named(const char *name)
{
	size_t i;

	for (i = 0; i < NKINDS; i++)
		if (strcmp(kinds[i].name, name) == 0)
			return &kinds[i];
	diag(D_USAGE, NULL, "unknown kind '%s' (known: %s)", name, import_kinds);
	return NULL;
}

/* A header or choice as it is compared: lower case, no spaces, '_' or '-'. */
static char *
squash(const char *s)
{
	struct buf b = {0};

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '_' && *s != '-')
			buf_addc(&b, (char)tolower((unsigned char)*s));
	return buf_take(&b);
}

/* The kind's column with the header h, or -1. */
static int
column_named(const struct kind *k, const char *h)
{
	char *want = squash(h), *a;
	int i, j, found = -1;

	for (i = 0; found < 0 && k->cols[i].name != NULL; i++)
		for (j = -1; found < 0 && j < 2; j++) {
			const char *name = j < 0 ? k->cols[i].name : k->cols[i].alias[j];

			if (name == NULL)
				continue;
			a = squash(name);
			if (strcmp(a, want) == 0)
				found = i;
			free(a);
		}
	free(want);
	return found;
}

/* The other kind whose columns the whole header names, or NULL. */
static const struct kind *
kind_of_header(const struct kind *k, const struct csv_row *head)
{
	size_t i, c;

	for (i = 0; i < NKINDS; i++) {
		if (&kinds[i] == k)
			continue;
		for (c = 0; c < head->ncells && column_named(&kinds[i], head->cells[c]) >= 0; c++)
			;
		if (c == head->ncells)
			return &kinds[i];
	}
	return NULL;
}

/* Matches the header's cells to the kind's columns. -1 after naming each
 * column unknown, given twice or missing. */
static int
map_header(struct import *im, const struct csv_row *head)
{
	const struct kind *k = im->k, *other;
	struct buf names = {0};
	size_t c;
	int i, rc = 0;

	for (i = 0; k->cols[i].name != NULL; i++) {
		im->map[i] = -1;
		buf_addf(&names, "%s%s", i ? ", " : "", k->cols[i].name);
	}
	im->ncols = (size_t)i;
	other = kind_of_header(k, head);
	for (c = 0; c < head->ncells; c++) {
		struct srcpos pos = { im->csv, head->line, (unsigned)c + 1, NULL };

		if ((i = column_named(k, head->cells[c])) < 0 && other != NULL) {
			/* Once for the file, not once a column. */
			diag(D_CSV_COLUMN_UNKNOWN, &pos, "'%s' (%s has: %s): the header is that of %s: "
			    "docket import --db DB %s FILE", head->cells[c], k->name, names.s,
			    other->name, other->name);
			rc = -1;
			break;
		} else if (i < 0) {
			diag(D_CSV_COLUMN_UNKNOWN, &pos, "'%s' (%s has: %s)", head->cells[c], k->name,
			    names.s);
			rc = -1;
		} else if (im->map[i] >= 0) {
			diag(D_CSV_COLUMN_TWICE, &pos, "'%s', also column %d", head->cells[c],
			    im->map[i] + 1);
			rc = -1;
		} else
			im->map[i] = (int)c;
	}
	for (i = 0; rc == 0 && k->cols[i].name != NULL; i++)
		if (k->cols[i].required && im->map[i] < 0) {
			struct srcpos pos = { im->csv, head->line, 0, NULL };

			diag(D_CSV_COLUMN_MISSING, &pos, "'%s' (%s has: %s)", k->cols[i].name, k->name,
			    names.s);
			rc = -1;
		}
	buf_free(&names);
	return rc;
}

/* A cell a spreadsheet would run as a formula. */
static int
formula_like(const char *s)
{
	return s[0] != '\0' && strchr("=+-@", s[0]) != NULL;
}

/* What export writes for text: a cell that would be a formula, or that
 * import would take for one kept as text, gains a leading '. */
static int
guarded(const char *s)
{
	return formula_like(s) || (s[0] == '\'' && s[1] != '\0' && strchr("=+-@'", s[1]) != NULL);
}

/* Reads a number as a spreadsheet shows one: an optional sign, an
 * optional £, digits with commas between thousands, optional decimals
 * and exponent, an optional %. 0, or -1. */
static int
number_read(const char *s, double *v)
{
	struct buf b = {0};
	const char *p = s;
	int group = -1, rc = -1;	/* digits since the last comma; -1 before one */
	size_t ndigits = 0;

	if (*p == '+' || *p == '-')
		buf_addc(&b, *p++);
	if (strncmp(p, "£", strlen("£")) == 0)
		p += strlen("£");
	for (; isdigit((unsigned char)*p) || *p == ','; p++) {
		if (*p == ',') {
			if ((group < 0 && (ndigits == 0 || ndigits > 3)) || (group >= 0 && group != 3))
				goto out;
			group = 0;
			continue;
		}
		buf_addc(&b, *p);
		ndigits++;
		if (group >= 0)
			group++;
	}
	if (group >= 0 && group != 3)
		goto out;
	if (*p == '.') {
		buf_addc(&b, *p++);
		for (; isdigit((unsigned char)*p); p++, ndigits++)
			buf_addc(&b, *p);
	}
	if (ndigits > 0 && (*p == 'e' || *p == 'E')) {
		buf_addc(&b, *p++);
		if (*p == '+' || *p == '-')
			buf_addc(&b, *p++);
		if (!isdigit((unsigned char)*p))
			goto out;
		for (; isdigit((unsigned char)*p); p++)
			buf_addc(&b, *p);
	}
	if (*p == '%')
		p++;
	if (ndigits == 0 || *p != '\0')
		goto out;
	*v = strtod(b.s, NULL);
	rc = isfinite(*v) ? 0 : -1;
out:
	buf_free(&b);
	return rc;
}

/* Reads cell c of the file's row for column i into it->v[i]. -1 with the
 * diagnostic emitted. */
static int
cell_read(struct import *im, struct item *it, const struct csv_row *row, size_t i)
{
	const struct column *col = &im->k->cols[i];
	struct val *v = &it->v[i];
	struct srcpos pos = { im->csv, row->line, (unsigned)im->map[i] + 1, NULL };
	const char *s = row->cells[im->map[i]];
	char *sq;
	size_t c;

	v->present = 1;
	v->null = s[0] == '\0' || (col->type == CT_NUMBER && strcasecmp(s, "n/a") == 0);
	if (v->null) {
		if (!col->filled)
			return 0;
		diag(D_IMPORT_EMPTY, &pos, "%s", col->name);
		return -1;
	}
	if (col->type == CT_NUMBER) {
		if (s[0] == '=' || s[0] == '@') {
			diag(D_CSV_FORMULA, &pos, "%s '%s'", col->name, s);
			return -1;
		}
		if (number_read(s, &v->num) == 0)
			return 0;
		diag(D_IMPORT_NUMBER, &pos, "%s '%s'", col->name, s);
		return -1;
	}
	if (col->type == CT_PERIOD) {
		struct period p;

		if (period_read(s, &p) == 0 && p.quarter != 0) {
			it->key[1] = p.fy;
			it->key[2] = p.quarter;
			return 0;
		}
		diag(D_IMPORT_PERIOD, &pos, "%s '%s'", col->name, s);
		return -1;
	}
	if (s[0] == '\'' && guarded(s + 1))
		s++;	/* kept as text, as export writes it */
	else if (formula_like(s)) {
		diag(D_CSV_FORMULA, &pos, "%s '%s'", col->name, s);
		return -1;
	}
	if (col->type != CT_CHOICE) {
		v->text = xstrdup(s);
		return 0;
	}
	sq = squash(s);
	for (c = 0; col->choices[c] != NULL; c++) {
		char *want = squash(col->choices[c]);
		int same = strcmp(want, sq) == 0;

		free(want);
		if (same) {
			v->text = xstrdup(col->choices[c]);
			free(sq);
			return 0;
		}
	}
	free(sq);
	{
		struct buf b = {0};

		for (c = 0; col->choices[c] != NULL; c++)
			buf_addf(&b, "%s%s", c ? ", " : "", col->choices[c]);
		diag(D_IMPORT_CHOICE, &pos, "%s '%s' (one of: %s)", col->name, s, b.s);
		buf_free(&b);
	}
	return -1;
}

/* Where a message about the whole row points: its first key cell. */
static struct srcpos
row_pos(const struct import *im, const struct item *it)
{
	struct srcpos pos = { im->csv, it->line, (unsigned)im->map[0] + 1, NULL };

	return pos;
}

/* The statement st[i], prepared from sql the first time. */
static struct db_stmt *
stmt(struct import *im, int i, const char *sql)
{
	if (im->st[i] == NULL)
		im->st[i] = db_prepare(im->db, sql);
	else
		db_reset(im->st[i]);
	return im->st[i];
}

/* Runs the one-text-parameter query sql (statement slot i): *id the first
 * row's first column, *n how many rows; the second column, when there is
 * one, in *aux. -1 on failure. */
static int
lookup(struct import *im, int i, const char *sql, const char *arg, long long *id,
    int *n, long long aux[2])
{
	struct db_stmt *st = stmt(im, i, sql);
	int step;

	*n = 0;
	if (st == NULL || db_bind_text(st, 1, arg) == -1)
		return -1;
	while ((step = db_step(st)) == 1) {
		if ((*n)++ > 0)
			continue;
		*id = db_column_int(st, 0);
		if (aux != NULL) {
			aux[0] = db_column_int(st, 1);
			aux[1] = db_column_int(st, 2);
		}
	}
	return step;
}

static int
values_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = row_pos(im, it);
	const char *code = it->v[0].text;
	struct db_stmt *st;
	long long range[2];
	int n;

	if (lookup(im, 0, "SELECT m.id, s.first_fy, s.last_fy FROM measure m"
	    " JOIN theme t ON t.id = m.theme_id JOIN strategy s ON s.id = t.strategy_id"
	    " WHERE m.code = ?1 COLLATE NOCASE", code, &it->key[0], &n, range) == -1)
		return -1;
	if (n == 0) {
		diag(D_IMPORT_NO_MEASURE, &pos, "'%s'", code);
		return -1;
	}
	if (it->key[1] < range[0] || it->key[1] > range[1]) {
		struct period p = { (int)it->key[1], (int)it->key[2] };
		struct period a = { (int)range[0], 0 }, b = { (int)range[1], 0 };
		char *pt = period_text(p), *at = period_text(a), *bt = period_text(b);

		pos.col = (unsigned)im->map[1] + 1;
		diag(D_IMPORT_OUTSIDE, &pos, "%s: %s's strategy runs from %s to %s", pt, code, at, bt);
		free(pt);
		free(at);
		free(bt);
		return -1;
	}
	if ((st = stmt(im, 1, "SELECT rowid FROM measure_value"
	    " WHERE measure_id = ?1 AND fy = ?2 AND quarter = ?3")) == NULL ||
	    db_bind_int(st, 1, it->key[0]) == -1 || db_bind_int(st, 2, it->key[1]) == -1 ||
	    db_bind_int(st, 3, it->key[2]) == -1)
		return -1;
	if ((n = db_step(st)) == 1)
		it->rowid = db_column_int(st, 0);
	return n == -1 ? -1 : 0;
}

/* The signed-off paper that reported the row, or 0; -1 on failure. */
static long long
signed_off(struct import *im, const struct item *it)
{
	struct db_stmt *st = stmt(im, 2, im->k->signed_off);
	int i, n;

	for (i = 0; st != NULL && i < im->k->nsigned; i++)
		if (db_bind_int(st, i + 1, it->key[i]) == -1)
			return -1;
	if (st == NULL || (n = db_step(st)) == -1)
		return -1;
	return n == 1 ? db_column_int(st, 0) : 0;
}

/* Binds v, as column type t reads it, to parameter i. */
static int
bind_val(struct db_stmt *st, int i, const struct val *v, enum ctype t)
{
	if (!v->present || v->null)
		return db_bind_null(st, i);
	if (t == CT_REF)
		return db_bind_int(st, i, (long long)v->num);
	if (t == CT_NUMBER)
		return db_bind_double(st, i, v->num);
	return db_bind_text(st, i, v->text);
}

static int
values_insert(struct import *im, const struct item *it)
{
	struct db_stmt *st = stmt(im, 3, "INSERT INTO measure_value"
	    " (measure_id, fy, quarter, value, note) VALUES (?1, ?2, ?3, ?4, ?5)");

	if (st == NULL || db_bind_int(st, 1, it->key[0]) == -1 ||
	    db_bind_int(st, 2, it->key[1]) == -1 || db_bind_int(st, 3, it->key[2]) == -1 ||
	    bind_val(st, 4, &it->v[2], CT_NUMBER) == -1 || bind_val(st, 5, &it->v[3], CT_TEXT) == -1)
		return -1;
	return db_step(st) == -1 ? -1 : 0;
}

static int
measures_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = { im->csv, it->line, (unsigned)im->map[2] + 1, NULL };
	long long id = 0;
	int n;

	if (lookup(im, 0, "SELECT id FROM measure WHERE code = ?1 COLLATE NOCASE",
	    it->v[0].text, &id, &n, NULL) == -1)
		return -1;
	if (n == 1)
		it->rowid = id;
	if (lookup(im, 1, "SELECT id FROM theme WHERE name = ?1 COLLATE NOCASE",
	    it->v[2].text, &id, &n, NULL) == -1)
		return -1;
	if (n != 1) {
		diag(n == 0 ? D_IMPORT_NO_THEME : D_IMPORT_AMBIGUOUS, &pos, "'%s'", it->v[2].text);
		return -1;
	}
	it->v[2].num = (double)id;
	return 0;
}

static int
measures_insert(struct import *im, const struct item *it)
{
	struct db_stmt *st = stmt(im, 3, "INSERT INTO measure (code, name, theme_id, unit,"
	    " polarity, floor, target, kind, direction, benchmark, tolerance_pct, seq)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
	    " (SELECT coalesce(max(seq), 0) + 1 FROM measure WHERE theme_id = ?3))");
	size_t i;

	if (st == NULL)
		return -1;
	for (i = 0; i < im->ncols; i++)
		if (bind_val(st, (int)i + 1, &it->v[i], im->k->cols[i].type) == -1)
			return -1;
	return db_step(st) == -1 ? -1 : 0;
}

static int
actions_resolve(struct import *im, struct item *it)
{
	struct srcpos pos = row_pos(im, it);
	int n;

	if (lookup(im, 0, "SELECT id FROM action WHERE number = ?1", it->v[0].text,
	    &it->rowid, &n, NULL) == -1)
		return -1;
	it->key[0] = it->rowid;
	if (n != 1) {
		diag(n == 0 ? D_IMPORT_NO_ACTION : D_IMPORT_AMBIGUOUS, &pos, "'%s'", it->v[0].text);
		return -1;
	}
	return 0;
}

/* "UPDATE t SET a = ?1, b = ?2 WHERE rowid = ?3" (update set) or
 * "SELECT a, b FROM t WHERE rowid = ?1", over the columns in the file
 * that are not the key. Caller frees. */
static char *
row_sql(const struct import *im, int update)
{
	struct buf b = {0};
	size_t i;
	int n = 0;

	buf_add(&b, update ? "UPDATE " : "SELECT ");
	if (update)
		buf_addf(&b, "%s SET ", im->k->table);
	for (i = im->k->nkey; i < im->ncols; i++) {
		if (im->map[i] < 0)
			continue;
		buf_addf(&b, "%s%s", n ? ", " : "", im->k->cols[i].dbcol);
		n++;
		if (update)
			buf_addf(&b, " = ?%d", n);
	}
	if (update)
		buf_addf(&b, " WHERE rowid = ?%d", n + 1);
	else
		buf_addf(&b, " FROM %s WHERE rowid = ?1", im->k->table);
	return buf_take(&b);
}

/* Whether the row in the database differs from the file's: NULL and an
 * empty text are the same. 1, 0, or -1 on failure. */
static int
differs(struct import *im, struct db_stmt *st, const struct item *it)
{
	size_t i;
	int c = 0, step;

	if (db_bind_int(st, 1, it->rowid) == -1 || (step = db_step(st)) == -1)
		return -1;
	for (i = im->k->nkey; step == 1 && i < im->ncols; i++) {
		const struct val *v = &it->v[i];
		enum ctype t = im->k->cols[i].type;
		const char *s;

		if (im->map[i] < 0)
			continue;
		if (t == CT_NUMBER || t == CT_REF) {
			if (v->null != db_column_null(st, c) ||
			    (!v->null && v->num != db_column_double(st, c)))
				return 1;
		} else {
			s = db_column_text(st, c);
			if (strcmp(v->null ? "" : v->text, s != NULL ? s : "") != 0)
				return 1;
		}
		c++;
	}
	return step == 1 ? 0 : 1;
}

static void
item_free(struct item *it, size_t ncols)
{
	size_t i;

	for (i = 0; i < ncols; i++)
		free(it->v[i].text);
	free(it->v);
	free(it->name);
}

/* The row's name, for messages and to find a row given twice (compared
 * without case): its key, a period as the calendar writes it. */
static char *
item_name(const struct import *im, const struct item *it)
{
	struct buf b = {0};
	struct period p = { (int)it->key[1], (int)it->key[2] };
	char *pt;
	size_t i;

	for (i = 0; i < im->k->nkey; i++) {
		if (im->k->cols[i].type == CT_PERIOD) {
			pt = period_text(p);
			buf_addf(&b, "%s%s", i ? " " : "", pt);
			free(pt);
		} else
			buf_addf(&b, "%s%s", i ? " " : "", it->v[i].text);
	}
	return buf_take(&b);
}

/* Reads, resolves and classes every row; every fault is reported. -1
 * when there was one. */
static int
check_rows(struct import *im, const struct csv_table *t)
{
	struct db_stmt *cur = NULL;
	char *sql = row_sql(im, 0);
	size_t r, i, j;
	int rc = 0, bad, d;
	long long paper;

	im->items = xcalloc(t->nrows, sizeof *im->items);
	if ((cur = db_prepare(im->db, sql)) == NULL)
		rc = -1;
	for (r = 1; rc == 0 && r < t->nrows; r++) {
		struct item *it = &im->items[im->nitems++];

		it->line = t->rows[r].line;
		it->v = xcalloc(im->ncols, sizeof *it->v);
		bad = 0;
		for (i = 0; i < im->ncols; i++)
			if (im->map[i] >= 0 && cell_read(im, it, &t->rows[r], i) == -1)
				bad = 1;
		if (bad) {
			it->out = OUT_BAD;
			continue;
		}
		it->name = item_name(im, it);
		for (j = 0; j + 1 < im->nitems; j++)
			if (im->items[j].name != NULL && strcasecmp(im->items[j].name, it->name) == 0) {
				struct srcpos pos = row_pos(im, it);

				diag(D_IMPORT_TWICE, &pos, "%s, first on line %u", it->name,
				    im->items[j].line);
				bad = 1;
				break;
			}
		if (bad || im->k->resolve(im, it) == -1) {
			it->out = OUT_BAD;
			continue;
		}
		db_reset(cur);
		if (it->rowid == 0)
			it->out = OUT_ADDED;
		else if ((d = differs(im, cur, it)) == -1)
			rc = -1;
		else
			it->out = d ? OUT_CHANGED : OUT_SAME;
		if (it->out == OUT_ADDED || it->out == OUT_CHANGED) {
			paper = im->k->signed_off ? signed_off(im, it) : 0;
			if (paper == -1)
				rc = -1;
			else if (paper > 0) {
				struct srcpos pos = row_pos(im, it);

				diag(D_IMPORT_SIGNED_OFF, &pos, "%s %s, reported by paper %lld",
				    im->k->name, it->name, paper);
				it->out = OUT_BAD;
			}
		}
	}
	for (r = 0; r < im->nitems; r++)
		if (im->items[r].out == OUT_BAD)
			rc = -1;
	db_finalize(cur);
	free(sql);
	return rc;
}

/* Writes every added and changed row. -1 with the diagnostic emitted. */
static int
write_rows(struct import *im)
{
	char *sql = row_sql(im, 1);
	struct db_stmt *up = db_prepare(im->db, sql);
	size_t r, i;
	int rc = -1, n;

	if (up == NULL)
		goto out;
	for (r = 0; r < im->nitems; r++) {
		const struct item *it = &im->items[r];

		if (it->out == OUT_ADDED && im->k->insert(im, it) == -1)
			goto out;
		if (it->out != OUT_CHANGED)
			continue;
		db_reset(up);
		for (i = im->k->nkey, n = 1; i < im->ncols; i++)
			if (im->map[i] >= 0 && bind_val(up, n++, &it->v[i], im->k->cols[i].type) == -1)
				goto out;
		if (db_bind_int(up, n, it->rowid) == -1 || db_step(up) == -1)
			goto out;
	}
	rc = 0;
out:
	db_finalize(up);
	free(sql);
	return rc;
}

int
import_csv(const char *dbpath, const char *kind, const char *csv, int dry_run,
    struct import_counts *n)
{
	struct srcpos dbpos = { dbpath, 0, 0, NULL };
	struct import im = { .csv = csv };
	struct csv_table t;
	size_t r;
	int rc = -1, version;

	memset(n, 0, sizeof *n);
	if ((im.k = kind_named(kind)) == NULL)
		return -1;
	/* Rows of the wrong width are reported and the others checked too. */
	if ((csv_read(csv, &t) == -1 && t.ragged == 0) || map_header(&im, &t.rows[0]) == -1)
		goto refused;
	if (t.nrows == 1) {
		struct srcpos pos = { csv, 0, 0, NULL };

		diag(D_CSV_NO_ROWS, &pos, NULL);
		goto refused;
	}
	/* Under the write lock from the first read to the last write. */
	if ((im.db = db_open_rw(dbpath)) == NULL || db_begin(im.db) == -1 ||
	    db_version(im.db, DB_SCHEMA_VERSION, &version) == -1)
		goto refused;
	if (version < DB_SCHEMA_VERSION) {
		diag(D_DB_OLD, &dbpos, "%d, where this docket reads %d: upgrade it with "
		    "'docket migrate --db %s'", version, DB_SCHEMA_VERSION, dbpath);
		goto refused;
	}
	if (check_rows(&im, &t) == -1 || t.ragged > 0)
		goto refused;
	for (r = 0; r < im.nitems; r++) {
		n->added += im.items[r].out == OUT_ADDED;
		n->changed += im.items[r].out == OUT_CHANGED;
		n->same += im.items[r].out == OUT_SAME;
	}
	if (!dry_run && n->added + n->changed > 0 &&
	    (write_rows(&im) == -1 || db_commit(im.db) == -1))
		goto refused;
	rc = 0;
	goto out;
refused:
	diag(D_IMPORT_REFUSED, &dbpos, "%d error%s in %s", diag_errors(),
	    diag_errors() == 1 ? "" : "s", csv);
out:
	for (r = 0; r < sizeof im.st / sizeof im.st[0]; r++)
		db_finalize(im.st[r]);
	for (r = 0; r < im.nitems; r++)
		item_free(&im.items[r], im.ncols);
	free(im.items);
	if (im.db != NULL)
		db_rollback(im.db);
	db_close(im.db);
	csv_table_free(&t);
	return rc;
}

/* A number as the shortest text that reads back as the same double. */
static char *
number_text(double v)
{
	char s[40];
	int prec;

	for (prec = 6; prec < 17; prec++) {
		snprintf(s, sizeof s, "%.*g", prec, v);
		if (strtod(s, NULL) == v)
			break;
	}
	if (prec == 17)
		snprintf(s, sizeof s, "%.17g", v);
	return xstrdup(s);
}

char *
export_csv(const char *dbpath, const char *kind)
{
	const struct kind *k = kind_named(kind);
	struct db *db = k ? db_open(dbpath) : NULL;
	struct db_stmt *st = db ? db_prepare(db, k->export_sql) : NULL;
	struct buf out = {0};
	const char *cells[16];
	char *own[16];
	size_t i, ncols;
	int c, step = -1;

	if (st == NULL)
		goto out;
	for (ncols = 0; k->cols[ncols].name != NULL; ncols++)
		cells[ncols] = k->cols[ncols].name;
	csv_put_row(&out, cells, ncols);
	while ((step = db_step(st)) == 1) {
		for (i = 0, c = 0; i < ncols; i++, c++) {
			const char *s;

			own[i] = NULL;
			if (k->cols[i].type == CT_PERIOD) {
				struct period p = { (int)db_column_int(st, c), (int)db_column_int(st, c + 1) };

				own[i] = period_text(p);
				c++;
			} else if (k->cols[i].type == CT_NUMBER) {
				/* Read as a double only: text first would round it. */
				if (!db_column_null(st, c))
					own[i] = number_text(db_column_double(st, c));
			} else if ((s = db_column_text(st, c)) != NULL)
				own[i] = guarded(s) ? xasprintf("'%s", s) : xstrdup(s);
			cells[i] = own[i];
		}
		csv_put_row(&out, cells, ncols);
		for (i = 0; i < ncols; i++)
			free(own[i]);
	}
out:
	db_finalize(st);
	db_close(db);
	if (step != 0) {
		buf_free(&out);
		return NULL;
	}
	return buf_take(&out);
}
