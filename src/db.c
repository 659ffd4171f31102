/* db.c: the only file that calls SQLite. Opens databases read-only, checks
 * the schema version, and loads datasets into plain C (data.h); lends the
 * write side (store.c, import.c) a few read-write primitives and prepared
 * statements (db_write.h). */
#include "db.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "date.h"
#include "db_sets.h"
#include "db_write.h"
#include "diag.h"
#include "util.h"

/* How long a writer waits for another process's lock. */
#define DB_BUSY_MS	5000	/* ms */

struct db {
	sqlite3 *h;
	char    *path;
	sqlite3 *fmt;	/* where a query's printf() runs once checked, or NULL */
};


static void
db_error(const struct db *db, const char *ctx, const char *what)
{
	struct srcpos pos = { db->path, 0, 0, ctx };
	int code = sqlite3_errcode(db->h);

	diag(code == SQLITE_BUSY || code == SQLITE_LOCKED ? D_DB_BUSY :
	    code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_READONLY ? D_DB_IO :
	    D_DB_SQL, &pos, "%s: %s", what, sqlite3_errmsg(db->h));
}

/* A file is SQLite when it starts with the 16-byte magic string. */
static int
check_sqlite_file(const char *path)
{
	static const char magic[16] = "SQLite format 3";
	struct srcpos pos = { path, 0, 0, NULL };
	char head[16];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (f == NULL) {
		diag(D_DB_OPEN, &pos, "%s", strerror(errno));
		return -1;
	}
	n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n != sizeof head || memcmp(head, magic, sizeof magic) != 0) {
		diag(D_DB_NOT_SQLITE, &pos, NULL);
		return -1;
	}
	return 0;
}

/* Templates' own queries run on the connection: defensive mode refuses
 * the features that can corrupt a database (writable_schema, shadow
 * tables), and no other file may be attached (VACUUM INTO attaches one to
 * write it). */
static void query_printf(sqlite3_context *cx, int argc, sqlite3_value **argv);

static int
harden(struct db *db)
{
	int i;

	sqlite3_extended_result_codes(db->h, 1);
	if (sqlite3_db_config(db->h, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL) != SQLITE_OK) {
		db_error(db, NULL, "cannot make the database defensive");
		return -1;
	}
	sqlite3_limit(db->h, SQLITE_LIMIT_ATTACHED, 0);
	/* For good: SQLite cannot give a connection its own printf back once
	 * it is replaced, and docket's datasets format with it too. */
	for (i = 0; i < 2; i++)
		if (sqlite3_create_function_v2(db->h, i == 0 ? "printf" : "format", -1,
		    SQLITE_UTF8 | SQLITE_DETERMINISTIC, db, query_printf, NULL, NULL, NULL) != SQLITE_OK)
			fatal_oom();
	return 0;
}

static int exec_file(sqlite3 *h, const char *path);

struct db *
db_open_empty(const char *datadir)
{
	struct db *db = xcalloc(1, sizeof *db);
	char *schema = xasprintf("%s/schema.sql", datadir);

	db->path = xstrdup("(schema only)");
	if (sqlite3_open_v2(":memory:", &db->h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    exec_file(db->h, schema) == -1 || harden(db) == -1) {
		db_close(db);
		db = NULL;
	}
	free(schema);
	return db;
}

/* Opens an existing database with flags; NULL with the diagnostic emitted. */
static struct db *
open_file(const char *path, int flags)
{
	struct db *db;

	if (check_sqlite_file(path) == -1)
		return NULL;
	db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	if (sqlite3_open_v2(path, &db->h, flags, NULL) != SQLITE_OK)
		db_error(db, NULL, "cannot open database");
	else if (harden(db) == 0) {
		/* Another process may be writing it: wait for it rather than fail. */
		sqlite3_busy_timeout(db->h, DB_BUSY_MS);
		return db;
	}
	db_close(db);
	return NULL;
}

int
db_version(struct db *db, int newest, int *version)
{
	struct srcpos pos = { db->path, 0, 0, NULL };
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		db_error(db, NULL, "cannot read the schema version");
		goto out;
	}
	*version = sqlite3_column_int(st, 0);
	if (*version < DB_SCHEMA_OLDEST || *version > newest) {
		diag(D_DB_VERSION, &pos, "%d (this docket reads version %d)", *version, newest);
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	return rc;
}

struct db *
db_open(const char *path)
{
	struct srcpos pos = { path, 0, 0, NULL };
	struct db *db = open_file(path, SQLITE_OPEN_READONLY);
	int version = 0;

	/* Reading must not write: an older database waits for docket migrate. */
	if (db != NULL && db_version(db, DB_SCHEMA_VERSION, &version) == 0 &&
	    version < DB_SCHEMA_VERSION)
		diag(D_DB_OLD, &pos, "%d, where this docket reads %d: upgrade it with "
		    "'docket migrate --db %s'", version, DB_SCHEMA_VERSION, path);
	if (version != DB_SCHEMA_VERSION) {
		db_close(db);
		db = NULL;
	}
	return db;
}

struct db *
db_open_rw(const char *path)
{
	return open_file(path, SQLITE_OPEN_READWRITE);
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	sqlite3_close(db->h);
	sqlite3_close(db->fmt);
	free(db->path);
	free(db);
}

/* Runs a script of statements; a failure is reported at pos. */
static int
exec_sql(sqlite3 *h, const char *sql, const struct srcpos *pos)
{
	char *err = NULL;
	int rc = 0;

	if (sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK) {
		diag(D_DB_SQL, pos, "%s", err ? err : sqlite3_errmsg(h));
		rc = -1;
	}
	sqlite3_free(err);
	return rc;
}

static int
exec_file(sqlite3 *h, const char *path)
{
	struct srcpos pos = { path, 0, 0, NULL };
	char *sql;
	int rc;

	if ((sql = read_file(path, NULL)) == NULL) {
		diag(D_FILE_UNREADABLE, &pos, "%s", strerror(errno));
		return -1;
	}
	rc = exec_sql(h, sql, &pos);
	free(sql);
	return rc;
}

int
db_exec(struct db *db, const char *sql, const char *what)
{
	struct srcpos pos = { db->path, 0, 0, what };

	return exec_sql(db->h, sql, &pos);
}

/* One statement of our own; a failure says what could not be done. */
static int
run(struct db *db, const char *sql, const char *what)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) == SQLITE_OK)
		return 0;
	db_error(db, NULL, what);
	return -1;
}

