-- The benchmark workload (issue 7): `make bench` loads it after
-- data/schema.sql and data/demo.sql into build/bench.db. Generated, not real
-- data: the text is the demo's, copied.
--
-- The reference paper is a quarterly update: 16 KPIs by theme with 8
-- quarters of values, 22 paragraphs of narrative (the sections of demo
-- papers 1 and 4) and an action-plan appendix of 96 rows (the demo's Kent
-- plan: 6 priorities, 90 actions). A case repeats the narrative and the
-- plan N times: N = 1, 10 and 100 as issue 7 names them, and 40 and 80,
-- which come to about 500 and 1,000 pages with today's template (a copy is
-- about 12.5 pages; issue 7 guessed 5). The batch is 40 ordinary papers,
-- each the reference paper with N = 1. The quarterly-update template
-- draws the measures as KPI tables by theme and charts.
--
-- Ids: papers 9001..9005 (the cases, in bench/run.sh), 9101..9140 (the
-- batch) and 9201..9250 (the pack), plans 91..95, strategy 90, meetings 90
-- and 91 (the pack's); every other id is derived
-- from these so that copies never collide.
PRAGMA foreign_keys = ON;
BEGIN;

-- One row a paper: its id, its copies of narrative and plan, its plan.
CREATE TEMP TABLE bench_paper (id INTEGER PRIMARY KEY, name TEXT, copies INTEGER, plan_id INTEGER);
INSERT INTO bench_paper VALUES
  (9001, 'n1', 1, 91),
  (9002, 'n10', 10, 92),
  (9003, 'n40', 40, 93),
  (9004, 'n80', 80, 94),
  (9005, 'n100', 100, 95);
WITH RECURSIVE b(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM b WHERE n < 40)
INSERT INTO bench_paper SELECT 9100 + n, 'batch' || n, 1, 91 FROM b;
-- And 50 more such papers, the agenda of meeting 91: a pack of about
-- 1,000 pages (docket pack).
WITH RECURSIVE b(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM b WHERE n < 50)
INSERT INTO bench_paper SELECT 9200 + n, 'pack' || n, 1, 91 FROM b;

CREATE TEMP TABLE copy (k INTEGER PRIMARY KEY);
WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c
                        WHERE k < (SELECT max(copies) FROM bench_paper))
INSERT INTO copy SELECT k FROM c;

-- The strategy: the demo's four themes and 16 KPIs, with generated values
-- for 2023/24 and 2024/25 that wander about the floor and the target.
INSERT INTO strategy (id, council, name, first_fy, last_fy)
VALUES (90, 'Cambridgeshire County Council', 'Benchmark People Strategy 2023-2027', 2023, 2026);
INSERT INTO theme (id, strategy_id, seq, name, outcome)
SELECT 900 + seq, 90, seq, name, outcome FROM theme WHERE strategy_id = 1;
INSERT INTO measure (id, theme_id, code, seq, name, kind, unit, polarity, floor, target,
                     benchmark, tolerance_pct, direction, demo)
SELECT 9000 + m.id, 900 + t.seq, 'B' || m.code, m.seq, m.name, m.kind, m.unit, m.polarity,
       m.floor, m.target, m.benchmark, m.tolerance_pct, m.direction, 1
FROM measure m JOIN theme t ON t.id = m.theme_id
WHERE t.strategy_id = 1 AND m.kind = 'kpi';
WITH RECURSIVE q(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM q WHERE i < 7)
INSERT INTO measure_value (measure_id, fy, quarter, value, note)
SELECT m.id, 2023 + i / 4, i % 4 + 1,
       CASE WHEN m.id % 7 = 0 AND i = 2 THEN NULL
            ELSE round(coalesce(m.floor, 10.0) + (coalesce(m.target, m.floor + 5.0, 15.0)
                 - coalesce(m.floor, 10.0)) * ((m.id * 11 + i * 37) % 13) / 10.0, 1) END,
       CASE WHEN m.id % 7 = 0 AND i = 2 THEN 'Survey not run this quarter' END
FROM measure m, q WHERE m.id BETWEEN 9001 AND 9016;

-- A plan a case: N copies of the demo plan's priorities, actions,
-- milestones and risks, numbered on from the copy before.
INSERT INTO plan (id, council, name, division, fy)
SELECT DISTINCT plan_id, 'Cambridgeshire County Council',
       'People Strategy Action Plan 2024-25 (' || copies || ' ' ||
       CASE copies WHEN 1 THEN 'copy' ELSE 'copies' END || ')', 'Human Resources', 2024
FROM bench_paper;
INSERT INTO priority (id, plan_id, seq, name, description)
SELECT b.plan_id * 100000 + (c.k - 1) * 6 + r.seq, b.plan_id, (c.k - 1) * 6 + r.seq,
       r.name, r.description
