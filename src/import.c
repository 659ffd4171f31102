/* import.c: the CSV interchange of the write side: docket import checks a
 * whole file of one kind of row against the database, then writes it in
 * one transaction; docket export writes the rows back in the shape import
 * reads. Its SQL runs through db_write.h; csvio.c reads and writes CSV. */
#include "import_int.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "csvio.h"
#include "date.h"
#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "store.h"
#include "util.h"


const char import_kinds[] = "values, measures, actions, milestones, risks, meetings, officers,"
    " committees, strategies, themes, plans, priorities, papers";

static const struct kind *
kind_named(const char *name)
{
	size_t i;

	for (i = 0; i < import_nkinds; i++)
		if (strcmp(import_kind_table[i].name, name) == 0)
			return &import_kind_table[i];
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

	for (i = 0; i < import_nkinds; i++) {
		if (&import_kind_table[i] == k)
			continue;
		for (c = 0; c < head->ncells && column_named(&import_kind_table[i], head->cells[c]) >= 0; c++)
			;
		if (c == head->ncells)
			return &import_kind_table[i];
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

/* The choice of col that s names, or NULL. */
static const char *
choice_named(const struct column *col, const char *s)
{
	char *sq = squash(s), *want;
	const char *found = NULL;
	size_t c;

	for (c = 0; found == NULL && col->choices[c] != NULL; c++) {
		want = squash(col->choices[c]);
		if (strcmp(want, sq) == 0)
			found = col->choices[c];
		free(want);
	}
	free(sq);
	return found;
}

static const char *const yes_no[] = { "no", "yes", NULL };

/* Reads the cell s, not empty, as column col's type into v (a key's
 * period into it->key[1] and [2]). 0, or -1 with *why the message to give. */
static int
typed_read(const struct column *col, const char *s, struct item *it, struct val *v,
    enum diag_code *why)
{
	struct period p;
	struct date d;
	const char *c;

	switch (col->type) {
	case CT_NUMBER:
		*why = s[0] == '=' || s[0] == '@' ? D_CSV_FORMULA : D_IMPORT_NUMBER;
		return *why == D_CSV_FORMULA ? -1 : number_read(s, &v->num);
	case CT_INT:
		*why = D_IMPORT_WHOLE;
		if (strspn(s, "0123456789") != strlen(s) || strlen(s) > 9 ||
		    (v->num = strtol(s, NULL, 10)) < 1)
			return -1;
		v->text = xstrdup(s);
		return 0;
	case CT_DATE:
		*why = D_IMPORT_DATE;
		if (date_read(s, &d) == -1)
			return -1;
		v->text = date_iso(d);
		return 0;
	case CT_PERIOD:
		*why = D_IMPORT_PERIOD;
		/* A table's period may be a whole year; a key's is a quarter. */
		if (period_read(s, &p) == -1 || (p.quarter == 0 && col->dbcol == NULL))
			return -1;
		if (col->dbcol != NULL) {
			v->num = p.fy;
			v->quarter = p.quarter;
			return 0;
		}
		it->key[1] = p.fy;
		it->key[2] = p.quarter;
		return 0;
	case CT_YEAR:
		*why = D_IMPORT_YEAR;
		if (period_read(s, &p) == -1 || p.quarter != 0)
			return -1;
		v->num = p.fy;
		return 0;
	case CT_YESNO:
		*why = D_IMPORT_CHOICE;
		col = &(struct column){ .choices = yes_no };
		if ((c = choice_named(col, s)) == NULL)
			return -1;
		v->num = c == yes_no[1];
		return 0;
	default:
		break;
	}
	*why = D_CSV_FORMULA;
	if (s[0] == '\'' && guarded(s + 1))
		s++;	/* kept as text, as export writes it */
	else if (formula_like(s))
		return -1;
	*why = D_IMPORT_CHOICE;
	c = col->type == CT_CHOICE ? choice_named(col, s) : s;
	if (c == NULL)
		return -1;
	v->text = xstrdup(c);
	return 0;
}

/* Reads the file's cell of column i into it->v[i]. -1 with the
 * diagnostic emitted. */
static int
cell_read(struct import *im, struct item *it, const struct csv_row *row, size_t i)
{
	const struct column *col = &im->k->cols[i];
	struct val *v = &it->v[i];
	struct srcpos pos = { im->csv, row->line, (unsigned)im->map[i] + 1, NULL };
	const char *s = row->cells[im->map[i]];
	enum diag_code why;
	struct buf b = {0};
	size_t c;

	v->present = 1;
	v->null = s[0] == '\0' || (col->type == CT_NUMBER && strcasecmp(s, "n/a") == 0);
	if (v->null && !col->filled)
		return 0;
	if (v->null) {
		diag(D_IMPORT_EMPTY, &pos, "%s", col->name);
		return -1;
	}
	if (typed_read(col, s, it, v, &why) == 0)
		return 0;
	if (why == D_IMPORT_CHOICE) {
		const char *const *ch = col->type == CT_YESNO ? yes_no : col->choices;

		for (c = 0; ch[c] != NULL; c++)
			buf_addf(&b, "%s%s", c ? ", " : "", ch[c]);
		diag(why, &pos, "%s '%s' (one of: %s)", col->name, s, b.s);
		buf_free(&b);
	} else
		diag(why, &pos, "%s '%s'", col->name, s);
	return -1;
}

/* Where a message about the whole row points: its first key cell in the
 * file. */
struct srcpos
im_row_pos(const struct import *im, const struct item *it)
{
	struct srcpos pos = { im->csv, it->line, 0, NULL };
	size_t i;

	for (i = 0; i < im->k->nkey && pos.col == 0; i++)
		if (im->map[i] >= 0)
			pos.col = (unsigned)im->map[i] + 1;
	return pos;
}

/* The position of column i's cell in the row. */
struct srcpos
im_cell_pos(const struct import *im, const struct item *it, size_t i)
{
	struct srcpos pos = { im->csv, it->line, (unsigned)im->map[i] + 1, NULL };

	return pos;
}

/* Binds the row's key[] to st's :k0, :k1 and :k2, those it has. */
static int
bind_keys(struct db_stmt *st, const struct item *it)
{
	static const char *const names[] = { ":k0", ":k1", ":k2" };
	int i, p;

	for (i = 0; i < 3; i++)
		if ((p = db_param(st, names[i])) > 0 && db_bind_int(st, p, it->key[i]) == -1)
			return -1;
	return 0;
}

/* Runs the query sql (statement slot i, which keeps the first sql it is
 * given) with :s the text s and the row's keys: *n the rows it gives, *id
 * the first row's first column and aux, when not NULL, its next two. -1
 * on failure. */
int
im_lookup(struct import *im, int i, const char *sql, const char *s, const struct item *it,
    long long *id, int *n, long long aux[2])
{
	struct db_stmt *st;
	int step, p;

	if (im->st[i] == NULL && (im->st[i] = db_prepare(im->db, sql)) == NULL)
		return -1;
	st = im->st[i];
	db_reset(st);
	*n = 0;
	if (((p = db_param(st, ":s")) > 0 && db_bind_text(st, p, s) == -1) ||
	    bind_keys(st, it) == -1)
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

/* Finds by column i's cell the one row of sql into *id, or says that no
 * row (none) or more than one has it. -1 with the diagnostic emitted. */
int
im_find_one(struct import *im, int slot, const char *sql, struct item *it, size_t i,
    enum diag_code none, long long *id)
{
	struct srcpos pos = im_cell_pos(im, it, i);
	int n;

	if (im_lookup(im, slot, sql, it->v[i].text, it, id, &n, NULL) == -1)
		return -1;
	if (n == 1)
		return 0;
	diag(n == 0 ? none : D_IMPORT_AMBIGUOUS, &pos, "%s '%s'", im->k->cols[i].name,
	    it->v[i].text);
	return -1;
}

/* The row's existing rowid, when sql finds it, into it->rowid. */
int
im_find_row(struct import *im, const char *sql, struct item *it, size_t i)
{
	int n;

	return im_lookup(im, 3, sql, it->v[i].text, it, &it->rowid, &n, NULL);
}


/* The signed-off paper that reported the row, or 0; -1 on failure. */
static long long
signed_off(struct import *im, const struct item *it)
{
	long long id = 0;
	int n;

	if (im_lookup(im, 2, im->k->signed_off, NULL, it, &id, &n, NULL) == -1)
		return -1;
	return id;
}

/* Binds v, as column type t reads it, to parameter i. */
static int
bind_val(struct db_stmt *st, int i, const struct val *v, enum ctype t)
{
	if (!v->present || v->null)
		return db_bind_null(st, i);
	if (t == CT_REF || t == CT_INT || t == CT_YEAR || t == CT_YESNO || t == CT_PERIOD)
		return db_bind_int(st, i, (long long)v->num);
	if (t == CT_NUMBER)
		return db_bind_double(st, i, v->num);
	return db_bind_text(st, i, v->text);
}

enum row_sql { ROW_SELECT, ROW_UPDATE, ROW_INSERT };

/* The SQL of the file's columns that have a table column (not the key's,
 * but for an insert): "SELECT rowid, a, b FROM t WHERE rowid = ?1",
 * "UPDATE t SET a = ?1, b = ?2 WHERE rowid = ?3", "INSERT INTO t (k, a,
 * b, extra) VALUES (?1, ?2, ?3, extra)". Caller frees. */
static char *
row_sql(const struct import *im, enum row_sql what)
{
	const struct kind *k = im->k;
	struct buf b = {0}, vals = {0};
	size_t i;
	int n = 0;

	if (what == ROW_SELECT)
		buf_add(&b, "SELECT rowid");
	else if (what == ROW_UPDATE)
		buf_addf(&b, "UPDATE %s SET ", k->table);
	else
		buf_addf(&b, "INSERT INTO %s (", k->table);
	for (i = what == ROW_INSERT ? 0 : k->nkey; i < im->ncols; i++) {
		if (im->map[i] < 0 || k->cols[i].dbcol == NULL)
			continue;
		n++;
		buf_addf(&b, "%s%s", n > 1 || what == ROW_SELECT ? ", " : "", k->cols[i].dbcol);
		if (what == ROW_UPDATE)
			buf_addf(&b, " = ?%d", n);
		buf_addf(&vals, "%s?%d", n > 1 ? ", " : "", n);
		if (k->cols[i].type != CT_PERIOD)
			continue;
		n++;
		buf_add(&b, ", quarter");
		if (what == ROW_UPDATE)
			buf_addf(&b, " = ?%d", n);
		buf_addf(&vals, ", ?%d", n);
	}
	if (what == ROW_SELECT)
		buf_addf(&b, " FROM %s WHERE rowid = ?1", k->table);
	else if (what == ROW_UPDATE)
		buf_addf(&b, " WHERE rowid = ?%d", n + 1);
	else if (k->extra_cols[0] != '\0')
		buf_addf(&b, ", %s) VALUES (%s, %s)", k->extra_cols, vals.s, k->extra_vals);
	else
		buf_addf(&b, ") VALUES (%s)", vals.s);
	buf_free(&vals);
	return buf_take(&b);
}

/* Binds the row's values of the file's columns from column `from` that
 * have a table column to ?1, ?2 ...: the next parameter's number, or -1. */
static int
bind_row(struct db_stmt *st, const struct import *im, const struct item *it, size_t from)
{
	size_t i;
	int n = 1;

	for (i = from; i < im->ncols; i++) {
		if (im->map[i] < 0 || im->k->cols[i].dbcol == NULL)
			continue;
		if (bind_val(st, n++, &it->v[i], im->k->cols[i].type) == -1)
			return -1;
		if (im->k->cols[i].type == CT_PERIOD && (it->v[i].null || it->v[i].quarter == 0 ?
		    db_bind_null(st, n) :
		    db_bind_int(st, n, it->v[i].quarter)) == -1)
			return -1;
		n += im->k->cols[i].type == CT_PERIOD;
	}
	return n;
}

/* Whether the row in the database differs from the file's: NULL and an
 * empty text are the same. 1, 0, or -1 on failure. */
static int
differs(struct import *im, struct db_stmt *st, const struct item *it)
{
	size_t i;
	int c = 1, step;

	if (db_bind_int(st, 1, it->rowid) == -1 || (step = db_step(st)) == -1)
		return -1;
	for (i = im->k->nkey; step == 1 && i < im->ncols; i++) {
		const struct val *v = &it->v[i];
		enum ctype t = im->k->cols[i].type;
		const char *s;

		if (im->map[i] < 0)
			continue;
		if (t == CT_PERIOD) {
			if (v->null != db_column_null(st, c) || (!v->null &&
			    (v->num != db_column_double(st, c) || v->quarter != db_column_int(st, c + 1))))
				return 1;
			c++;
		} else if (t != CT_TEXT && t != CT_DATE && t != CT_CHOICE) {
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
		if (im->map[i] < 0)
			continue;
		if (im->k->cols[i].type == CT_PERIOD) {
			pt = period_text(p);
			buf_addf(&b, "%s%s", b.len ? " " : "", pt);
			free(pt);
		} else
			buf_addf(&b, "%s%s", b.len ? " " : "", it->v[i].text);
	}
	return buf_take(&b);
}

/* Reads, resolves and classes every row; every fault is reported. -1
 * when there was one. */
static int
check_rows(struct import *im, const struct csv_table *t)
{
	struct db_stmt *cur = NULL;
	char *sql = row_sql(im, ROW_SELECT);
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
				struct srcpos pos = im_row_pos(im, it);

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
			else if (paper > 0 && im->o->reason != NULL && im->k->row_key != NULL)
				it->paper = paper;
			else if (paper > 0) {
				struct srcpos pos = im_row_pos(im, it);

				diag(D_IMPORT_SIGNED_OFF, &pos, "%s %s, reported by paper %lld%s",
				    im->k->name, it->name, paper, im->k->row_key == NULL ? "" :
				    "; to correct it, import with --revise --reason TEXT");
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

/* Records in the revision table each column of the row it changes in
 * what a signed-off paper reported: a changed row before it is written,
 * an added one after, with id its rowid (the kind's row_key may use it as
 * :id). -1 with the diagnostic emitted. */
static int
revise(struct import *im, const struct item *it, long long id, const char *at)
{
	const struct kind *k = im->k;
	struct db_stmt *st = NULL;
	char *sql = NULL;
	size_t i;
	int rc = -1;

	for (i = k->nkey; i < im->ncols; i++) {
		if (im->map[i] < 0 || k->cols[i].dbcol == NULL)
			continue;
		free(sql);
		db_finalize(st);
		sql = xasprintf("INSERT INTO revision (table_name, row_key, column_name, old_value,"
		    " new_value, revised_by, revised_at, reason) SELECT '%s', %s, '%s',"
		    " CAST(t.%s AS TEXT), CAST(:new AS TEXT), :by, :at, :reason"
		    " FROM (SELECT 1) LEFT JOIN %s t ON t.rowid = :rowid WHERE t.%s IS NOT :new",
		    k->table, k->row_key, k->cols[i].dbcol, k->cols[i].dbcol, k->table,
		    k->cols[i].dbcol);
		if ((st = db_prepare(im->db, sql)) == NULL ||
		    bind_val(st, db_param(st, ":new"), &it->v[i], k->cols[i].type) == -1 ||
		    db_bind_text(st, db_param(st, ":by"), im->o->by) == -1 ||
		    db_bind_text(st, db_param(st, ":at"), at) == -1 ||
		    db_bind_text(st, db_param(st, ":reason"), im->o->reason) == -1 ||
		    db_bind_int(st, db_param(st, ":rowid"), it->rowid) == -1 ||
		    (db_param(st, ":id") > 0 && db_bind_int(st, db_param(st, ":id"), id) == -1) ||
		    bind_keys(st, it) == -1 || db_step(st) == -1)
			goto out;
	}
	rc = 0;
out:
	db_finalize(st);
	free(sql);
	return rc;
}

/* Writes every added and changed row. -1 with the diagnostic emitted. */
static int
write_rows(struct import *im)
{
	char *sql[2] = { row_sql(im, ROW_INSERT), row_sql(im, ROW_UPDATE) };
	struct db_stmt *st[2] = { NULL, NULL }, *last = NULL;
	char at[32];
	time_t now = time(NULL);
	struct tm tm;
	size_t r, w;
	int rc = -1, n;

	strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
	for (r = 0; r < im->nitems; r++) {
		const struct item *it = &im->items[r];

		if (it->out != OUT_ADDED && it->out != OUT_CHANGED)
			continue;
		w = it->out == OUT_CHANGED;
		if (it->paper > 0 && w && revise(im, it, it->rowid, at) == -1)
			goto out;
		/* Prepared when first needed: a file with only its key has
		 * nothing to update. */
		if (st[w] == NULL && (st[w] = db_prepare(im->db, sql[w])) == NULL)
			goto out;
		db_reset(st[w]);
		if ((n = bind_row(st[w], im, it, w ? im->k->nkey : 0)) == -1 ||
		    (w ? db_bind_int(st[w], n, it->rowid) : bind_keys(st[w], it)) == -1 ||
		    db_step(st[w]) == -1)
			goto out;
		if (it->paper == 0 || w)
			continue;
		if (last == NULL && (last = db_prepare(im->db, "SELECT last_insert_rowid()")) == NULL)
			goto out;
		db_reset(last);
		if (db_step(last) != 1 || revise(im, it, db_column_int(last, 0), at) == -1)
			goto out;
	}
	rc = 0;
out:
	db_finalize(last);
	for (w = 0; w < 2; w++) {
		db_finalize(st[w]);
		free(sql[w]);
	}
	return rc;
}

int
import_csv(const char *dbpath, const char *kind, const char *csv,
    const struct import_opts *o, struct import_counts *n)
{
	struct srcpos dbpos = { dbpath, 0, 0, NULL };
	struct import im = { .csv = csv, .o = o };
	struct csv_table t;
	size_t r;
	int rc = -1;

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
	if ((im.db = store_open(dbpath)) == NULL)
		goto refused;
	if (check_rows(&im, &t) == -1 || t.ragged > 0)
		goto refused;
	for (r = 0; r < im.nitems; r++) {
		n->added += im.items[r].out == OUT_ADDED;
		n->changed += im.items[r].out == OUT_CHANGED;
		n->same += im.items[r].out == OUT_SAME;
		n->revised += im.items[r].paper > 0;
	}
	if (!o->dry_run && n->added + n->changed > 0) {
		if (write_rows(&im) == -1)
			goto refused;
		failpoint("import-written");	/* every row written, not committed */
		if (db_commit(im.db) == -1)
			goto refused;
		failpoint("import-committed");
	}
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
	const char *cells[24];
	char *own[24];
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

				if (!db_column_null(st, c))
					own[i] = period_text(p);
				c++;
			} else if (k->cols[i].type == CT_YEAR) {
				struct period p = { (int)db_column_int(st, c), 0 };

				own[i] = period_text(p);
			} else if (k->cols[i].type == CT_YESNO) {
				own[i] = xstrdup(yes_no[db_column_int(st, c) != 0]);
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
