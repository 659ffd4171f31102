-- The paper, for the meeting and officer imported: its title and summary
-- come from paper.md.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, officer_id,
                   summary, strategy_id, plan_id, fy, quarter)
SELECT 1, g.id, '6', 'Draft', 'quarterly-update.xml', 'Director of People', o.id,
       'Draft', 1, 1, 2025, 2
  FROM meeting g, officer o
 WHERE g.date = '2025-11-18' AND o.name = 'Priya Natarajan';
