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

static const char step3[] =
"-- Where each sign-off's PDF is archived, as a path inside the archive\n"
"-- folder: '2024-25/committee/2024-07-09/7-title.pdf'. Never changed.\n"
"CREATE TABLE archived (\n"
"  paper_id INTEGER NOT NULL,\n"
"  version  INTEGER NOT NULL,\n"
"  path     TEXT NOT NULL UNIQUE\n"
"           CHECK (path GLOB '[0-9a-z]*.pdf' AND path NOT GLOB '*[^0-9a-z./-]*' AND path NOT GLOB '*..*'),\n"
"  PRIMARY KEY (paper_id, version),\n"
"  FOREIGN KEY (paper_id, version) REFERENCES signoff (paper_id, version)\n"
");\n"
"\n"
"-- A signed-off paper opened again: the version it opens (2, 3 ...), why\n"
"-- and when. Its signed versions and their files stay as they are.\n"
"CREATE TABLE reopening (\n"
"  paper_id    INTEGER NOT NULL REFERENCES paper(id),\n"
"  version     INTEGER NOT NULL CHECK (version >= 2),\n"
"  reason      TEXT NOT NULL CHECK (reason <> ''),\n"
"  reopened_at TEXT NOT NULL   -- UTC\n"
"              CHECK (reopened_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),\n"
"  PRIMARY KEY (paper_id, version)\n"
");\n"
"\n"
"CREATE TRIGGER archived_never_changes BEFORE UPDATE ON archived\n"
"BEGIN SELECT RAISE(ABORT, 'an archived file''s record is never changed'); END;\n"
"CREATE TRIGGER archived_never_goes BEFORE DELETE ON archived\n"
"BEGIN SELECT RAISE(ABORT, 'an archived file''s record is never deleted'); END;\n"
"CREATE TRIGGER reopening_never_changes BEFORE UPDATE ON reopening\n"
"BEGIN SELECT RAISE(ABORT, 'a reopening is never changed'); END;\n"
"CREATE TRIGGER reopening_never_goes BEFORE DELETE ON reopening\n"
"BEGIN SELECT RAISE(ABORT, 'a reopening is never deleted'); END;\n"
"\n"
"-- The papers signed off as they now stand: a sign-off record for their\n"
"-- current version (1, and one more for each reopening). What such a\n"
"-- paper is, says and reported cannot change until it is reopened.\n"
"CREATE VIEW signed_paper AS\n"
"  SELECT s.paper_id AS id FROM signoff s\n"
"  WHERE s.version = 1 + (SELECT count(*) FROM reopening r WHERE r.paper_id = s.paper_id);\n"
"\n"
"-- The measures' periods those papers reported, as docket import judges\n"
"-- them: the paper's year, and its quarter (NULL: the whole year).\n"
"CREATE VIEW signed_period AS\n"
"  SELECT m.id AS measure_id, p.fy AS fy, p.quarter AS quarter\n"
"  FROM signed_paper s JOIN paper p ON p.id = s.id\n"
"  JOIN theme t ON t.strategy_id = p.strategy_id JOIN measure m ON m.theme_id = t.id;\n"
"\n"
"-- The action plans whose latest paper is one of them.\n"
"CREATE VIEW signed_plan AS\n"
"  SELECT l.id AS id FROM plan l\n"
"  WHERE (SELECT p.id FROM paper p JOIN meeting g ON g.id = p.meeting_id WHERE p.plan_id = l.id\n"
"         ORDER BY g.date DESC, p.id DESC LIMIT 1) IN (SELECT id FROM signed_paper);\n"
"\n"
"CREATE TRIGGER paper_signed_unchanged BEFORE UPDATE ON paper\n"
"WHEN OLD.id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER paper_signed_kept BEFORE DELETE ON paper\n"
"WHEN OLD.id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never deleted'); END;\n"
"CREATE TRIGGER summary_point_signed_added BEFORE INSERT ON summary_point\n"
"WHEN NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER summary_point_signed_changed BEFORE UPDATE ON summary_point\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER summary_point_signed_deleted BEFORE DELETE ON summary_point\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER recommendation_signed_added BEFORE INSERT ON recommendation\n"
"WHEN NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER recommendation_signed_changed BEFORE UPDATE ON recommendation\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER recommendation_signed_deleted BEFORE DELETE ON recommendation\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER section_signed_added BEFORE INSERT ON section\n"
"WHEN NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER section_signed_changed BEFORE UPDATE ON section\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER section_signed_deleted BEFORE DELETE ON section\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER implication_signed_added BEFORE INSERT ON implication\n"
"WHEN NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER implication_signed_changed BEFORE UPDATE ON implication\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER implication_signed_deleted BEFORE DELETE ON implication\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER source_document_signed_added BEFORE INSERT ON source_document\n"
"WHEN NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER source_document_signed_changed BEFORE UPDATE ON source_document\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER source_document_signed_deleted BEFORE DELETE ON source_document\n"
"WHEN OLD.paper_id IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER paragraph_signed_added BEFORE INSERT ON paragraph\n"
"WHEN (SELECT paper_id FROM section WHERE id = NEW.section_id) IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER paragraph_signed_changed BEFORE UPDATE ON paragraph\n"
"WHEN (SELECT paper_id FROM section WHERE id = OLD.section_id) IN (SELECT id FROM signed_paper)\n"
"  OR (SELECT paper_id FROM section WHERE id = NEW.section_id) IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"CREATE TRIGGER paragraph_signed_deleted BEFORE DELETE ON paragraph\n"
"WHEN (SELECT paper_id FROM section WHERE id = OLD.section_id) IN (SELECT id FROM signed_paper)\n"
"BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;\n"
"\n"
"-- A value a signed-off paper reported changes only as docket import\n"
"-- --revise changes it: the cell's latest revision, written first, must be\n"
"-- exactly this change.\n"
"CREATE TRIGGER measure_value_signed_added BEFORE INSERT ON measure_value\n"
"WHEN EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = NEW.measure_id\n"
"             AND r.fy = NEW.fy AND (r.quarter IS NULL OR r.quarter = NEW.quarter))\n"
"  AND ((NEW.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =\n"
"         (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'value'\n"
"          AND row_key = NEW.measure_id || '|' || NEW.fy || '|' || NEW.quarter)\n"
"         AND v.old_value IS NULL AND v.new_value IS CAST(NEW.value AS TEXT)))\n"
"    OR (NEW.note IS NOT NULL AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =\n"
"         (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'note'\n"
"          AND row_key = NEW.measure_id || '|' || NEW.fy || '|' || NEW.quarter)\n"
"         AND v.old_value IS NULL AND v.new_value IS CAST(NEW.note AS TEXT))))\n"
"BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported changes only by docket import --revise'); END;\n"
"CREATE TRIGGER measure_value_signed_changed BEFORE UPDATE ON measure_value\n"
"WHEN ((NEW.measure_id IS NOT OLD.measure_id OR NEW.fy IS NOT OLD.fy OR NEW.quarter IS NOT OLD.quarter)\n"
"      AND EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id IN (OLD.measure_id, NEW.measure_id)\n"
"                  AND r.fy IN (OLD.fy, NEW.fy) AND (r.quarter IS NULL OR r.quarter IN (OLD.quarter, NEW.quarter))))\n"
"  OR (EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = OLD.measure_id\n"
"              AND r.fy = OLD.fy AND (r.quarter IS NULL OR r.quarter = OLD.quarter))\n"
"      AND ((NEW.value IS NOT OLD.value AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =\n"
"             (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'value'\n"
"              AND row_key = OLD.measure_id || '|' || OLD.fy || '|' || OLD.quarter)\n"
"             AND v.old_value IS CAST(OLD.value AS TEXT) AND v.new_value IS CAST(NEW.value AS TEXT)))\n"
"        OR (NEW.note IS NOT OLD.note AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =\n"
"             (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'note'\n"
"              AND row_key = OLD.measure_id || '|' || OLD.fy || '|' || OLD.quarter)\n"
"             AND v.old_value IS CAST(OLD.note AS TEXT) AND v.new_value IS CAST(NEW.note AS TEXT)))))\n"
"BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported changes only by docket import --revise'); END;\n"
"CREATE TRIGGER measure_value_signed_deleted BEFORE DELETE ON measure_value\n"
"WHEN EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = OLD.measure_id\n"
"             AND r.fy = OLD.fy AND (r.quarter IS NULL OR r.quarter = OLD.quarter))\n"
"BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported is never deleted'); END;\n"
"\n"
"CREATE TRIGGER action_signed_added BEFORE INSERT ON action\n"
"WHEN (SELECT plan_id FROM priority WHERE id = NEW.priority_id) IN (SELECT id FROM signed_plan)\n"
"BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;\n"
"CREATE TRIGGER action_signed_changed BEFORE UPDATE ON action\n"
"WHEN (SELECT plan_id FROM priority WHERE id = OLD.priority_id) IN (SELECT id FROM signed_plan)\n"
"  OR (SELECT plan_id FROM priority WHERE id = NEW.priority_id) IN (SELECT id FROM signed_plan)\n"
"BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;\n"
"CREATE TRIGGER action_signed_deleted BEFORE DELETE ON action\n"
"WHEN (SELECT plan_id FROM priority WHERE id = OLD.priority_id) IN (SELECT id FROM signed_plan)\n"
"BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;\n";

