-- docket database schema, version 4.
-- docket refuses a database whose PRAGMA user_version it does not know, and
-- one older than this until `docket migrate` upgrades it: each version's
-- change is also a step in src/store.c, and the tests check that an upgraded
-- database has exactly the schema this file gives a new one.
-- Dates are ISO 8601 text (YYYY-MM-DD). Money is in pounds. A financial year
-- is named by the calendar year it starts in (2024 means 2024/25, 1 April
-- 2024 to 31 March 2025); quarter 1 is April to June.
PRAGMA user_version = 4;
PRAGMA foreign_keys = ON;

-- A committee and how often it meets.
CREATE TABLE committee (
  id        INTEGER PRIMARY KEY,
  council   TEXT NOT NULL,
  name      TEXT NOT NULL,
  cadence   TEXT NOT NULL CHECK (cadence IN ('monthly', 'quarterly', 'biannual', 'annual', 'ad hoc')),
  UNIQUE (council, name)
);

CREATE TABLE meeting (
  id            INTEGER PRIMARY KEY,
  committee_id  INTEGER NOT NULL REFERENCES committee(id),
  date          TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  venue         TEXT,
  UNIQUE (committee_id, date)
);

CREATE TABLE officer (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  post   TEXT NOT NULL,
  email  TEXT,
  phone  TEXT
);

-- A strategy and its themes and measures (KPIs and management information).
CREATE TABLE strategy (
  id       INTEGER PRIMARY KEY,
  council  TEXT NOT NULL,
  name     TEXT NOT NULL,
  first_fy INTEGER NOT NULL,
  last_fy  INTEGER NOT NULL CHECK (last_fy >= first_fy)
);

CREATE TABLE theme (
  id          INTEGER PRIMARY KEY,
  strategy_id INTEGER NOT NULL REFERENCES strategy(id),
  seq         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  outcome     TEXT,
  UNIQUE (strategy_id, seq)
);

CREATE TABLE measure (
  id            INTEGER PRIMARY KEY,
  theme_id      INTEGER NOT NULL REFERENCES theme(id),
  code          TEXT NOT NULL UNIQUE,
  seq           INTEGER NOT NULL,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('kpi', 'mi')),
  unit          TEXT NOT NULL CHECK (unit IN ('%', 'days', 'count', 'ratio', '£', 'score')),
  polarity      TEXT NOT NULL CHECK (polarity IN ('higher', 'lower')),
  floor         REAL,           -- floor performance standard, same unit
  target        REAL,           -- annual target, same unit
  benchmark     REAL,           -- comparative benchmark, same unit
  tolerance_pct REAL CHECK (tolerance_pct IS NULL OR tolerance_pct BETWEEN 0 AND 100),
  direction     TEXT NOT NULL DEFAULT 'trend'
                CHECK (direction IN ('previous', 'year_ago', 'trend')),
  demo          INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)), -- 1: invented demo figures
  UNIQUE (theme_id, seq)
);

CREATE TABLE measure_value (
  measure_id INTEGER NOT NULL REFERENCES measure(id),
  fy         INTEGER NOT NULL,
  quarter    INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  value      REAL,              -- NULL: not available ("n/a", never 0)
  note       TEXT,
  PRIMARY KEY (measure_id, fy, quarter)
);

-- An action plan: priorities, actions and sub-actions, milestones, risks.
CREATE TABLE plan (
  id       INTEGER PRIMARY KEY,
  council  TEXT NOT NULL,
  name     TEXT NOT NULL,
  division TEXT,
  fy       INTEGER NOT NULL
);

CREATE TABLE priority (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plan(id),
  seq         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  description TEXT,
  UNIQUE (plan_id, seq)
);

-- An action (parent_id NULL, number '4') or a sub-action (number '4.2').
CREATE TABLE action (
  id          INTEGER PRIMARY KEY,
  priority_id INTEGER NOT NULL REFERENCES priority(id),
  parent_id   INTEGER REFERENCES action(id),
  number      TEXT NOT NULL CHECK (number GLOB '[1-9]*' AND number NOT GLOB '*[^0-9.]*'),
  description TEXT NOT NULL,
  officer     TEXT,             -- accountable officer(s), as written
  start       TEXT,             -- as written: 'April 2013'
  finish      TEXT,             -- as written: 'March 2014', 'Ongoing'
  status      TEXT NOT NULL DEFAULT 'not_started'
              CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')),
  progress    TEXT,
  UNIQUE (priority_id, number)
);

