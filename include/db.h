/* db.h: the SQLite stage: creates databases, loads a paper's data and runs
 * a template's queries. Included by main.c, render.c (through render.h),
 * store.c and the tests; only db.c includes sqlite3.h. */
#ifndef DOCKET_DB_H
#define DOCKET_DB_H

#include "data.h"

/* The schema version this docket reads (PRAGMA user_version; data/schema.sql
 * creates it), and the oldest that docket migrate upgrades to it. */
#define DB_SCHEMA_VERSION 2
#define DB_SCHEMA_OLDEST  1

struct db;
struct srcpos;

/* Opens an existing docket database read-only and checks its schema
 * version: an older one is refused with a hint to run docket migrate.
 * Returns NULL with the diagnostic emitted. Caller closes. */
struct db *db_open(const char *path);
void       db_close(struct db *db);
/* An empty database in memory with DATADIR/schema.sql, for checking
 * templates without data. NULL with the diagnostic emitted. */
struct db *db_open_empty(const char *datadir);

/* Creates a new database at path from DATADIR/schema.sql, and with demo
 * set DATADIR/demo.sql too. Never touches an existing file. 0 or -1. */
int db_init(const char *path, const char *datadir, int demo);

/* The papers, one row each, in meeting order: dataset "papers" with
 * id, committee, meeting_date, agenda_item, title, status. Caller
 * frees with pd_free. NULL on failure. */
struct paperdata *db_list(struct db *db);

/* Every dataset a paper has, with its columns and no rows: what a
 * template is checked against when there is no paper. Caller frees. */
struct paperdata *db_load_shape(struct db *db);

/* Everything one paper's template may bind to. NULL with the diagnostic
 * emitted when the paper does not exist or its data is bad. Caller
 * frees with pd_free. */
struct paperdata *db_load_paper(struct db *db, long paper_id);

/* Runs a template's query, one SELECT, and adds its rows to pd as a new
 * top-level dataset `name` (the datasets already there do not move). The
 * SQL may use :paper (pd's paper id), :meeting (that paper's meeting id)
 * and :period (its period, "2024/25 Q2", "2024/25" for a whole year, or
 * NULL). Anything that is not a SELECT, or calls a function outside a
 * list of pure ones, is refused, as is a query that runs over 2 s,
 * returns over 100,000 rows or a value over 1 MB. Returns 0, or -1 with
 * the diagnostic emitted at pos (the template's file:line) and pd as it
 * was. */
int db_query(struct db *db, struct paperdata *pd, const char *name, const char *sql,
    const struct srcpos *pos);

/* A meeting's agenda: dataset "meeting" (id, date, venue, council,
 * committee) and "items", its papers in agenda order (id, agenda_item,
 * title, from_post, classification, exempt_paragraph, officer_name,
 * officer_post, and page, empty for the caller to fill); meeting 0 gives
 * them with no rows, what templates/agenda.xml is checked against. NULL
 * with the diagnostic emitted when there is no such meeting. Caller frees
 * with pd_free. */
struct paperdata *db_load_meeting(struct db *db, long meeting_id);

#endif
