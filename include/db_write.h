/* db_write.h: the few read-write SQLite primitives db.c lends the write side.
 * Included by db.c, store.c, import.c (import_int.h), narrative_db.c,
 * signoff.c, verify.c, series.c and batch.c only: everything else reads
 * through db.h, and only db.c includes sqlite3.h. */
#ifndef DOCKET_DB_WRITE_H
#define DOCKET_DB_WRITE_H

struct db;

/* Opens an existing database read-write, whatever its schema version.
 * NULL with the diagnostic emitted. Caller closes with db_close. */
struct db *db_open_rw(const char *path);
/* Sets *version to the schema version (PRAGMA user_version), refusing one
 * outside DB_SCHEMA_OLDEST to newest. 0, or -1 with the diagnostic emitted. */
int db_version(struct db *db, int newest, int *version);

/* A transaction: BEGIN IMMEDIATE takes the write lock at once, so nothing
 * can change the database between what the transaction reads and what it
 * writes. Each returns 0, or -1 with the diagnostic emitted; rolling back
 * when no transaction is open does nothing. */
int  db_begin(struct db *db);
int  db_commit(struct db *db);
void db_rollback(struct db *db);

/* Runs a script of SQL statements; `what` names it in a message
 * ("schema step 2"). 0, or -1 with the diagnostic emitted. */
int db_exec(struct db *db, const char *sql, const char *what);

/* Sets PRAGMA user_version, the schema version. 0, or -1 with the
 * diagnostic emitted. */
int db_set_version(struct db *db, int version);

/* One prepared statement of the write side's own SQL, its parameters
 * numbered from 1 and its columns from 0. NULL with the diagnostic
 * emitted. Caller finalizes. */
struct db_stmt;
struct db_stmt *db_prepare(struct db *db, const char *sql);
void            db_finalize(struct db_stmt *st);
/* Binding: text NULL binds SQL NULL. Each returns 0, or -1 with the
 * diagnostic emitted. */
int db_bind_text(struct db_stmt *st, int i, const char *s);
int db_bind_int(struct db_stmt *st, int i, long long v);
int db_bind_double(struct db_stmt *st, int i, double v);
int db_bind_null(struct db_stmt *st, int i);
/* The number of the parameter named name (":plan"), or 0 when the
 * statement has none of that name. */
int db_param(struct db_stmt *st, const char *name);
/* Runs it a step: 1 a row, 0 done, -1 failed with the diagnostic emitted.
 * db_reset makes it ready to run again, its bindings kept. */
int  db_step(struct db_stmt *st);
void db_reset(struct db_stmt *st);
/* Column i of the current row: NULL (and db_column_null 1) for SQL NULL;
 * the text is valid until the next step. */
const char *db_column_text(struct db_stmt *st, int i);
long long   db_column_int(struct db_stmt *st, int i);
double      db_column_double(struct db_stmt *st, int i);
int         db_column_null(struct db_stmt *st, int i);

/* Runs sql, its :a bound to a and :b to b (text, when not NULL), to its
 * first row: 1 and *v its first column as an integer, 0 no row, -1
 * failed with the diagnostic emitted. */
int db_first_int(struct db *db, const char *sql, long long a, const char *b, long long *v);

#endif