CREATE TABLE milestone (
  id          INTEGER PRIMARY KEY,
  priority_id INTEGER NOT NULL REFERENCES priority(id),
  letter      TEXT NOT NULL CHECK (letter GLOB '[A-Z]'),
  description TEXT NOT NULL,
  action_ref  TEXT,             -- the action number it belongs to, '1.2'
  due         TEXT NOT NULL,    -- as written: 'June 2013', 'Quarterly'
  UNIQUE (priority_id, letter)
);

CREATE TABLE risk (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plan(id),
  seq        INTEGER NOT NULL,
  description TEXT NOT NULL,
  mitigation TEXT NOT NULL,
  UNIQUE (plan_id, seq)
);

-- A paper for a meeting, and what its officers wrote for it.
CREATE TABLE paper (
  id                  INTEGER PRIMARY KEY,
  meeting_id          INTEGER NOT NULL REFERENCES meeting(id),
  agenda_item         TEXT NOT NULL,
  title               TEXT NOT NULL,
  template            TEXT NOT NULL CHECK (template GLOB '[a-z0-9]*.xml' AND template NOT GLOB '*[^a-z0-9.-]*'),
  from_post           TEXT NOT NULL,  -- the "From:" line
  divisions           TEXT NOT NULL DEFAULT 'Not applicable', -- electoral division(s)
  classification      TEXT NOT NULL DEFAULT 'public' CHECK (classification IN ('public', 'exempt')),
  exempt_paragraph    INTEGER CHECK (exempt_paragraph BETWEEN 1 AND 7), -- Schedule 12A, Part 1
  status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'signed_off')),
  key_decision        INTEGER NOT NULL DEFAULT 0 CHECK (key_decision IN (0, 1)),
  forward_plan_ref    TEXT,
  forward_plan_date   TEXT CHECK (forward_plan_date IS NULL OR forward_plan_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  officer_id          INTEGER REFERENCES officer(id), -- officer contact
  summary_label       TEXT NOT NULL DEFAULT 'Purpose' CHECK (summary_label IN ('Purpose', 'Executive Summary')),
  summary             TEXT NOT NULL,  -- purpose or executive summary, lead sentence
  strategy_id         INTEGER REFERENCES strategy(id),
  plan_id             INTEGER REFERENCES plan(id),
  fy                  INTEGER,        -- the period reported on
  quarter             INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
  CHECK ((classification = 'exempt') = (exempt_paragraph IS NOT NULL)),
  CHECK (key_decision = 0 OR forward_plan_ref IS NOT NULL)
);

-- Bullet points under the purpose or executive summary.
CREATE TABLE summary_point (
  paper_id INTEGER NOT NULL REFERENCES paper(id),
  seq      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (paper_id, seq)
);

CREATE TABLE recommendation (
  paper_id INTEGER NOT NULL REFERENCES paper(id),
  seq      INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (paper_id, seq)
);

-- Numbered body sections (1, 2, 3) and their paragraphs (1.1, 1.2); a
-- 'bullet' paragraph is a point under the numbered paragraph before it.
CREATE TABLE section (
  id       INTEGER PRIMARY KEY,
  paper_id INTEGER NOT NULL REFERENCES paper(id),
  seq      INTEGER NOT NULL,
  heading  TEXT NOT NULL,
  UNIQUE (paper_id, seq)
);

CREATE TABLE paragraph (
  section_id INTEGER NOT NULL REFERENCES section(id),
  seq        INTEGER NOT NULL,
  style      TEXT NOT NULL DEFAULT 'numbered' CHECK (style IN ('numbered', 'bullet')),
  text       TEXT NOT NULL,
  PRIMARY KEY (section_id, seq)
);

-- Significant implications, one per heading the paper addresses.
CREATE TABLE implication (
  paper_id INTEGER NOT NULL REFERENCES paper(id),
  seq      INTEGER NOT NULL,
  heading  TEXT NOT NULL,        -- 'Finance Implications'
  text     TEXT NOT NULL,
  PRIMARY KEY (paper_id, seq)
);

-- Source documents / background papers (s.100D); exempt ones are left out.
CREATE TABLE source_document (
  paper_id INTEGER NOT NULL REFERENCES paper(id),
  seq      INTEGER NOT NULL,
  title    TEXT NOT NULL,
  location TEXT NOT NULL,
  exempt   INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
  PRIMARY KEY (paper_id, seq)
);

