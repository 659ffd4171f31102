/* db.h: the SQLite stage: creates databases and loads a paper's data.
 * Included by main.c and render.c; only db.c includes sqlite3.h. */
#ifndef DOCKET_DB_H
#define DOCKET_DB_H

#include "data.h"

#define DB_SCHEMA_VERSION 1

struct db;

/* Opens an existing docket database read-only and checks its schema
 * version. Returns NULL with the diagnostic emitted. Caller closes. */
struct db *db_open(const char *path);
void       db_close(struct db *db);

/* Creates a new database at path from DATADIR/schema.sql, and with demo
 * set DATADIR/demo.sql too. Never touches an existing file. 0 or -1. */
int db_init(const char *path, const char *datadir, int demo);

/* The papers, one row each, in meeting order: dataset "papers" with
 * id, committee, meeting_date, agenda_item, title, status. Caller
 * frees with pd_free. NULL on failure. */
struct paperdata *db_list(struct db *db);

/* Everything one paper's template may bind to. NULL with the diagnostic
 * emitted when the paper does not exist or its data is bad. Caller
 * frees with pd_free. */
struct paperdata *db_load_paper(struct db *db, long paper_id);

#endif