int
db_begin(struct db *db)
{
	return run(db, "BEGIN IMMEDIATE", "cannot start a transaction");
}

int
db_commit(struct db *db)
{
	return run(db, "COMMIT", "cannot commit");
}

void
db_rollback(struct db *db)
{
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

int
db_set_version(struct db *db, int version)
{
	char sql[40];

	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", version);
	return run(db, sql, "cannot set the schema version");
}

struct db_stmt {
	struct db    *db;
	sqlite3_stmt *st;
};

struct db_stmt *
db_prepare(struct db *db, const char *sql)
{
	struct db_stmt *st = xcalloc(1, sizeof *st);

	st->db = db;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st->st, NULL) == SQLITE_OK)
		return st;
	db_error(db, NULL, "cannot prepare a statement");
	db_finalize(st);
	return NULL;
}

void
db_finalize(struct db_stmt *st)
{
	if (st == NULL)
		return;
	sqlite3_finalize(st->st);
	free(st);
}

/* A binding's outcome: SQLite's result code to 0 or -1. */
static int
bound(struct db_stmt *st, int rc)
{
	if (rc == SQLITE_OK)
		return 0;
	db_error(st->db, NULL, "cannot bind a value");
	return -1;
}

int
db_bind_text(struct db_stmt *st, int i, const char *s)
{
	if (s == NULL)
		return db_bind_null(st, i);
	return bound(st, sqlite3_bind_text(st->st, i, s, -1, SQLITE_TRANSIENT));
}

int
db_bind_int(struct db_stmt *st, int i, long long v)
{
	return bound(st, sqlite3_bind_int64(st->st, i, v));
}

int
db_bind_double(struct db_stmt *st, int i, double v)
{
	return bound(st, sqlite3_bind_double(st->st, i, v));
}

int
db_bind_null(struct db_stmt *st, int i)
{
	return bound(st, sqlite3_bind_null(st->st, i));
}

int
db_param(struct db_stmt *st, const char *name)
{
	return sqlite3_bind_parameter_index(st->st, name);
}

int
db_step(struct db_stmt *st)
{
	switch (sqlite3_step(st->st)) {
	case SQLITE_ROW:
		return 1;
	case SQLITE_DONE:
		return 0;
	default:
		db_error(st->db, NULL, "cannot run a statement");
		return -1;
	}
}

void
db_reset(struct db_stmt *st)
{
	sqlite3_reset(st->st);
}

const char *
db_column_text(struct db_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st->st, i);
}

long long
db_column_int(struct db_stmt *st, int i)
{
	return sqlite3_column_int64(st->st, i);
}

double
db_column_double(struct db_stmt *st, int i)
{
	return sqlite3_column_double(st->st, i);
}

int
db_column_null(struct db_stmt *st, int i)
{
	return sqlite3_column_type(st->st, i) == SQLITE_NULL;
}

