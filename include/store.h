/* store.h: the write side of the database: upgrades a database's schema to
 * this docket's, one step a version (docket migrate), and opens it for
 * writing. Included by main.c, import.c and narrative_db.c. */
#ifndef DOCKET_STORE_H
#define DOCKET_STORE_H

/* One step of the schema: the SQL that turns version to - 1 into version
 * to. It holds no transaction statements: all the steps run in one. */
struct store_step {
	int         to;
	const char *what;	/* what it brings, for messages */
	const char *sql;
};

/* docket's steps, from DB_SCHEMA_OLDEST up to DB_SCHEMA_VERSION, in
 * order, ended by one with sql NULL. */
extern const struct store_step store_steps[];

/* Brings the database at path up to the version of the last of steps: in
 * one transaction, every step after the version it has, then its
 * user_version; *from is set to the version it had. Returns 0 (having
 * written nothing when it was up to date), or -1 with the diagnostic
 * emitted and the file as it was. */
int store_migrate(const char *path, const struct store_step *steps, int *from);

struct db;
/* Opens an existing database read-write at this docket's schema version
 * (an older one is refused with a hint to run docket migrate) and begins
 * a transaction. NULL with the diagnostic emitted. Caller commits or rolls
 * back, and closes with db_close. */
struct db *store_open(const char *path);

#endif
