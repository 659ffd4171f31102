/* db_sets.c: the datasets a paper's template may bind to: for each, the
 * table its rows come from, its parent dataset, and the query that loads
 * it for :paper. db.c runs them. */
#include "db_sets.h"

const struct dsdef db_paper_sets[] = {
	{ "paper", "paper", NULL,
	  "SELECT p.id AS _rowid, p.meeting_id AS _meeting_id, p.fy AS _fy, p.id, p.agenda_item,"
	  " p.title,"
	  " p.template, p.from_post, p.divisions, p.classification, p.exempt_paragraph,"
	  " p.status, p.key_decision, p.forward_plan_ref, p.forward_plan_date, p.summary_label, p.summary,"
	  " NULL AS financial_year, p.quarter,"
	  " c.council, c.name AS committee, m.date AS meeting_date, m.venue,"
	  " o.name AS officer_name, o.post AS officer_post, o.email AS officer_email,"
	  " o.phone AS officer_phone, pl.name AS plan_name, s.name AS strategy_name"
	  " FROM paper p JOIN meeting m ON m.id = p.meeting_id"
	  " JOIN committee c ON c.id = m.committee_id"
	  " LEFT JOIN officer o ON o.id = p.officer_id"
	  " LEFT JOIN plan pl ON pl.id = p.plan_id"
	  " LEFT JOIN strategy s ON s.id = p.strategy_id"
	  " WHERE p.id = :paper" },
	{ "summary_points", "summary_point", NULL,
	  "SELECT rowid AS _rowid, text FROM summary_point WHERE paper_id = :paper ORDER BY seq" },
	{ "recommendations", "recommendation", NULL,
	  "SELECT rowid AS _rowid, text FROM recommendation WHERE paper_id = :paper ORDER BY seq" },
	{ "sections", "section", NULL,
	  "SELECT id AS _rowid, id AS _key, heading FROM section"
	  " WHERE paper_id = :paper ORDER BY seq" },
	{ "paragraphs", "paragraph", "sections",
	  "SELECT g.rowid AS _rowid, g.section_id AS _parent, g.style, g.text"
	  " FROM paragraph g JOIN section s ON s.id = g.section_id"
	  " WHERE s.paper_id = :paper ORDER BY s.seq, g.seq" },
	{ "implications", "implication", NULL,
	  "SELECT rowid AS _rowid, heading, text FROM implication"
	  " WHERE paper_id = :paper ORDER BY seq" },
	{ "sources", "source_document", NULL,
	  "SELECT rowid AS _rowid, title, location,"
	  " CASE WHEN location LIKE 'http://%' OR location LIKE 'https://%' THEN location END"
	  " AS url FROM source_document"
	  " WHERE paper_id = :paper AND exempt = 0 ORDER BY seq" },
	{ "priorities", "priority", NULL,
	  "SELECT r.id AS _rowid, r.id AS _key, r.seq, r.name, r.description"
	  " FROM priority r JOIN paper p ON p.plan_id = r.plan_id"
	  " WHERE p.id = :paper ORDER BY r.seq" },
	{ "actions", "action", "priorities",
	  "SELECT a.id AS _rowid, a.priority_id AS _parent, a.number,"
	  " CASE WHEN a.parent_id IS NULL THEN 1 ELSE 2 END AS level,"
	  " coalesce(c.n, 0) AS subactions,"
	  " a.description, a.officer, a.start, a.finish, a.status, a.progress"
	  " FROM action a JOIN priority r ON r.id = a.priority_id"
	  " JOIN paper p ON p.plan_id = r.plan_id"
	  " LEFT JOIN (SELECT parent_id, count(*) AS n FROM action GROUP BY parent_id) c"
	  " ON c.parent_id = a.id WHERE p.id = :paper"
	  " ORDER BY r.seq, CAST(a.number AS INTEGER), instr(a.number, '.') > 0,"
	  " CAST(substr(a.number, instr(a.number, '.') + 1) AS INTEGER)" },
	{ "milestones", "milestone", "priorities",
	  "SELECT m.id AS _rowid, m.priority_id AS _parent, m.letter, m.description,"
	  " m.action_ref, m.due FROM milestone m JOIN priority r ON r.id = m.priority_id"
	  " JOIN paper p ON p.plan_id = r.plan_id WHERE p.id = :paper"
	  " ORDER BY r.seq, m.letter" },
	{ "risks", "risk", NULL,
	  "SELECT k.id AS _rowid, k.seq, k.description, k.mitigation"
	  " FROM risk k JOIN paper p ON p.plan_id = k.plan_id"
	  " WHERE p.id = :paper ORDER BY k.seq" },
	{ "measures", "measure", NULL,
	  "SELECT m.id AS _rowid, m.id AS _key, t.seq AS theme_seq, t.name AS theme, m.code,"
	  " m.name, m.kind, m.unit, m.polarity, m.floor, m.target, m.benchmark,"
	  " m.tolerance_pct, m.direction, m.demo"
	  " FROM measure m JOIN theme t ON t.id = m.theme_id"
	  " JOIN paper p ON p.strategy_id = t.strategy_id"
	  " WHERE p.id = :paper ORDER BY t.seq, m.seq" },
	{ "measure_values", "measure_value", "measures",
	  "SELECT v.rowid AS _rowid, v.measure_id AS _parent, v.fy, v.quarter, v.value"
	  " FROM measure_value v JOIN measure m ON m.id = v.measure_id"
	  " JOIN theme t ON t.id = m.theme_id JOIN paper p ON p.strategy_id = t.strategy_id"
	  " WHERE p.id = :paper ORDER BY v.measure_id, v.fy, v.quarter" },
	/* A paper docket batch made: unchanged while its summary, sections and
	 * paragraphs are still those of the paper it was made from. */
	{ "rolled", "rolled_paper", NULL,
	  "SELECT r.rowid AS _rowid, r.from_paper_id AS from_paper,"
	  " (SELECT summary FROM paper WHERE id = r.paper_id)"
	  " IS (SELECT summary FROM paper WHERE id = r.from_paper_id)"
	  " AND (SELECT count(*) FROM section s JOIN paragraph g ON g.section_id = s.id"
	  " WHERE s.paper_id = r.paper_id) = (SELECT count(*) FROM section s"
	  " JOIN paragraph g ON g.section_id = s.id WHERE s.paper_id = r.from_paper_id)"
	  " AND NOT EXISTS (SELECT 1 FROM section s JOIN paragraph g ON g.section_id = s.id"
	  " WHERE s.paper_id = r.paper_id AND NOT EXISTS (SELECT 1 FROM section s2"
	  " JOIN paragraph g2 ON g2.section_id = s2.id WHERE s2.paper_id = r.from_paper_id"
	  " AND s2.seq = s.seq AND s2.heading = s.heading AND g2.seq = g.seq"
	  " AND g2.style = g.style AND g2.text = g.text)) AS unchanged"
	  " FROM rolled_paper r WHERE r.paper_id = :paper" },
	/* Values a signed-off paper reported that a revision later corrected,
	 * for the papers of later meetings that show them: the KPI table's
	 * quarters (the paper's year, to its quarter). `cell` is "CODE|Q";
	 * `was` and `now` are printed in the measure's unit. */
	{ "revisions", "revision", NULL,
	  "SELECT r.id AS _rowid, t.name AS theme, m.code, v.quarter,"
	  " m.code || '|' || v.quarter AS cell,"
	  " 'Q' || v.quarter || ' ' || v.fy || '/' || substr(CAST(v.fy + 1 AS TEXT), 3, 2) AS period,"
	  " CASE WHEN r.old_value IS NULL THEN 'n/a'"
	  " ELSE printf(f.column2, CAST(r.old_value AS REAL)) END AS was,"
	  " CASE WHEN r.new_value IS NULL THEN 'n/a'"
	  " ELSE printf(f.column2, CAST(r.new_value AS REAL)) END AS now,"
	  " substr(r.revised_at, 1, 10) AS revised_on, r.reason"
	  " FROM revision r JOIN measure_value v ON r.table_name = 'measure_value'"
	  " AND r.column_name = 'value'"
	  " AND r.row_key = v.measure_id || '|' || v.fy || '|' || v.quarter"
	  " JOIN measure m ON m.id = v.measure_id JOIN theme t ON t.id = m.theme_id"
	  " JOIN (VALUES ('%', '%.1f%%'), ('days', '%.1f days'), ('count', '%.0f'),"
	  " ('ratio', '%.2f'), ('£', '£%.0f'), ('score', '%.1f')) f ON f.column1 = m.unit"
	  " JOIN paper p ON p.strategy_id = t.strategy_id AND p.fy = v.fy"
	  " JOIN meeting g ON g.id = p.meeting_id"
	  " WHERE p.id = :paper AND (p.quarter IS NULL OR v.quarter <= p.quarter)"
	  " AND EXISTS (SELECT 1 FROM paper s JOIN meeting sg ON sg.id = s.meeting_id"
	  " WHERE s.strategy_id = t.strategy_id AND s.status = 'signed_off' AND s.fy = v.fy"
	  " AND (s.quarter IS NULL OR s.quarter = v.quarter) AND sg.date < g.date)"
	  " ORDER BY t.seq, m.seq, v.quarter, r.id" },
};