int
db_init(const char *path, const char *datadir, int demo)
{
	struct srcpos pos = { path, 0, 0, NULL };
	char *tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
	char *file = NULL;
	sqlite3 *h = NULL;
	int rc = -1;

	if (access(path, F_OK) == 0) {
		diag(D_DB_EXISTS, &pos, NULL);
		goto out;
	}
	if (sqlite3_open_v2(tmp, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
	    NULL) != SQLITE_OK) {
		diag(D_DB_CREATE, &pos, "%s", h ? sqlite3_errmsg(h) : "out of memory");
		goto out;
	}
	file = xasprintf("%s/schema.sql", datadir);
	if (exec_file(h, file) == -1)
		goto out;
	if (demo) {
		free(file);
		file = xasprintf("%s/demo.sql", datadir);
		if (exec_file(h, file) == -1)
			goto out;
	}
	if (sqlite3_close(h) != SQLITE_OK) {
		diag(D_DB_WRITE, &pos, "%s", sqlite3_errmsg(h));
		goto out;
	}
	h = NULL;
	if (link(tmp, path) == -1) {
		if (errno == EEXIST)
			diag(D_DB_EXISTS, &pos, NULL);
		else
			diag(D_DB_CREATE, &pos, "%s", strerror(errno));
		goto out;
	}
	rc = 0;
out:
	sqlite3_close(h);
	unlink(tmp);
	free(file);
	free(tmp);
	return rc;
}

/* Column i of st's row as a new string in *val, NULL for SQL NULL. -1
 * when the value is not UTF-8 or holds a NUL, with *bad the byte offset:
 * the caller says where it came from. */
static int
load_text(sqlite3_stmt *st, int i, char **val, size_t *bad)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	size_t n = (size_t)sqlite3_column_bytes(st, i);

	*val = NULL;
	if (s == NULL)
		return 0;
	if ((*bad = utf8_invalid_at(s, n)) != (size_t)-1 || (*bad = strlen(s)) != n)
		return -1;
	*val = xstrndup(s, n);
	return 0;
}

/* Says where the text that is not UTF-8 is: the table and column it is
 * read from (a joined table's own, when SQLite knows it), and the row of
 * table, whose rowid is column 0; the paper when there is one. */
static void
bad_text(const struct db *db, sqlite3_stmt *st, int i, const char *table, long paper_id,
    size_t bad)
{
	char ctx[32];
	struct srcpos pos = { db->path, 0, 0, paper_id > 0 ? ctx : NULL };
	const char *from = sqlite3_column_table_name(st, i);
	const char *col = sqlite3_column_origin_name(st, i);

	snprintf(ctx, sizeof ctx, "paper %ld", paper_id);
	if (from == NULL || col == NULL) {
		from = table;
		col = sqlite3_column_name(st, i);
	}
	if (strcmp(from, table) == 0)
		diag(D_DATA_UTF8, &pos, "table %s row %lld column %s, at byte %zu", from,
		    sqlite3_column_int64(st, 0), col, bad);
	else
		diag(D_DATA_UTF8, &pos, "table %s column %s (for table %s row %lld), at byte %zu",
		    from, col, table, sqlite3_column_int64(st, 0), bad);
}

/* Where a child dataset's rows go: every dataset of its parent's schema,
 * top-level or itself a row's child, and so its parent rows. */
struct parents {
	struct dataset **sets;
	size_t           nsets;
	size_t           cap;
	int              key;	/* their _key column, or -1 */
};

static void
find_parents(struct parents *p, struct dataset *sets, size_t nsets, const struct ds_schema *s)
{
	size_t i, r;

	for (i = 0; i < nsets; i++) {
		if (sets[i].schema == s) {
			p->sets = xgrow(p->sets, &p->cap, p->nsets + 1, sizeof *p->sets);
			p->sets[p->nsets++] = &sets[i];
		} else
			for (r = 0; r < sets[i].nrows; r++)
				find_parents(p, sets[i].rows[r].child, sets[i].schema->nchild, s);
	}
}

static struct ds_row *
find_parent(const struct parents *p, const char *key)
{
	size_t i, r;
	const char *v;

	for (i = 0; p->key >= 0 && key && i < p->nsets; i++)
		for (r = 0; r < p->sets[i]->nrows; r++)
			if ((v = p->sets[i]->rows[r].vals[p->key]) != NULL && strcmp(v, key) == 0)
				return &p->sets[i]->rows[r];
	return NULL;
}

/* The schema of defs[d]'s parent, which comes before it, or NULL. */
static struct ds_schema *
parent_schema(struct paperdata *pd, const struct dsdef *defs, size_t d)
{
	size_t i;

	for (i = 0; i < d; i++)
		if (strcmp(defs[i].name, defs[d].parent) == 0)
			return &pd->schemas[i];
	return NULL;
}