-- Version 2: sign-off records and revisions.
-- Sign-off: each time a paper is signed off (its version 1, 2 ...), who
-- signed it and as what, when, the PDF as signed (its SHA-256 and size) and
-- what it was rendered from, so that the same bytes can be made again and
-- shown to be the ones signed. The *_sha256 columns hold lines as
-- sha256sum prints them, 'HASH  NAME', one a file. A record is never
-- changed or deleted.
CREATE TABLE signoff (
  paper_id           INTEGER NOT NULL REFERENCES paper(id),
  version            INTEGER NOT NULL CHECK (version >= 1),
  signed_by          TEXT NOT NULL,  -- the name, as signed
  role               TEXT NOT NULL,  -- as what: 'Executive Director, Resources'
  signed_at          TEXT NOT NULL   -- UTC
                     CHECK (signed_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
  sha256             TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size               INTEGER NOT NULL CHECK (size > 0), -- bytes
  docket_version     TEXT NOT NULL,  -- '0.1.0'
  libharu_version    TEXT NOT NULL,  -- '2.3.0'
  template_sha256    TEXT NOT NULL,  -- the paper's template
  fragments_sha256   TEXT NOT NULL,  -- the fragments it includes ('' for none)
  fonts_sha256       TEXT NOT NULL,  -- the fonts embedded
  hyphenation_sha256 TEXT NOT NULL,  -- the hyphenation patterns
  PRIMARY KEY (paper_id, version)
);

CREATE TRIGGER signoff_never_changes BEFORE UPDATE ON signoff
BEGIN SELECT RAISE(ABORT, 'a sign-off record is never changed'); END;
CREATE TRIGGER signoff_never_goes BEFORE DELETE ON signoff
BEGIN SELECT RAISE(ABORT, 'a sign-off record is never deleted'); END;

-- A correction to a value already reported: the table, the row's key and
-- the column, the value before and after (as text; NULL: none), who made
-- it, when and why. Rows are only ever added.
CREATE TABLE revision (
  id          INTEGER PRIMARY KEY,
  table_name  TEXT NOT NULL,  -- 'measure_value'
  row_key     TEXT NOT NULL,  -- its primary key; of several columns, joined by '|': '7|2024|2'
  column_name TEXT NOT NULL,  -- 'value'
  old_value   TEXT,
  new_value   TEXT,
  revised_by  TEXT NOT NULL,
  revised_at  TEXT NOT NULL   -- UTC
              CHECK (revised_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
  reason      TEXT NOT NULL CHECK (reason <> '')
);
CREATE INDEX revision_of ON revision (table_name, row_key, column_name);

CREATE TRIGGER revision_never_changes BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'a revision is never changed'); END;
CREATE TRIGGER revision_never_goes BEFORE DELETE ON revision
BEGIN SELECT RAISE(ABORT, 'a revision is never deleted'); END;

-- Version 3: an archive that proves itself.
-- Where each sign-off's PDF is archived, as a path inside the archive
-- folder: '2024-25/committee/2024-07-09/7-title.pdf'. Never changed.
CREATE TABLE archived (
  paper_id INTEGER NOT NULL,
  version  INTEGER NOT NULL,
  path     TEXT NOT NULL UNIQUE
           CHECK (path GLOB '[0-9a-z]*.pdf' AND path NOT GLOB '*[^0-9a-z./-]*' AND path NOT GLOB '*..*'),
  PRIMARY KEY (paper_id, version),
  FOREIGN KEY (paper_id, version) REFERENCES signoff (paper_id, version)
);

-- A signed-off paper opened again: the version it opens (2, 3 ...), why
-- and when. Its signed versions and their files stay as they are.
CREATE TABLE reopening (
  paper_id    INTEGER NOT NULL REFERENCES paper(id),
  version     INTEGER NOT NULL CHECK (version >= 2),
  reason      TEXT NOT NULL CHECK (reason <> ''),
  reopened_at TEXT NOT NULL   -- UTC
              CHECK (reopened_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'),
  PRIMARY KEY (paper_id, version)
);

CREATE TRIGGER archived_never_changes BEFORE UPDATE ON archived
BEGIN SELECT RAISE(ABORT, 'an archived file''s record is never changed'); END;
CREATE TRIGGER archived_never_goes BEFORE DELETE ON archived
BEGIN SELECT RAISE(ABORT, 'an archived file''s record is never deleted'); END;
CREATE TRIGGER reopening_never_changes BEFORE UPDATE ON reopening
BEGIN SELECT RAISE(ABORT, 'a reopening is never changed'); END;
CREATE TRIGGER reopening_never_goes BEFORE DELETE ON reopening
BEGIN SELECT RAISE(ABORT, 'a reopening is never deleted'); END;

-- The papers signed off as they now stand: a sign-off record for their
-- current version (1, and one more for each reopening). What such a
-- paper is, says and reported cannot change until it is reopened.
CREATE VIEW signed_paper AS
  SELECT s.paper_id AS id FROM signoff s
  WHERE s.version = 1 + (SELECT count(*) FROM reopening r WHERE r.paper_id = s.paper_id);

-- The measures' periods those papers reported, as docket import judges
-- them: the paper's year, and its quarter (NULL: the whole year).
CREATE VIEW signed_period AS
  SELECT m.id AS measure_id, p.fy AS fy, p.quarter AS quarter
  FROM signed_paper s JOIN paper p ON p.id = s.id
  JOIN theme t ON t.strategy_id = p.strategy_id JOIN measure m ON m.theme_id = t.id;

-- The action plans whose latest paper is one of them.
CREATE VIEW signed_plan AS
  SELECT l.id AS id FROM plan l
  WHERE (SELECT p.id FROM paper p JOIN meeting g ON g.id = p.meeting_id WHERE p.plan_id = l.id
         ORDER BY g.date DESC, p.id DESC LIMIT 1) IN (SELECT id FROM signed_paper);

CREATE TRIGGER paper_signed_unchanged BEFORE UPDATE ON paper
WHEN OLD.id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER paper_signed_kept BEFORE DELETE ON paper
WHEN OLD.id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never deleted'); END;
CREATE TRIGGER summary_point_signed_added BEFORE INSERT ON summary_point
WHEN NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER summary_point_signed_changed BEFORE UPDATE ON summary_point
WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER summary_point_signed_deleted BEFORE DELETE ON summary_point
WHEN OLD.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER recommendation_signed_added BEFORE INSERT ON recommendation
WHEN NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER recommendation_signed_changed BEFORE UPDATE ON recommendation
WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER recommendation_signed_deleted BEFORE DELETE ON recommendation
WHEN OLD.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER section_signed_added BEFORE INSERT ON section
WHEN NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER section_signed_changed BEFORE UPDATE ON section
WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER section_signed_deleted BEFORE DELETE ON section
WHEN OLD.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER implication_signed_added BEFORE INSERT ON implication
WHEN NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER implication_signed_changed BEFORE UPDATE ON implication
WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER implication_signed_deleted BEFORE DELETE ON implication
WHEN OLD.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER source_document_signed_added BEFORE INSERT ON source_document
WHEN NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER source_document_signed_changed BEFORE UPDATE ON source_document
WHEN OLD.paper_id IN (SELECT id FROM signed_paper) OR NEW.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER source_document_signed_deleted BEFORE DELETE ON source_document
WHEN OLD.paper_id IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER paragraph_signed_added BEFORE INSERT ON paragraph
WHEN (SELECT paper_id FROM section WHERE id = NEW.section_id) IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER paragraph_signed_changed BEFORE UPDATE ON paragraph
WHEN (SELECT paper_id FROM section WHERE id = OLD.section_id) IN (SELECT id FROM signed_paper)
  OR (SELECT paper_id FROM section WHERE id = NEW.section_id) IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;
CREATE TRIGGER paragraph_signed_deleted BEFORE DELETE ON paragraph
WHEN (SELECT paper_id FROM section WHERE id = OLD.section_id) IN (SELECT id FROM signed_paper)
BEGIN SELECT RAISE(ABORT, 'a signed-off paper is never changed; reopen it first'); END;

-- A value a signed-off paper reported changes only as docket import
-- --revise changes it: the cell's latest revision, written first, must be
-- exactly this change.
CREATE TRIGGER measure_value_signed_added BEFORE INSERT ON measure_value
WHEN EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = NEW.measure_id
             AND r.fy = NEW.fy AND (r.quarter IS NULL OR r.quarter = NEW.quarter))
  AND ((NEW.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =
         (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'value'
          AND row_key = NEW.measure_id || '|' || NEW.fy || '|' || NEW.quarter)
         AND v.old_value IS NULL AND v.new_value IS CAST(NEW.value AS TEXT)))
    OR (NEW.note IS NOT NULL AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =
         (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'note'
          AND row_key = NEW.measure_id || '|' || NEW.fy || '|' || NEW.quarter)
         AND v.old_value IS NULL AND v.new_value IS CAST(NEW.note AS TEXT))))
BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported changes only by docket import --revise'); END;
CREATE TRIGGER measure_value_signed_changed BEFORE UPDATE ON measure_value
WHEN ((NEW.measure_id IS NOT OLD.measure_id OR NEW.fy IS NOT OLD.fy OR NEW.quarter IS NOT OLD.quarter)
      AND EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id IN (OLD.measure_id, NEW.measure_id)
                  AND r.fy IN (OLD.fy, NEW.fy) AND (r.quarter IS NULL OR r.quarter IN (OLD.quarter, NEW.quarter))))
  OR (EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = OLD.measure_id
              AND r.fy = OLD.fy AND (r.quarter IS NULL OR r.quarter = OLD.quarter))
      AND ((NEW.value IS NOT OLD.value AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =
             (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'value'
              AND row_key = OLD.measure_id || '|' || OLD.fy || '|' || OLD.quarter)
             AND v.old_value IS CAST(OLD.value AS TEXT) AND v.new_value IS CAST(NEW.value AS TEXT)))
        OR (NEW.note IS NOT OLD.note AND NOT EXISTS (SELECT 1 FROM revision v WHERE v.id =
             (SELECT max(id) FROM revision WHERE table_name = 'measure_value' AND column_name = 'note'
              AND row_key = OLD.measure_id || '|' || OLD.fy || '|' || OLD.quarter)
             AND v.old_value IS CAST(OLD.note AS TEXT) AND v.new_value IS CAST(NEW.note AS TEXT)))))
BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported changes only by docket import --revise'); END;
CREATE TRIGGER measure_value_signed_deleted BEFORE DELETE ON measure_value
WHEN EXISTS (SELECT 1 FROM signed_period r WHERE r.measure_id = OLD.measure_id
             AND r.fy = OLD.fy AND (r.quarter IS NULL OR r.quarter = OLD.quarter))
BEGIN SELECT RAISE(ABORT, 'a value a signed-off paper reported is never deleted'); END;

CREATE TRIGGER action_signed_added BEFORE INSERT ON action
WHEN (SELECT plan_id FROM priority WHERE id = NEW.priority_id) IN (SELECT id FROM signed_plan)
BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;
CREATE TRIGGER action_signed_changed BEFORE UPDATE ON action
WHEN (SELECT plan_id FROM priority WHERE id = OLD.priority_id) IN (SELECT id FROM signed_plan)
  OR (SELECT plan_id FROM priority WHERE id = NEW.priority_id) IN (SELECT id FROM signed_plan)
BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;
CREATE TRIGGER action_signed_deleted BEFORE DELETE ON action
WHEN (SELECT plan_id FROM priority WHERE id = OLD.priority_id) IN (SELECT id FROM signed_plan)
BEGIN SELECT RAISE(ABORT, 'the action plan a signed-off paper reported waits for its next paper'); END;

-- Version 4: series and batch runs.
-- Series: a paper that recurs, to one committee at a standing agenda
-- item, each quarter ('quarterly') or at the mid-year point and after the
-- year end ('biannual': Q2 and Q4). A meeting of the committee takes the
-- series' next period once that period has ended (docket due).
CREATE TABLE series (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  committee_id INTEGER NOT NULL REFERENCES committee(id),
  cadence      TEXT NOT NULL CHECK (cadence IN ('quarterly', 'biannual')),
  agenda_item  TEXT NOT NULL   -- the item its paper takes: '8'
);

-- The papers of a series, one series a paper.
CREATE TABLE series_paper (
  paper_id  INTEGER PRIMARY KEY REFERENCES paper(id),
  series_id INTEGER NOT NULL REFERENCES series(id)
);

-- A paper docket batch made from the one before it, whose narrative it
-- copied for the officer to update: the rules warn while it is unchanged.
CREATE TABLE rolled_paper (
  paper_id      INTEGER PRIMARY KEY REFERENCES paper(id),
  from_paper_id INTEGER NOT NULL REFERENCES paper(id)
);

-- What docket batch last rendered a paper from: the SHA-256 of its inputs
-- (the built document, template, fragments, fonts, hyphenation patterns
-- and docket's version), the file it wrote and its pages. A paper whose
-- inputs hash the same and whose file is there is not rendered again.
CREATE TABLE render_record (
  paper_id      INTEGER PRIMARY KEY REFERENCES paper(id),
  inputs_sha256 TEXT NOT NULL CHECK (length(inputs_sha256) = 64 AND inputs_sha256 NOT GLOB '*[^0-9a-f]*'),
  file          TEXT NOT NULL,
  pages         INTEGER NOT NULL CHECK (pages >= 0)
);
