-- What docket has no CSV file for yet: the committee, the strategy and its
-- themes, and the action plan with its priorities and actions.
INSERT INTO committee (id, council, name, cadence) VALUES
  (1, 'Borsetshire County Council', 'People and Performance Committee', 'quarterly');
INSERT INTO strategy (id, council, name, first_fy, last_fy) VALUES
  (1, 'Borsetshire County Council', 'Workforce Strategy 2025-28', 2025, 2027);
INSERT INTO theme (id, strategy_id, seq, name) VALUES
  (1, 1, 1, 'Recruitment'),
  (2, 1, 2, 'Wellbeing');
INSERT INTO plan (id, council, name, fy) VALUES
  (1, 'Borsetshire County Council', 'Workforce Action Plan 2025-26', 2025);
INSERT INTO priority (id, plan_id, seq, name) VALUES
  (1, 1, 1, 'Attract and recruit'),
  (2, 1, 2, 'Keep people well');
INSERT INTO action (priority_id, number, description) VALUES
  (1, '1', 'Launch a careers site'),
  (2, '2', 'Introduce a wellbeing offer');