/* Runs every definition and builds the datasets; -1 on failure. */
static int
load_sets(struct db *db, const struct dsdef *defs, size_t ndefs, long paper_id,
    struct paperdata *pd)
{
	sqlite3_stmt *st = NULL;
	struct parents par = {0};
	size_t d, i, bad;
	int rc = -1, step;

	pd->schemas = xcalloc(ndefs, sizeof *pd->schemas);
	pd->nschemas = ndefs;
	/* Schemas first, so that rows can hold their children. */
	for (d = 0; d < ndefs; d++) {
		struct ds_schema *s = &pd->schemas[d], *ps;

		s->name = xstrdup(defs[d].name);
		s->child = xcalloc(ndefs, sizeof *s->child);
		if (defs[d].parent == NULL)
			pd->nsets++;
		else if ((ps = parent_schema(pd, defs, d)) != NULL)
			ps->child[ps->nchild++] = s;
	}
	pd->sets = xcalloc(pd->nsets, sizeof *pd->sets);
	for (d = 0, i = 0; d < ndefs; d++)
		if (defs[d].parent == NULL)
			pd->sets[i++].schema = &pd->schemas[d];

	for (d = 0; d < ndefs; d++) {
		struct ds_schema *s = &pd->schemas[d], *ps = NULL;
		struct dataset *top = NULL;
		int pcol = -1;

		if (sqlite3_prepare_v2(db->h, defs[d].sql, -1, &st, NULL) != SQLITE_OK) {
			db_error(db, NULL, "cannot query the database");
			goto out;
		}
		if (sqlite3_bind_parameter_count(st) > 0)
			sqlite3_bind_int64(st, 1, paper_id);
		s->ncols = (size_t)sqlite3_column_count(st);
		s->cols = xcalloc(s->ncols, sizeof *s->cols);
		for (i = 0; i < s->ncols; i++)
			s->cols[i] = xstrdup(sqlite3_column_name(st, (int)i));
		par.nsets = 0;
		par.key = -1;
		if (defs[d].parent != NULL) {
			/* Its parent's rows are all loaded: they no longer move. */
			if ((ps = parent_schema(pd, defs, d)) != NULL) {
				find_parents(&par, pd->sets, pd->nsets, ps);
				par.key = ds_col(ps, "_key");
			}
			pcol = ds_col(s, "_parent");
		} else
			top = (struct dataset *)pd_set(pd, s->name);

		while ((step = sqlite3_step(st)) == SQLITE_ROW) {
			struct dataset *target = top;
			struct ds_row *row;

			if (defs[d].parent != NULL) {
				struct ds_row *prow = find_parent(&par,
				    (const char *)sqlite3_column_text(st, pcol));

				if (prow == NULL)
					continue;	/* its parent was filtered out */
				target = &prow->child[ds_child(ps, s->name)];
			}
			row = ds_add_row(target);
			for (i = 0; i < s->ncols; i++) {
				if (load_text(st, (int)i, &row->vals[i], &bad) == 0)
					continue;
				bad_text(db, st, (int)i, defs[d].table, paper_id, bad);
				goto out;
			}
		}
		if (step != SQLITE_DONE) {
			db_error(db, NULL, "cannot read the database");
			goto out;
		}
		sqlite3_finalize(st);
		st = NULL;
	}
	rc = 0;
out:
	free(par.sets);
	sqlite3_finalize(st);
	return rc;
}

/* The datasets of defs for paper_id (0: none, so every set empty), or
 * NULL with the diagnostic emitted. */
static struct paperdata *
load(struct db *db, const struct dsdef *defs, size_t ndefs, long paper_id)
{
	struct paperdata *pd = xcalloc(1, sizeof *pd);

	pd->source = xstrdup(db->path);
	pd->paper_id = paper_id;
	if (load_sets(db, defs, ndefs, paper_id, pd) == -1) {
		pd_free(pd);
		return NULL;
	}
	return pd;
}

struct paperdata *
db_list(struct db *db)
{
	return load(db, db_list_sets, db_nlist_sets, 0);
}

struct paperdata *
db_load_shape(struct db *db)
{
	return load(db, db_paper_sets, db_npaper_sets, 0);
}

/* The paper's period, read from its fy and quarter: 0 and *p, 1 when
 * it has none, or -1 when they are not a period. */
static int
paper_period(const struct paperdata *pd, struct period *p)
{
	if (pd_get(pd, "paper", "_fy") == NULL)
		return 1;
	return period_parse(pd_get(pd, "paper", "_fy"), pd_get(pd, "paper", "quarter"), p);
}

