-- A stress paper for the typesetting tests, added to the demo database:
-- a 300-row action plan (10 actions and 290 sub-actions), some cells of
-- about 2,000 characters, a 60-character word with no break opportunity,
-- accented names, and characters Liberation Sans lacks (U+2713, U+1F642,
-- CJK). Generated, not real data.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO plan (id, council, name, division, fy)
VALUES (100, 'Cambridgeshire County Council', 'Stress Test Plan 2025-26', 'Human Resources', 2025);

WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 10)
INSERT INTO priority (id, plan_id, seq, name, description)
SELECT 1000 + n, 100, n, 'Priority ' || n || ' – Zoë’s théme',
       'Generated priority number ' || n || ' of the stress plan.'
FROM p;

WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 10)
INSERT INTO action (id, priority_id, parent_id, number, description, officer, start, finish, status)
SELECT 10000 + n * 100, 1000 + n, NULL, CAST(n AS TEXT),
       'Deliver the generated programme of work number ' || n, NULL, NULL, NULL, 'on_track'
FROM p;

WITH RECURSIVE
  p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 10),
  s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 29),
  sentence(t) AS (SELECT 'The service will review its arrangements with the trade unions and report progress to the Corporate Leadership Team every quarter. ')
INSERT INTO action (id, priority_id, parent_id, number, description, officer, start, finish, status, progress)
SELECT 10000 + n * 100 + k, 1000 + n, 10000 + n * 100, n || '.' || k,
       CASE
         WHEN (n * 29 + k) % 20 = 0 THEN replace(printf('%.15c', 'x'), 'x', (SELECT t FROM sentence))
         WHEN n = 3 AND k = 7 THEN 'Record every case under KCC2025HR00000000000000000000000000000000000000000000000001 in the register'
         ELSE 'Sub-action ' || n || '.' || k || ': support managers through the change programme'
       END,
       CASE k % 4
         WHEN 0 THEN 'Zoë Brontë-Ångström'
         WHEN 1 THEN 'Siân Llŷr and François Dubois'
         WHEN 2 THEN 'Jackie Turner-Robinson'
         ELSE 'Renée Okafor'
       END,
       'April 2025', CASE WHEN k % 5 = 0 THEN 'Ongoing' ELSE 'March 2026' END,
       CASE k % 5 WHEN 0 THEN 'complete' WHEN 1 THEN 'on_track' WHEN 2 THEN 'at_risk'
                  WHEN 3 THEN 'off_track' ELSE 'not_started' END,
       CASE
         WHEN k = 13 THEN 'Done ✓ – thanks to the team 🙂 (中文 summary sent).'
         WHEN (n + k) % 17 = 0 THEN replace(printf('%.15c', 'x'), 'x', (SELECT t FROM sentence))
         ELSE 'Budget of £1,200 per delegate agreed; on course.'
       END
FROM p, s;

INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions,
                   status, officer_id, summary_label, summary, plan_id, fy, quarter)
VALUES (100, 6, '99', 'Stress Test: A 300-Row Action Plan', 'committee-paper.xml',
        'Head of Typesetting Tests', 'All', 'draft', 3, 'Purpose',
        'To exercise pagination, table splitting and missing glyphs.', 100, 2025, 1);
INSERT INTO recommendation (paper_id, seq, text)
VALUES (100, 1, 'The Committee is recommended to note that every row of the plan is printed.');
COMMIT;
