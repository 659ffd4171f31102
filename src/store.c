/* store.c: the write side of the database: upgrades a database's schema,
 * one step a version, in one transaction (docket migrate). It composes its
 * SQL on db.c's read-write primitives (db_write.h) and includes no SQLite
 * header of its own. */
#include "store.h"

#include <stdlib.h>

#include "db.h"
#include "db_write.h"
#include "diag.h"
#include "util.h"

/* The steps are compiled in rather than read from data/: a docket then
 * always carries the steps up to the version it reads, and an installed
 * data folder of another release cannot pair it with the wrong ones. Each
 * step gives what data/schema.sql says, to the letter (SQLite keeps a
 * CREATE statement's text): the tests compare an upgraded database with a
 * new one. */
static const char step2[] =
"-- Sign-off: each time a paper is signed off (its version 1, 2 ...), who\n"
"-- signed it and as what, when, the PDF as signed (its SHA-256 and size) and\n"
"-- what it was rendered from, so that the same bytes can be made again and\n"
"-- shown to be the ones signed. The *_sha256 columns hold lines as\n"
"-- sha256sum prints them, 'HASH  NAME', one a file. A record is never\n"
"-- changed or deleted.\n"
"CREATE TABLE signoff (\n"
"  paper_id           INTEGER NOT NULL REFERENCES paper(id),\n"
"  version            INTEGER NOT NULL CHECK (version >= 1),\n"
"  signed_by          TEXT NOT NULL,  -- the name, as signed\n"
"  role               TEXT NOT NULL,  -- as what: 'Executive Director, Resources'\n"
"  signed_at          TEXT NOT NULL   -- UTC\n"
"                     CHECK (signed_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),\n"
"  sha256             TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),\n"
"  size               INTEGER NOT NULL CHECK (size > 0), -- bytes\n"
"  docket_version     TEXT NOT NULL,  -- '0.1.0'\n"
"  libharu_version    TEXT NOT NULL,  -- '2.3.0'\n"
"  template_sha256    TEXT NOT NULL,  -- the paper's template\n"
"  fragments_sha256   TEXT NOT NULL,  -- the fragments it includes ('' for none)\n"
"  fonts_sha256       TEXT NOT NULL,  -- the fonts embedded\n"
"  hyphenation_sha256 TEXT NOT NULL,  -- the hyphenation patterns\n"
"  PRIMARY KEY (paper_id, version)\n"
");\n"
"\n"
"CREATE TRIGGER signoff_never_changes BEFORE UPDATE ON signoff\n"
"BEGIN SELECT RAISE(ABORT, 'a sign-off record is never changed'); END;\n"
"CREATE TRIGGER signoff_never_goes BEFORE DELETE ON signoff\n"
"BEGIN SELECT RAISE(ABORT, 'a sign-off record is never deleted'); END;\n"
"\n"
"-- A correction to a value already reported: the table, the row's key and\n"
"-- the column, the value before and after (as text; NULL: none), who made\n"
"-- it, when and why. Rows are only ever added.\n"
"CREATE TABLE revision (\n"
"  id          INTEGER PRIMARY KEY,\n"
"  table_name  TEXT NOT NULL,  -- 'measure_value'\n"
"  row_key     TEXT NOT NULL,  -- its primary key; of several columns, joined by '|': '7|2024|2'\n"
"  column_name TEXT NOT NULL,  -- 'value'\n"
"  old_value   TEXT,\n"
"  new_value   TEXT,\n"
"  revised_by  TEXT NOT NULL,\n"
"  revised_at  TEXT NOT NULL   -- UTC\n"
"              CHECK (revised_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),\n"
"  reason      TEXT NOT NULL CHECK (reason <> '')\n"
");\n"
"CREATE INDEX revision_of ON revision (table_name, row_key, column_name);\n"
"\n"
"CREATE TRIGGER revision_never_changes BEFORE UPDATE ON revision\n"
"BEGIN SELECT RAISE(ABORT, 'a revision is never changed'); END;\n"
"CREATE TRIGGER revision_never_goes BEFORE DELETE ON revision\n"
"BEGIN SELECT RAISE(ABORT, 'a revision is never deleted'); END;\n";

const struct store_step store_steps[] = {
	{ 2, "sign-off records and revisions", step2 },
	{ 0, NULL, NULL },
};

_Static_assert(sizeof store_steps / sizeof store_steps[0] - 1 ==
    DB_SCHEMA_VERSION - DB_SCHEMA_OLDEST, "a step for each version after the oldest");

int
store_migrate(const char *path, const struct store_step *steps, int *from)
{
	struct srcpos pos = { path, 0, 0, NULL };
	const struct store_step *s;
	struct db *db;
	char *what = NULL;
	int newest = DB_SCHEMA_OLDEST, rc = -1;

	for (s = steps; s->sql != NULL; s++)
		newest = s->to;
	if ((db = db_open_rw(path)) == NULL || db_begin(db) == -1)
		goto out;
	/* Read under the write lock: another docket may have just upgraded it. */
	if (db_version(db, newest, from) == -1)
		goto out;
	for (s = steps; s->sql != NULL; s++) {
		if (s->to <= *from)
			continue;
		free(what);
		what = xasprintf("schema step %d (%s)", s->to, s->what);
		if (db_exec(db, s->sql, what) == -1) {
			diag(D_DB_NOT_UPGRADED, &pos, "still at schema version %d", *from);
			goto out;
		}
	}
	if (*from < newest && (db_set_version(db, newest) == -1 || db_commit(db) == -1))
		goto out;
	rc = 0;
out:
	if (db != NULL)
		db_rollback(db);
	db_close(db);
	free(what);
	return rc;
}

struct db *
store_open(const char *path)
{
	struct srcpos pos = { path, 0, 0, NULL };
	struct db *db = db_open_rw(path);
	int version = 0;

	if (db == NULL || db_begin(db) == -1 || db_version(db, DB_SCHEMA_VERSION, &version) == -1)
		version = -1;
	else if (version < DB_SCHEMA_VERSION)
		diag(D_DB_OLD, &pos, "%d, where this docket reads %d: upgrade it with "
		    "'docket migrate --db %s'", version, DB_SCHEMA_VERSION, path);
	if (version == DB_SCHEMA_VERSION)
		return db;
	db_close(db);	/* which rolls back */
	return NULL;
}