struct paperdata *
db_load_paper(struct db *db, long paper_id)
{
	struct paperdata *pd = load(db, db_paper_sets, db_npaper_sets,
	    paper_id);
	struct dataset *paper;
	char ctx[32];
	struct srcpos pos = { db->path, 0, 0, ctx };
	struct period p;
	int has;

	if (pd == NULL)
		return NULL;
	snprintf(ctx, sizeof ctx, "paper %ld", paper_id);
	paper = (struct dataset *)pd_set(pd, "paper");
	if (paper->nrows == 0) {
		diag(D_PAPER_UNKNOWN, &pos, NULL);
		goto fail;
	}
	/* A date the paper prints must be a real day, not digits carried
	 * onto its front sheet. */
	if (pd_get(pd, "paper", "meeting_date") == NULL ||
	    date_parse(pd_get(pd, "paper", "meeting_date"), &(struct date){0}) == -1) {
		diag(D_DATA_DATE, &pos, "meeting date '%s'", pd_get(pd, "paper", "meeting_date") ?
		    pd_get(pd, "paper", "meeting_date") : "");
		goto fail;
	}
	if ((has = paper_period(pd, &p)) == -1) {
		const char *q = pd_get(pd, "paper", "quarter");

		diag(D_DATA_PERIOD, &pos, "fy %s, quarter %s",
		    pd_get(pd, "paper", "_fy"), q ? q : "NULL");
		goto fail;
	}
	/* Written by the calendar's rule, not SQL's, like every period. */
	if (has == 0) {
		p.quarter = 0;
		ds_put(&paper->rows[0], paper->schema, "financial_year", period_text(p));
	}
	return pd;
fail:
	pd_free(pd);
	return NULL;
}

#define NITEMS(a)	(sizeof (a) / sizeof (a)[0])

/* Bounds on a template's query: run time, checked every QUERY_STEPS
 * virtual-machine instructions; rows; bytes in any one value, and in all
 * of them together. */
#define QUERY_SECONDS	2
#define QUERY_STEPS	1000
#define QUERY_MAX_ROWS	100000
#define QUERY_MAX_BYTES	1000000
#define QUERY_MAX_TOTAL	16000000

/* The functions a template's query may call: pure ones only, so no
 * load_extension(), and nothing random or so large it exhausts memory. The
 * date and time functions are left out too: they read the clock for
 * 'now', and the same data must give the same paper. */
static const char *const query_functions[] = {
	"abs", "avg", "ceil", "ceiling", "char", "coalesce", "count", "cume_dist",
	"dense_rank", "first_value", "floor", "format", "glob",
	"group_concat", "ifnull", "iif", "instr", "lag", "last_value",
	"lead", "length", "like", "lower", "ltrim", "max", "min", "mod", "nth_value",
	"ntile", "nullif", "percent_rank", "printf", "rank", "replace", "round",
	"row_number", "rtrim", "sign", "substr", "substring", "sum",
	"total", "trim", "trunc", "typeof", "unicode", "upper",
};

/* What a refused action is called in a message. */
static const char *const query_actions[] = {
	[SQLITE_ALTER_TABLE] = "ALTER TABLE",
	[SQLITE_ANALYZE] = "ANALYZE",
	[SQLITE_ATTACH] = "ATTACH",
	[SQLITE_CREATE_INDEX] = "CREATE INDEX",
	[SQLITE_CREATE_TABLE] = "CREATE TABLE",
	[SQLITE_CREATE_TEMP_INDEX] = "CREATE INDEX",
	[SQLITE_CREATE_TEMP_TABLE] = "CREATE TABLE",
	[SQLITE_CREATE_TEMP_TRIGGER] = "CREATE TRIGGER",
	[SQLITE_CREATE_TEMP_VIEW] = "CREATE VIEW",
	[SQLITE_CREATE_TRIGGER] = "CREATE TRIGGER",
	[SQLITE_CREATE_VIEW] = "CREATE VIEW",
	[SQLITE_CREATE_VTABLE] = "CREATE VIRTUAL TABLE",
	[SQLITE_DELETE] = "DELETE",
	[SQLITE_DETACH] = "DETACH",
	[SQLITE_DROP_INDEX] = "DROP INDEX",
	[SQLITE_DROP_TABLE] = "DROP TABLE",
	[SQLITE_DROP_TEMP_INDEX] = "DROP INDEX",
	[SQLITE_DROP_TEMP_TABLE] = "DROP TABLE",
	[SQLITE_DROP_TEMP_TRIGGER] = "DROP TRIGGER",
	[SQLITE_DROP_TEMP_VIEW] = "DROP VIEW",
	[SQLITE_DROP_TRIGGER] = "DROP TRIGGER",
	[SQLITE_DROP_VIEW] = "DROP VIEW",
	[SQLITE_DROP_VTABLE] = "DROP VIRTUAL TABLE",
	[SQLITE_INSERT] = "INSERT",
	[SQLITE_PRAGMA] = "PRAGMA",
	[SQLITE_REINDEX] = "REINDEX",
	[SQLITE_SAVEPOINT] = "SAVEPOINT",
	[SQLITE_UPDATE] = "UPDATE",
};