static const char step4[] =
"-- Series: a paper that recurs, to one committee at a standing agenda\n"
"-- item, each quarter ('quarterly') or at the mid-year point and after the\n"
"-- year end ('biannual': Q2 and Q4). A meeting of the committee takes the\n"
"-- series' next period once that period has ended (docket due).\n"
"CREATE TABLE series (\n"
"  id           INTEGER PRIMARY KEY,\n"
"  name         TEXT NOT NULL UNIQUE,\n"
"  committee_id INTEGER NOT NULL REFERENCES committee(id),\n"
"  cadence      TEXT NOT NULL CHECK (cadence IN ('quarterly', 'biannual')),\n"
"  agenda_item  TEXT NOT NULL   -- the item its paper takes: '8'\n"
");\n"
"\n"
"-- The papers of a series, one series a paper.\n"
"CREATE TABLE series_paper (\n"
"  paper_id  INTEGER PRIMARY KEY REFERENCES paper(id),\n"
"  series_id INTEGER NOT NULL REFERENCES series(id)\n"
");\n"
"\n"
"-- A paper docket batch made from the one before it, whose narrative it\n"
"-- copied for the officer to update: the rules warn while it is unchanged.\n"
"CREATE TABLE rolled_paper (\n"
"  paper_id      INTEGER PRIMARY KEY REFERENCES paper(id),\n"
"  from_paper_id INTEGER NOT NULL REFERENCES paper(id)\n"
");\n"
"\n"
"-- What docket batch last rendered a paper from: the SHA-256 of its inputs\n"
"-- (the built document, template, fragments, fonts, hyphenation patterns\n"
"-- and docket's version), the file it wrote and its pages. A paper whose\n"
"-- inputs hash the same and whose file is there is not rendered again.\n"
"CREATE TABLE render_record (\n"
"  paper_id      INTEGER PRIMARY KEY REFERENCES paper(id),\n"
"  inputs_sha256 TEXT NOT NULL CHECK (length(inputs_sha256) = 64 AND inputs_sha256 NOT GLOB '*[^0-9a-f]*'),\n"
"  file          TEXT NOT NULL,\n"
"  pages         INTEGER NOT NULL CHECK (pages >= 0)\n"
");\n";

const struct store_step store_steps[] = {
	{ 2, "sign-off records and revisions", step2 },
	{ 3, "an archive that proves itself", step3 },
	{ 4, "series and batch runs", step4 },
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