const struct dsdef db_list_sets[] = {
	{ "papers", "paper", NULL,
	  "SELECT p.id AS _rowid, p.id, c.name AS committee, m.date AS meeting_date,"
	  " p.agenda_item, p.title, p.status"
	  " FROM paper p JOIN meeting m ON m.id = p.meeting_id"
	  " JOIN committee c ON c.id = m.committee_id"
	  " ORDER BY m.date, c.name, CAST(p.agenda_item AS INTEGER), p.id" },
};

const size_t db_npaper_sets = sizeof db_paper_sets / sizeof db_paper_sets[0];
const size_t db_nlist_sets = sizeof db_list_sets / sizeof db_list_sets[0];

/* A meeting's agenda, for docket pack, by :meeting: the meeting, and its
 * items in agenda order; pack.c fills each public item's page. */
const struct dsdef db_meeting_sets[] = {
	{ "meeting", "meeting", NULL,
	  "SELECT m.id AS _rowid, m.id, m.date, m.venue, c.council, c.name AS committee"
	  " FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = :meeting" },
	{ "items", "paper", NULL,
	  "SELECT p.id AS _rowid, p.id, p.agenda_item, p.title, p.from_post, p.classification,"
	  " p.exempt_paragraph, o.name AS officer_name, o.post AS officer_post, NULL AS page"
	  " FROM paper p LEFT JOIN officer o ON o.id = p.officer_id"
	  " WHERE p.meeting_id = :meeting"
	  " ORDER BY CAST(p.agenda_item AS INTEGER), p.agenda_item, p.id" },
};

const size_t db_nmeeting_sets = sizeof db_meeting_sets / sizeof db_meeting_sets[0];