/* A query's sandbox: what the authorizer refused first, and the deadline
 * the progress handler holds it to. */
struct sandbox {
	int    refused;	/* SQLite's action code */
	char   what[64];	/* its name, or the function's; "" while none */
	int    selects;	/* the statement is a SELECT */
	double deadline;	/* s, monotonic */
	int    late;	/* the progress handler stopped it */
};

static void query_error(enum diag_code code, const struct srcpos *pos, const char *name,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The message of code at the template's position, for query NAME:
 * "FILE:LINE:COL: query 'NAME': error: ...". */
static void
query_error(enum diag_code code, const struct srcpos *pos, const char *name,
    const char *fmt, ...)
{
	struct srcpos at = *pos;
	struct buf b = {0};
	va_list ap;

	at.ctx = xasprintf("query '%s'", name);
	if (fmt != NULL) {
		va_start(ap, fmt);
		buf_vaddf(&b, fmt, ap);
		va_end(ap);
	}
	diag(code, &at, fmt != NULL ? "%s" : NULL, b.s);
	free((char *)at.ctx);
	buf_free(&b);
}

/* The allow-list: SQLite asks before it compiles each part of a statement. */
static int
query_authorize(void *arg, int action, const char *a1, const char *a2, const char *dbname,
    const char *trigger)
{
	struct sandbox *sb = arg;
	const char *what = "this statement";
	size_t i;

	(void)dbname;
	(void)trigger;
	if (action == SQLITE_SELECT)
		sb->selects = 1;
	if (action == SQLITE_SELECT || action == SQLITE_READ || action == SQLITE_RECURSIVE)
		return SQLITE_OK;
	if (action == SQLITE_FUNCTION) {
		for (i = 0; i < NITEMS(query_functions); i++)
			if (strcasecmp(a2, query_functions[i]) == 0)
				return SQLITE_OK;
		what = a2;
	} else if (action == SQLITE_TRANSACTION)
		what = a1;	/* BEGIN, COMMIT or ROLLBACK */
	else if ((action == SQLITE_INSERT || action == SQLITE_DELETE) &&
	    (strcmp(a1, "sqlite_master") == 0 || strcmp(a1, "sqlite_temp_master") == 0))
		what = "schema change";	/* how CREATE and DROP first ask */
	else if (action >= 0 && (size_t)action < NITEMS(query_actions) &&
	    query_actions[action] != NULL)
		what = query_actions[action];
	if (sb->what[0] == '\0') {
		sb->refused = action;
		snprintf(sb->what, sizeof sb->what, "%s", what);
	}
	return SQLITE_DENY;
}

static void
query_refused(const struct srcpos *pos, const char *name, const struct sandbox *sb)
{
	switch (sb->refused) {
	case SQLITE_FUNCTION:
		query_error(D_QUERY_FUNCTION, pos, name, "%s()", sb->what);
		break;
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
	case SQLITE_PRAGMA:
		query_error(D_QUERY_REFUSED, pos, name, "%s", sb->what);
		break;
	default:
		query_error(D_QUERY_NOT_SELECT, pos, name, "%s refused", sb->what);
		break;
	}
}

static double
monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
query_progress(void *arg)
{
	struct sandbox *sb = arg;

	return sb->late = monotonic() > sb->deadline;
}

/* A query may hide neither a top-level dataset nor a row's child one. */
static int
name_taken(const struct paperdata *pd, const char *name)
{
	size_t i;

	for (i = 0; i < pd->nschemas; i++)
		if (strcmp(pd->schemas[i].name, name) == 0)
			return 1;
	return pd_set(pd, name) != NULL;
}

/* Binds :paper, :meeting and :period from pd's "paper" dataset; any
 * other parameter is an error. A value pd lacks stays NULL. */
static int
bind_params(sqlite3_stmt *st, const struct paperdata *pd, const char *name,
    const struct srcpos *pos)
{
	const char *meeting = pd_get(pd, "paper", "_meeting_id");
	char *period = NULL;
	struct period per;
	int i, rc = -1;

	if (paper_period(pd, &per) == 0)
		period = period_text(per);
	for (i = 1; i <= sqlite3_bind_parameter_count(st); i++) {
		const char *p = sqlite3_bind_parameter_name(st, i);

		if (p == NULL)
			p = "?";
		if (strcmp(p, ":paper") == 0)
			sqlite3_bind_int64(st, i, pd->paper_id);
		else if (strcmp(p, ":meeting") == 0) {
			if (meeting != NULL)
				sqlite3_bind_int64(st, i, strtoll(meeting, NULL, 10));
		} else if (strcmp(p, ":period") == 0) {
			if (period != NULL)
				sqlite3_bind_text(st, i, period, -1, SQLITE_TRANSIENT);
		} else {
			query_error(D_QUERY_PARAM, pos, name, "%s", p);
			goto out;
		}
	}
	rc = 0;
out:
	free(period);
	return rc;
}

/* The characters printf(fmt, ...) pads and repeats, its widths and
 * precisions added up (a '*' takes its argument), or more than max. */
static long long
printf_widths(const char *fmt, int argc, sqlite3_value **argv, long long max)
{
	long long sum = 0, w;
	int arg = 1;

	for (; fmt != NULL && *fmt != '\0' && sum <= max; fmt++) {
		if (*fmt != '%')
			continue;
		if (*++fmt == '%')
			continue;
		while (*fmt != '\0' && strchr("-+ #0,!", *fmt) != NULL)
			fmt++;
		do {
			if (*fmt == '.')
				fmt++;
			w = 0;
			if (*fmt == '*') {
				w = arg < argc ? llabs(sqlite3_value_int64(argv[arg])) : 0;
				arg++;
				fmt++;
			}
			for (; *fmt >= '0' && *fmt <= '9' && w <= max; fmt++)
				w = w * 10 + (*fmt - '0');
			sum += w;
		} while (*fmt == '.' && sum <= max);
		while (*fmt == 'l')
			fmt++;
		if (*fmt == '\0')
			break;
		arg++;
	}
	return sum;
}

/* printf() and format(), for templates' queries and docket's own: SQLite's
 * own, run on a connection of their own once the widths are known to be small, and an error rather
 * than the silently cut text SQLite gives for a value over the limit.
 * Its own pads a '%.*c' of 2,000,000,000 one character at a time, for
 * seconds, with no progress handler to stop it. */
static void
query_printf(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	struct db *db = sqlite3_user_data(cx);
	sqlite3_stmt *st = NULL;
	struct buf sql = {0};
	int i;

	if (argc == 0 || printf_widths((const char *)sqlite3_value_text(argv[0]), argc, argv,
	    QUERY_MAX_BYTES) > QUERY_MAX_BYTES) {
		sqlite3_result_error_toobig(cx);
		return;
	}
	if (db->fmt == NULL && sqlite3_open_v2(":memory:", &db->fmt, SQLITE_OPEN_READWRITE,
	    NULL) != SQLITE_OK)
		fatal_oom();
	buf_add(&sql, "SELECT printf(?");
	for (i = 1; i < argc; i++)
		buf_add(&sql, ", ?");
	buf_add(&sql, ")");
	if (sqlite3_prepare_v2(db->fmt, sql.s, -1, &st, NULL) != SQLITE_OK)
		sqlite3_result_error(cx, sqlite3_errmsg(db->fmt), -1);
	else {
		for (i = 0; i < argc; i++)
			sqlite3_bind_value(st, i + 1, argv[i]);
		if (sqlite3_step(st) != SQLITE_ROW)
			sqlite3_result_error(cx, sqlite3_errmsg(db->fmt), -1);
		else if (sqlite3_column_bytes(st, 0) > QUERY_MAX_BYTES)
			sqlite3_result_error_toobig(cx);
		else
			sqlite3_result_value(cx, sqlite3_column_value(st, 0));
	}
	sqlite3_finalize(st);
	buf_free(&sql);
}

int
db_query(struct db *db, struct paperdata *pd, const char *name, const char *sql,
    const struct srcpos *pos)
{
	struct sandbox sb = {0};
	struct pd_query *q = NULL;
	const char **cols;
	size_t total = 0;
	sqlite3_stmt *st = NULL, *next = NULL;
	const char *tail = NULL;
	struct ds_row *row;
	size_t i, ncols, bad;
	int rc = -1, step, maxlen, type;

	/* Installed for the whole query, prepare and run, and removed at
	 * out: so the built-in queries run without them. */
	sb.deadline = monotonic() + QUERY_SECONDS;
	sqlite3_set_authorizer(db->h, query_authorize, &sb);
	sqlite3_progress_handler(db->h, QUERY_STEPS, query_progress, &sb);
	maxlen = sqlite3_limit(db->h, SQLITE_LIMIT_LENGTH, QUERY_MAX_BYTES);

	if (name_taken(pd, name)) {
		query_error(D_QUERY_NAME_TAKEN, pos, name, NULL);
		goto out;
	}
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, &tail) != SQLITE_OK) {
		if (sb.what[0] != '\0')
			query_refused(pos, name, &sb);
		else
			query_error(D_QUERY_SQL, pos, name, "%s", sqlite3_errmsg(db->h));
		goto out;
	}
	if (st == NULL) {
		query_error(D_QUERY_EMPTY, pos, name, NULL);
		goto out;
	}
	/* VACUUM asks the authorizer nothing, yet writes; EXPLAIN gives
	 * bytecode that changes with the SQLite version. */
	if (!sb.selects || !sqlite3_stmt_readonly(st) || sqlite3_stmt_isexplain(st)) {
		query_error(D_QUERY_NOT_SELECT, pos, name, NULL);
		goto out;
	}
	/* SQLite's own parser says whether the rest is more than comments. */
	if (sqlite3_prepare_v2(db->h, tail, -1, &next, NULL) != SQLITE_OK || next != NULL) {
		query_error(D_QUERY_STATEMENTS, pos, name, NULL);
		goto out;
	}
	if (bind_params(st, pd, name, pos) == -1)
		goto out;

	ncols = (size_t)sqlite3_column_count(st);
	cols = xcalloc(ncols, sizeof *cols);
	for (i = 0; i < ncols; i++)
		cols[i] = sqlite3_column_name(st, (int)i);
	q = pd_query_new(name, cols, ncols, NULL, NULL, 0);
	free(cols);
	for (i = 0; i < ncols; i++)
		if (ds_col(&q->schema, q->schema.cols[i]) != (int)i) {
			query_error(D_QUERY_COLUMNS, pos, name, "'%s'", q->schema.cols[i]);
			goto out;
		}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (q->set.nrows == QUERY_MAX_ROWS) {
			query_error(D_QUERY_TOO_BIG, pos, name, "more than %d rows", QUERY_MAX_ROWS);
			goto out;
		}
		row = ds_add_row(&q->set);
		for (i = 0; i < ncols; i++) {
			/* An INTEGER or REAL keeps its number too, for charts;
			 * asked before the text, which converts the value. */
			type = sqlite3_column_type(st, (int)i);
			if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
				ds_put_num(row, &q->schema, q->schema.cols[i],
				    sqlite3_column_double(st, (int)i));
			total += (size_t)sqlite3_column_bytes(st, (int)i);
			if (total > QUERY_MAX_TOTAL) {
				query_error(D_QUERY_TOO_BIG, pos, name, "more than %d bytes", QUERY_MAX_TOTAL);
				goto out;
			}
			if (load_text(st, (int)i, &row->vals[i], &bad) == -1) {
				query_error(D_DATA_UTF8, pos, name, "row %zu column %s, at byte %zu",
				    q->set.nrows, q->schema.cols[i], bad);
				goto out;
			}
		}
	}
	if (step != SQLITE_DONE) {
		if (sb.late)
			query_error(D_QUERY_SLOW, pos, name, "stopped after %d s", QUERY_SECONDS);
		else if (sqlite3_errcode(db->h) == SQLITE_TOOBIG)
			query_error(D_QUERY_TOO_BIG, pos, name, "a value over %d bytes", QUERY_MAX_BYTES);
		else
			query_error(D_QUERY_SQL, pos, name, "%s", sqlite3_errmsg(db->h));
		goto out;
	}
	pd_add_query(pd, q);
	q = NULL;
	rc = 0;