FROM (SELECT DISTINCT plan_id, copies FROM bench_paper) b
JOIN copy c ON c.k <= b.copies JOIN priority r ON r.plan_id = 1;
-- Action numbers run 1..28 in each copy; copy k adds 28 * (k - 1).
INSERT INTO action (id, priority_id, parent_id, number, description, officer, start, finish,
                    status, progress)
SELECT b.plan_id * 10000000 + c.k * 10000 + a.id,
       b.plan_id * 100000 + (c.k - 1) * 6 + r.seq,
       CASE WHEN a.parent_id IS NOT NULL THEN b.plan_id * 10000000 + c.k * 10000 + a.parent_id END,
       CAST(CAST(a.number AS INTEGER) + 28 * (c.k - 1) AS TEXT) ||
       CASE WHEN instr(a.number, '.') > 0 THEN substr(a.number, instr(a.number, '.')) ELSE '' END,
       a.description, a.officer, a.start, a.finish, a.status, a.progress
FROM (SELECT DISTINCT plan_id, copies FROM bench_paper) b
JOIN copy c ON c.k <= b.copies JOIN priority r ON r.plan_id = 1
JOIN action a ON a.priority_id = r.id
ORDER BY 1;
INSERT INTO milestone (priority_id, letter, description, action_ref, due)
SELECT b.plan_id * 100000 + (c.k - 1) * 6 + r.seq, m.letter, m.description,
       CAST(CAST(m.action_ref AS INTEGER) + 28 * (c.k - 1) AS TEXT) ||
       substr(m.action_ref, instr(m.action_ref, '.')), m.due
FROM (SELECT DISTINCT plan_id, copies FROM bench_paper) b
JOIN copy c ON c.k <= b.copies JOIN priority r ON r.plan_id = 1
JOIN milestone m ON m.priority_id = r.id;
INSERT INTO risk (plan_id, seq, description, mitigation)
SELECT DISTINCT b.plan_id, k.seq, k.description, k.mitigation
FROM bench_paper b JOIN risk k ON k.plan_id = 1;

-- The papers: 'final', so no DRAFT mark and a file that may be rewritten.
INSERT INTO meeting (id, committee_id, date, venue)
VALUES (90, 2, '2025-10-14', 'New Shire Hall, Alconbury Weald, Huntingdon'),
       (91, 2, '2025-11-11', 'New Shire Hall, Alconbury Weald, Huntingdon');
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions,
                   status, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter)
SELECT b.id, CASE WHEN b.id > 9200 THEN 91 ELSE 90 END, CAST(b.id - 9000 AS TEXT),
       CASE WHEN b.id > 9200 THEN 'People Strategy Quarterly Update ' || (b.id - 9200) || ' of 50'
            WHEN b.id < 9100
            THEN 'Benchmark: People Strategy Quarterly Update, ' || b.copies || ' ' ||
                 CASE b.copies WHEN 1 THEN 'copy' ELSE 'copies' END
            ELSE 'People Strategy Quarterly Update ' || (b.id - 9100) || ' of 40' END,
       'quarterly-update.xml', 'Executive Director of Strategy and Partnerships', 'All',
       'final', 3, 'Executive Summary',
       'To update Committee on the People Strategy: its KPIs for Quarter 2 2024/25 and progress on the action plan.',
       90, b.plan_id, 2024, 2
FROM bench_paper b;
INSERT INTO summary_point (paper_id, seq, text)
SELECT b.id, s.seq, s.text FROM bench_paper b JOIN summary_point s ON s.paper_id = 4;
INSERT INTO recommendation (paper_id, seq, text)
SELECT b.id, r.seq, r.text FROM bench_paper b JOIN recommendation r ON r.paper_id = 4;
INSERT INTO implication (paper_id, seq, heading, text)
SELECT b.id, i.seq, i.heading, i.text FROM bench_paper b JOIN implication i ON i.paper_id = 1;
INSERT INTO source_document (paper_id, seq, title, location, exempt)
SELECT b.id, d.seq, d.title, d.location, d.exempt
FROM bench_paper b JOIN source_document d ON d.paper_id = 1;

-- The narrative: copy k of the 8 sections of demo papers 1 and 4.
CREATE TEMP TABLE src_section AS
SELECT id, row_number() OVER (ORDER BY paper_id, seq) AS n, heading
FROM section WHERE paper_id IN (1, 4);
INSERT INTO section (id, paper_id, seq, heading)
SELECT b.id * 100000 + (c.k - 1) * 8 + s.n, b.id, (c.k - 1) * 8 + s.n, s.heading
FROM bench_paper b JOIN copy c ON c.k <= b.copies, src_section s;
INSERT INTO paragraph (section_id, seq, style, text)
SELECT b.id * 100000 + (c.k - 1) * 8 + s.n, g.seq, g.style, g.text
FROM bench_paper b JOIN copy c ON c.k <= b.copies
JOIN src_section s JOIN paragraph g ON g.section_id = s.id;

COMMIT;
