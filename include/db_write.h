/* db_write.h: the few read-write SQLite primitives db.c lends the write side.
 * Included by db.c and store.c only: everything else reads through db.h,
 * and only db.c includes sqlite3.h. */
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

#endif