out:
	sqlite3_finalize(next);
	sqlite3_finalize(st);
	sqlite3_limit(db->h, SQLITE_LIMIT_LENGTH, maxlen);
	sqlite3_progress_handler(db->h, 0, NULL, NULL);
	sqlite3_set_authorizer(db->h, NULL, NULL);
	pd_query_free(q);
	return rc;
}

struct paperdata *
db_load_meeting(struct db *db, long meeting_id)
{
	struct paperdata *pd = load(db, db_meeting_sets, db_nmeeting_sets, meeting_id);
	char ctx[32];
	struct srcpos pos = { db->path, 0, 0, ctx };

	if (pd == NULL || meeting_id == 0 || pd_set(pd, "meeting")->nrows > 0)
		return pd;
	snprintf(ctx, sizeof ctx, "meeting %ld", meeting_id);
	diag(D_MEETING_UNKNOWN, &pos, NULL);
	pd_free(pd);
	return NULL;
}

int
db_first_int(struct db *db, const char *sql, long long a, const char *b, long long *v)
{
	struct db_stmt *st = db_prepare(db, sql);
	int rc = -1;

	if (st == NULL || (db_param(st, ":a") > 0 && db_bind_int(st, db_param(st, ":a"), a) == -1) ||
	    (b != NULL && db_bind_text(st, db_param(st, ":b"), b) == -1))
		goto out;
	if ((rc = db_step(st)) == 1)
		*v = db_column_int(st, 0);
out:
	db_finalize(st);
	return rc;
}
