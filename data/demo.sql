-- docket demo data.
--
-- Load after the schema into a new database:
--   sqlite3 NEW.db < data/schema.sql
--   sqlite3 NEW.db < data/demo.sql
--
-- Where each block comes from (the councils' own published documents):
--   strategy 1, theme,        Kent County Council, "Our People Strategy
--   measure (SR1 ... CRM9)    2022-2027": themes, outcomes, the 16 KPIs and
--                             the management information (MI) measures.
--                             Units, polarities, floors, targets, benchmarks
--                             and direction methods are demo choices.
--   measure_value             INVENTED demo figures (every measure has
--                             demo = 1). They are not Kent's real results.
--   plan 1, priority, action, Kent County Council, Human Resources Divisional
--   milestone, risk           Business Plan 2013-14 (Section C and the Risks
--                             table of Section E), text verbatim. Sub-action
--                             status and progress notes are INVENTED.
--   strategy 2, plans 2-4     Cambridgeshire County Council's People Strategy
--   and their rows            (2023) and its action plan (June 2024): what
--                             the seed paper of 9 July 2024 says of them is
--                             used; their contents, KPIs and figures are
--                             INVENTED demo data (see that block).
--   officer, committee,       Cambridgeshire County Council papers (2015 and
--   meeting                   2024); invented items are marked below.
--   paper 1                   Cambridgeshire, "People Strategy Update - Action
--                             Plan", Strategy, Resources and Performance
--                             Committee, 9 July 2024: text verbatim.
--   paper 2                   Cambridgeshire, "Interim Report on Workforce
--                             Strategy", Audit & Accounts Committee,
--                             22 September 2015: text verbatim.
--   papers 3 to 6             INVENTED narrative in the style of the papers
--                             above, for demonstration only.
--   strategy 3, paper 7       Leicestershire County Council, "People Strategy
--                             2014-2017": themes, Employment Committee and
--                             the 2015/16 equality targets; figures and the
--                             paper's narrative INVENTED (see that block).
--
-- Every paper shows only its own council's plan and strategy: papers 1, 3
-- and 4 show Cambridgeshire's (plans 2, 3 and 4, strategy 2), paper 7
-- Leicestershire's (strategy 3). A paper whose figures or plan are
-- invented lists "Demo data: ..." among its source documents. Kent's
-- strategy and plan belong to no paper here: they are a second council's
-- data in the same database, for import, export and the measures' rules.

PRAGMA foreign_keys = ON;

BEGIN;

-- Officers. 1 and 2 are real (from the seed papers); 3 and 4 are INVENTED.
-- Invented phone numbers use the Ofcom drama range (07700 900xxx).
INSERT INTO officer (id, name, post, email, phone) VALUES
  (1, 'Anna Syson', 'Head of Workforce Policy and Wellbeing', 'anna.syson@cambridgeshire.gov.uk', NULL),
  (2, 'Martin Cox', 'LGSS Head of People', 'martincox@cambridgeshire.gov.uk', '07921092743'),
  (3, 'Zoë Ashworth', 'Workforce Insight and Performance Manager', 'zoe.ashworth@cambridgeshire.gov.uk', '07700 900412'),
  (4, 'Renée Okafor', 'Head of Reward and Employee Relations', 'renee.okafor@cambridgeshire.gov.uk', '07700 900587');

-- Committees of Cambridgeshire County Council.
INSERT INTO committee (id, council, name, cadence) VALUES
  (1, 'Cambridgeshire County Council', 'Staffing and Appeals Committee', 'biannual'),
  (2, 'Cambridgeshire County Council', 'Strategy, Resources and Performance Committee', 'quarterly'),
  (3, 'Cambridgeshire County Council', 'Audit and Accounts Committee', 'quarterly');

-- Meetings. Real dates: 2015-09-22 (Audit and Accounts), 2024-07-09
-- (SR&P) and 2023-11-07 (Staffing and Appeals, cited as a source document).
-- All other dates and all venues are INVENTED but plausible.
INSERT INTO meeting (id, committee_id, date, venue) VALUES
  (1, 2, '2024-07-09', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (2, 2, '2024-10-15', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (3, 2, '2025-01-28', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (4, 2, '2025-04-22', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (5, 2, '2025-07-08', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (6, 1, '2024-11-07', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (7, 1, '2025-03-18', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (8, 1, '2025-11-06', 'New Shire Hall, Alconbury Weald, Huntingdon'),
  (9, 3, '2015-09-22', 'Shire Hall, Castle Hill, Cambridge'),
  (10, 1, '2023-11-07', 'New Shire Hall, Alconbury Weald, Huntingdon');

-- ---------------------------------------------------------------------------
-- Kent County Council, Our People Strategy 2022-2027.
-- Theme outcomes are the "Outcomes" column of the strategy's core theme table,
-- joined with "; " where a theme has more than one.
INSERT INTO strategy (id, council, name, first_fy, last_fy) VALUES
  (1, 'Kent County Council', 'People Strategy 2022-2027', 2022, 2026);

INSERT INTO theme (id, strategy_id, seq, name, outcome) VALUES
  (1, 1, 1, 'Smart Resourcing', 'Our people have what they need to innovate and change'),
  (2, 1, 2, 'Maximising organisational capacity, capability and development', 'Our people are supported to be well at work; Our people are motivated and deliver well for the people of Kent'),
  (3, 1, 3, 'Creating an environment for people to join and thrive', 'We have clear career pathways to encourage young people into our organisation and our sector; Kent County Council is an Employer of Choice in the sector; Talented people are well managed and supported to develop their careers at Kent County Council'),
  (4, 1, 4, 'Complete recognition of the workforce', 'Our leaders and managers are accountable and drive the effective delivery of our services');

-- Measures. KPIs: the 16 KPIs of the strategy, names verbatim. Demo choices:
--   units: "%" for "% of ..." and rates, "days" for time to hire, training
--   days per FTE and days lost to sickness (rolling 12 months per FTE);
--   SR3 is apprenticeship starts as % of headcount against the 2.3% public
--   sector target; SR4 is % of the workforce from ethnic minority backgrounds.
--   polarity: lower is better for time to hire and sickness days.
--   SR4 (no target yet: representation against the 2021 Census still to be
--   agreed) and EJ3 (% of Higher TCP ratings: the aim is a differentiated
--   rating distribution, not simply more Higher ratings) have no floor or
--   target, so they are "not rated".
--   Survey-based KPIs are read as quarterly pulse-survey results. EJ3 is set
--   once a year, so it is flat within each year.
-- MI: the management information measures listed per theme in the strategy
-- (38 of 43; left out because they are profiles, not single figures:
-- "Diversity of candidates across all protected characteristics",
-- "Diversity across all protected characteristics", "Leadership demographics
-- - KCC workforce", "TCP profile across all protected characteristics",
-- "Leaving reasons profile"). MI have no floor or target; polarity is a demo
-- judgement where the strategy is silent (e.g. support line referrals: higher,
-- OH referrals: lower). CRM4 is the % reduction on the same quarter a year ago.
-- MI seq numbers follow the KPIs within each theme (5, 6, ...).
-- tolerance_pct is set only on SR2 (2) and CR2 (1), to exercise the column;
-- no quarter-2 2024/25 rating quoted in paper 4 depends on it.
INSERT INTO measure (id, theme_id, code, seq, name, kind, unit, polarity, floor, target, benchmark, tolerance_pct, direction, demo) VALUES
  (1, 1, 'SR1', 1, '% of employees who would recommend KCC as a great place to work', 'kpi', '%', 'higher', 55.0, 65.0, 60.0, NULL, 'trend', 1),
  (2, 1, 'SR2', 2, 'Average time to hire', 'kpi', 'days', 'lower', 60.0, 45.0, 48.0, 2.0, 'previous', 1),
  (3, 1, 'SR3', 3, 'Position against the national Apprenticeship Levy target', 'kpi', '%', 'higher', 1.8, 2.3, NULL, NULL, 'trend', 1),
  (4, 1, 'SR4', 4, 'KCC workforce representation compared to Kent (Census 2021)', 'kpi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (5, 2, 'OC1', 1, 'Training days per FTE', 'kpi', 'days', 'higher', 2.0, 3.0, 2.6, NULL, 'year_ago', 1),
  (6, 2, 'OC2', 2, '% of employees who feel they are able to access the right learning and development opportunities to support their role', 'kpi', '%', 'higher', 60.0, 70.0, NULL, NULL, 'trend', 1),
  (7, 2, 'OC3', 3, '% of employees who rated their manager positively', 'kpi', '%', 'higher', 70.0, 80.0, 77.0, NULL, 'trend', 1),
  (8, 2, 'OC4', 4, '% of managers that say that their staff have the right skills to do their role', 'kpi', '%', 'higher', 65.0, 75.0, NULL, NULL, 'previous', 1),
  (9, 3, 'EJ1', 1, '% of employees who rate their engagement with KCC positively', 'kpi', '%', 'higher', 65.0, 75.0, 71.0, NULL, 'trend', 1),
  (10, 3, 'EJ2', 2, '% of employees who are satisfied with the total employee package', 'kpi', '%', 'higher', 50.0, 60.0, NULL, NULL, 'trend', 1),
  (11, 3, 'EJ3', 3, '% of ''Higher'' TCP ratings awarded', 'kpi', '%', 'higher', NULL, NULL, NULL, NULL, 'year_ago', 1),
  (12, 3, 'EJ4', 4, '% of internal promotions', 'kpi', '%', 'higher', 25.0, 35.0, 30.0, NULL, 'previous', 1),
  (13, 4, 'CR1', 1, '% of employees who believe that KCC cares about the wellbeing of its staff', 'kpi', '%', 'higher', 60.0, 70.0, 65.0, NULL, 'trend', 1),
  (14, 4, 'CR2', 2, 'Average days lost to staff sickness', 'kpi', 'days', 'lower', 9.5, 8.0, 9.2, 1.0, 'year_ago', 1),
  (15, 4, 'CR3', 3, '% of employees who believe they achieve a good work-life balance', 'kpi', '%', 'higher', 65.0, 75.0, NULL, NULL, 'trend', 1),
  (16, 4, 'CR4', 4, '% of employees who feel their manager supports their wellbeing / Mental Health', 'kpi', '%', 'higher', 70.0, 80.0, 78.0, NULL, 'trend', 1),
  (17, 1, 'SRM1', 5, '% of candidates that had a positive recruitment experience', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (18, 1, 'SRM2', 6, 'Number of candidates engaged with our recruitment social media platforms', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (19, 1, 'SRM3', 7, 'Number of ''hits'' on KCC recruitment website', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (20, 1, 'SRM4', 8, 'Number of jobs advertised with flexible working conditions', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (21, 1, 'SRM5', 9, 'Internal: External candidate hired ratio', 'mi', 'ratio', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (22, 1, 'SRM6', 10, 'Number of ''Young People'' hired', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (23, 1, 'SRM7', 11, 'Voluntary Turnover rate for apprentices', 'mi', '%', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (24, 1, 'SRM8', 12, 'Voluntary Turnover rate for graduates', 'mi', '%', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (25, 1, 'SRM9', 13, '% of employees who feel they are empowered to work flexibly', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (26, 2, 'OCM1', 5, 'Gender pay gap across council employees', 'mi', '%', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (27, 2, 'OCM2', 6, 'Representation of BAME and disabled staff in the leadership group', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (28, 2, 'OCM3', 7, 'Number of case managements across all protected characteristics', 'mi', 'count', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (29, 2, 'OCM4', 8, '% of employees who rate the culture of KCC positively', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (30, 2, 'OCM5', 9, 'Number of digital champions', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (31, 2, 'OCM6', 10, 'Number of e-learning courses undertaken', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (32, 2, 'OCM7', 11, 'Number of virtual/face to face training courses undertaken', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (33, 2, 'OCM8', 12, 'Employee: Manager training referrals ratio', 'mi', 'ratio', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (34, 3, 'EJM1', 5, 'Turnover rate for all employees', 'mi', '%', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (35, 3, 'EJM2', 6, 'Voluntary turnover rate for all employees', 'mi', '%', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (36, 3, 'EJM3', 7, 'Staff survey participation rate', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (37, 3, 'EJM4', 8, '% of employees who feel that they are appropriately rewarded/paid for the role that they do', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (38, 3, 'EJM5', 9, '% of ''Higher'' TCP ratings awarded for managers', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (39, 3, 'EJM6', 10, 'Number of Staff Awards/Because of you posts', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (40, 3, 'EJM7', 11, '% of employees who feel they can progress within KCC', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (41, 3, 'EJM8', 12, 'Number of employees engaged with ''Aspire''', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (42, 3, 'EJM9', 13, 'Number of employees engaged with the ''Black and Minority Ethnic Forum''', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (43, 3, 'EJM10', 14, 'Number of employees engaged with ''Level Playing Field''', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (44, 3, 'EJM11', 15, 'Number of employees engaged with ''Rainbow''', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (45, 3, 'EJM12', 16, 'Number of employees currently on ''loan'' to another team', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (46, 4, 'CRM1', 5, 'Average days lost to MSK sickness', 'mi', 'days', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (47, 4, 'CRM2', 6, 'Average days lost to Mental Health related sickness', 'mi', 'days', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (48, 4, 'CRM3', 7, 'Number of support line referrals', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (49, 4, 'CRM4', 8, 'Reduction in workplace accident and incident reports', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (50, 4, 'CRM5', 9, '% of employees engaged with resilience training', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (51, 4, 'CRM6', 10, '% of employees engaged with Mental Health related training', 'mi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (52, 4, 'CRM7', 11, 'Number of employees using carers leave', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1),
  (53, 4, 'CRM8', 12, 'Number of OH referrals', 'mi', 'count', 'lower', NULL, NULL, NULL, NULL, 'trend', 1),
  (54, 4, 'CRM9', 13, 'Number of employees engaged with the ''Mental Health Support Network''', 'mi', 'count', 'higher', NULL, NULL, NULL, NULL, 'trend', 1);

-- Measure values: INVENTED demo figures, financial years 2023/24 and 2024/25.
-- NULL means "not available" (see note).
INSERT INTO measure_value (measure_id, fy, quarter, value, note) VALUES
  (1, 2023, 1, 58.2, NULL),
  (1, 2023, 2, 59.0, NULL),
  (1, 2023, 3, NULL, 'Pulse survey not run this quarter: full staff survey in the field'),
  (1, 2023, 4, 60.4, NULL),
  (1, 2024, 1, 61.1, NULL),
  (1, 2024, 2, 62.3, NULL),
  (1, 2024, 3, 63.0, NULL),
  (1, 2024, 4, 64.2, NULL),
  (2, 2023, 1, 52.4, NULL),
  (2, 2023, 2, 50.1, NULL),
  (2, 2023, 3, 49.5, NULL),
  (2, 2023, 4, 47.8, NULL),
  (2, 2024, 1, 46.2, NULL),
  (2, 2024, 2, 44.6, NULL),
  (2, 2024, 3, 43.9, NULL),
  (2, 2024, 4, 45.3, NULL),
  (3, 2023, 1, 1.6, NULL),
  (3, 2023, 2, 1.7, NULL),
  (3, 2023, 3, 1.7, NULL),
  (3, 2023, 4, 1.8, NULL),
  (3, 2024, 1, 1.7, NULL),
  (3, 2024, 2, 1.6, NULL),
  (3, 2024, 3, 1.6, NULL),
  (3, 2024, 4, 1.5, NULL),
  (4, 2023, 1, 8.1, NULL),
  (4, 2023, 2, 8.2, NULL),
  (4, 2023, 3, 8.2, NULL),
  (4, 2023, 4, 8.4, NULL),
  (4, 2024, 1, 8.5, NULL),
  (4, 2024, 2, 8.7, NULL),
  (4, 2024, 3, 8.8, NULL),
  (4, 2024, 4, 8.9, NULL),
  (5, 2023, 1, 2.4, NULL),
  (5, 2023, 2, 2.5, NULL),
  (5, 2023, 3, 2.6, NULL),
  (5, 2023, 4, 2.8, NULL),
  (5, 2024, 1, 2.9, NULL),
  (5, 2024, 2, 3.1, NULL),
  (5, 2024, 3, 3.2, NULL),
  (5, 2024, 4, 3.3, NULL),
  (6, 2023, 1, 63.5, NULL),
  (6, 2023, 2, 64.0, NULL),
  (6, 2023, 3, 64.8, NULL),
  (6, 2023, 4, 65.2, NULL),
  (6, 2024, 1, 66.0, NULL),
  (6, 2024, 2, 67.1, NULL),
  (6, 2024, 3, 68.4, NULL),
  (6, 2024, 4, 70.2, NULL),
  (7, 2023, 1, 81.2, NULL),
  (7, 2023, 2, 81.9, NULL),
  (7, 2023, 3, 82.4, NULL),
  (7, 2023, 4, 82.0, NULL),
  (7, 2024, 1, 82.8, NULL),
  (7, 2024, 2, 83.1, NULL),
  (7, 2024, 3, 82.6, NULL),
  (7, 2024, 4, 83.4, NULL),
  (8, 2023, 1, 68.0, NULL),
  (8, 2023, 2, 67.4, NULL),
  (8, 2023, 3, 66.9, NULL),
  (8, 2023, 4, 66.1, NULL),
  (8, 2024, 1, 65.3, NULL),
  (8, 2024, 2, 64.2, NULL),
  (8, 2024, 3, 63.8, NULL),
  (8, 2024, 4, 62.9, NULL),
  (9, 2023, 1, 72.1, NULL),
  (9, 2023, 2, 72.8, NULL),
  (9, 2023, 3, 73.0, NULL),
  (9, 2023, 4, 73.6, NULL),
  (9, 2024, 1, 74.2, NULL),
  (9, 2024, 2, 74.9, NULL),
  (9, 2024, 3, 75.3, NULL),
  (9, 2024, 4, 75.8, NULL),
  (10, 2023, 1, 54.0, NULL),
  (10, 2023, 2, 52.6, NULL),
  (10, 2023, 3, 51.2, NULL),
  (10, 2023, 4, 49.8, NULL),
  (10, 2024, 1, 48.5, NULL),
  (10, 2024, 2, 47.9, NULL),
  (10, 2024, 3, 49.0, NULL),
  (10, 2024, 4, 50.3, NULL),
  (11, 2023, 1, 23.8, NULL),
  (11, 2023, 2, 23.8, NULL),
  (11, 2023, 3, 23.8, NULL),
  (11, 2023, 4, 23.8, NULL),
  (11, 2024, 1, 21.5, NULL),
  (11, 2024, 2, 21.5, NULL),
  (11, 2024, 3, 21.5, NULL),
  (11, 2024, 4, 21.5, NULL),
  (12, 2023, 1, 31.2, NULL),
  (12, 2023, 2, 33.5, NULL),
  (12, 2023, 3, 29.8, NULL),
  (12, 2023, 4, 34.1, NULL),
  (12, 2024, 1, 36.2, NULL),
  (12, 2024, 2, 35.4, NULL),
  (12, 2024, 3, 37.0, NULL),
  (12, 2024, 4, 34.6, NULL),
  (13, 2023, 1, 66.3, NULL),
  (13, 2023, 2, 67.0, NULL),
  (13, 2023, 3, 67.8, NULL),
  (13, 2023, 4, 68.2, NULL),
  (13, 2024, 1, 69.5, NULL),
  (13, 2024, 2, 70.4, NULL),
  (13, 2024, 3, 71.0, NULL),
  (13, 2024, 4, 71.6, NULL),
  (14, 2023, 1, 8.9, NULL),
  (14, 2023, 2, 9.1, NULL),
  (14, 2023, 3, 9.6, NULL),
  (14, 2023, 4, 9.4, NULL),
  (14, 2024, 1, 9.0, NULL),
  (14, 2024, 2, 9.3, NULL),
  (14, 2024, 3, 9.8, NULL),
  (14, 2024, 4, 9.7, NULL),
  (15, 2023, 1, 74.8, NULL),
  (15, 2023, 2, 75.6, NULL),
  (15, 2023, 3, 76.1, NULL),
  (15, 2023, 4, 75.9, NULL),
  (15, 2024, 1, 76.5, NULL),
  (15, 2024, 2, 77.0, NULL),
  (15, 2024, 3, 76.2, NULL),
  (15, 2024, 4, 76.8, NULL),
  (16, 2023, 1, 78.0, NULL),
  (16, 2023, 2, 78.4, NULL),
  (16, 2023, 3, 79.1, NULL),
  (16, 2023, 4, 79.5, NULL),
  (16, 2024, 1, 80.3, NULL),
  (16, 2024, 2, 80.1, NULL),
  (16, 2024, 3, NULL, 'Question not asked in this quarter’s pulse survey'),
  (16, 2024, 4, 81.0, NULL);

INSERT INTO measure_value (measure_id, fy, quarter, value, note) VALUES
  (17, 2023, 1, 78.0, NULL),
  (17, 2023, 2, 78.3, NULL),
  (17, 2023, 3, 80.0, NULL),
  (17, 2023, 4, 79.9, NULL),
  (17, 2024, 1, 80.9, NULL),
  (17, 2024, 2, 81.1, NULL),
  (17, 2024, 3, 82.9, NULL),
  (17, 2024, 4, 83.0, NULL),
  (18, 2023, 1, 4200, NULL),
  (18, 2023, 2, 4529, NULL),
  (18, 2023, 3, 4910, NULL),
  (18, 2023, 4, 4988, NULL),
  (18, 2024, 1, 5141, NULL),
  (18, 2024, 2, 5633, NULL),
  (18, 2024, 3, 5683, NULL),
  (18, 2024, 4, 6100, NULL),
  (19, 2023, 1, 188000, NULL),
  (19, 2023, 2, 186416, NULL),
  (19, 2023, 3, 186985, NULL),
  (19, 2023, 4, 198695, NULL),
  (19, 2024, 1, 210291, NULL),
  (19, 2024, 2, 195243, NULL),
  (19, 2024, 3, 198050, NULL),
  (19, 2024, 4, 221000, NULL),
  (20, 2023, 1, 410, NULL),
  (20, 2023, 2, 434, NULL),
  (20, 2023, 3, 452, NULL),
  (20, 2023, 4, 478, NULL),
  (20, 2024, 1, 500, NULL),
  (20, 2024, 2, 513, NULL),
  (20, 2024, 3, 525, NULL),
  (20, 2024, 4, 560, NULL),
  (21, 2023, 1, 0.38, NULL),
  (21, 2023, 2, 0.4, NULL),
  (21, 2023, 3, 0.4, NULL),
  (21, 2023, 4, 0.43, NULL),
  (21, 2024, 1, 0.42, NULL),
  (21, 2024, 2, 0.45, NULL),
  (21, 2024, 3, 0.46, NULL),
  (21, 2024, 4, 0.46, NULL),
  (22, 2023, 1, 95, NULL),
  (22, 2023, 2, 118, NULL),
  (22, 2023, 3, 97, NULL),
  (22, 2023, 4, 87, NULL),
  (22, 2024, 1, 114, NULL),
  (22, 2024, 2, 134, NULL),
  (22, 2024, 3, 112, NULL),
  (22, 2024, 4, 105, NULL),
  (23, 2023, 1, 14.5, NULL),
  (23, 2023, 2, 14.4, NULL),
  (23, 2023, 3, 13.6, NULL),
  (23, 2023, 4, 13.2, NULL),
  (23, 2024, 1, 13.2, NULL),
  (23, 2024, 2, 13.0, NULL),
  (23, 2024, 3, 12.0, NULL),
  (23, 2024, 4, 12.1, NULL),
  (24, 2023, 1, 9.8, NULL),
  (24, 2023, 2, 10.1, NULL),
  (24, 2023, 3, 10.1, NULL),
  (24, 2023, 4, 10.6, NULL),
  (24, 2024, 1, 10.3, NULL),
  (24, 2024, 2, 10.5, NULL),
  (24, 2024, 3, 10.9, NULL),
  (24, 2024, 4, 11.2, NULL),
  (25, 2023, 1, 81.0, NULL),
  (25, 2023, 2, 81.1, NULL),
  (25, 2023, 3, 82.3, NULL),
  (25, 2023, 4, 81.8, NULL),
  (25, 2024, 1, 82.9, NULL),
  (25, 2024, 2, 83.4, NULL),
  (25, 2024, 3, 83.7, NULL),
  (25, 2024, 4, 84.0, NULL),
  (26, 2023, 1, 10.2, NULL),
  (26, 2023, 2, 9.9, NULL),
  (26, 2023, 3, 9.8, NULL),
  (26, 2023, 4, 9.5, NULL),
  (26, 2024, 1, 9.4, NULL),
  (26, 2024, 2, 9.3, NULL),
  (26, 2024, 3, 9.0, NULL),
  (26, 2024, 4, 8.9, NULL),
  (27, 2023, 1, 9.1, NULL),
  (27, 2023, 2, 9.1, NULL),
  (27, 2023, 3, 9.6, NULL),
  (27, 2023, 4, 9.7, NULL),
  (27, 2024, 1, 9.7, NULL),
  (27, 2024, 2, 9.9, NULL),
  (27, 2024, 3, 10.1, NULL),
  (27, 2024, 4, 10.4, NULL),
  (28, 2023, 1, 142, NULL),
  (28, 2023, 2, 140, NULL),
  (28, 2023, 3, 137, NULL),
  (28, 2023, 4, 131, NULL),
  (28, 2024, 1, 137, NULL),
  (28, 2024, 2, 132, NULL),
  (28, 2024, 3, 129, NULL),
  (28, 2024, 4, 128, NULL),
  (29, 2023, 1, 68.5, NULL),
  (29, 2023, 2, 68.6, NULL),
  (29, 2023, 3, 69.1, NULL),
  (29, 2023, 4, 69.7, NULL),
  (29, 2024, 1, 70.2, NULL),
  (29, 2024, 2, 71.0, NULL),
  (29, 2024, 3, 70.4, NULL),
  (29, 2024, 4, 71.2, NULL),
  (30, 2023, 1, 85, NULL),
  (30, 2023, 2, 96, NULL),
  (30, 2023, 3, 106, NULL),
  (30, 2023, 4, 120, NULL),
  (30, 2024, 1, 126, NULL),
  (30, 2024, 2, 140, NULL),
  (30, 2024, 3, 149, NULL),
  (30, 2024, 4, 160, NULL),
  (31, 2023, 1, 23000, NULL),
  (31, 2023, 2, 23189, NULL),
  (31, 2023, 3, 25436, NULL),
  (31, 2023, 4, 29944, NULL),
  (31, 2024, 1, 24044, NULL),
  (31, 2024, 2, 23693, NULL),
  (31, 2024, 3, 28702, NULL),
  (31, 2024, 4, 31300, NULL),
  (32, 2023, 1, 3200, NULL),
  (32, 2023, 2, 2872, NULL),
  (32, 2023, 3, 3136, NULL),
  (32, 2023, 4, 3167, NULL),
  (32, 2024, 1, 3192, NULL),
  (32, 2024, 2, 2727, NULL),
  (32, 2024, 3, 3076, NULL),
  (32, 2024, 4, 2950, NULL),
  (33, 2023, 1, 1.6, NULL),
  (33, 2023, 2, 1.71, NULL),
  (33, 2023, 3, 1.74, NULL),
  (33, 2023, 4, 1.78, NULL),
  (33, 2024, 1, 1.94, NULL),
  (33, 2024, 2, 1.9, NULL),
  (33, 2024, 3, 2.0, NULL),
  (33, 2024, 4, 2.1, NULL),
  (34, 2023, 1, 15.2, NULL),
  (34, 2023, 2, 14.9, NULL),
  (34, 2023, 3, 14.8, NULL),
  (34, 2023, 4, 14.3, NULL),
  (34, 2024, 1, 14.3, NULL),
  (34, 2024, 2, 14.0, NULL),
  (34, 2024, 3, 13.6, NULL),
  (34, 2024, 4, 13.4, NULL),
  (35, 2023, 1, 11.8, NULL),
  (35, 2023, 2, 11.5, NULL),
  (35, 2023, 3, 11.5, NULL),
  (35, 2023, 4, 11.0, NULL),
  (35, 2024, 1, 10.8, NULL),
  (35, 2024, 2, 10.7, NULL),
  (35, 2024, 3, 10.2, NULL),
  (35, 2024, 4, 10.1, NULL),
  (36, 2023, 1, 38.0, NULL),
  (36, 2023, 2, 40.0, NULL),
  (36, 2023, 3, 41.7, NULL),
  (36, 2023, 4, 40.8, NULL),
  (36, 2024, 1, 42.3, NULL),
  (36, 2024, 2, 43.0, NULL),
  (36, 2024, 3, 45.2, NULL),
  (36, 2024, 4, 46.0, NULL),
  (37, 2023, 1, 44.5, NULL),
  (37, 2023, 2, 44.6, NULL),
  (37, 2023, 3, 44.1, NULL),
  (37, 2023, 4, 43.2, NULL),
  (37, 2024, 1, 42.1, NULL),
  (37, 2024, 2, 41.9, NULL),
  (37, 2024, 3, 42.0, NULL),
  (37, 2024, 4, 41.0, NULL),
  (38, 2023, 1, 28.4, NULL),
  (38, 2023, 2, 28.4, NULL),
  (38, 2023, 3, 28.4, NULL),
  (38, 2023, 4, 28.4, NULL),
  (38, 2024, 1, 26.9, NULL),
  (38, 2024, 2, 26.9, NULL),
  (38, 2024, 3, 26.9, NULL),
  (38, 2024, 4, 26.9, NULL),
  (39, 2023, 1, 310, NULL),
  (39, 2023, 2, 329, NULL),
  (39, 2023, 3, 328, NULL),
  (39, 2023, 4, 360, NULL),
  (39, 2024, 1, 385, NULL),
  (39, 2024, 2, 374, NULL),
  (39, 2024, 3, 403, NULL),
  (39, 2024, 4, 420, NULL),
  (40, 2023, 1, 47.0, NULL),
  (40, 2023, 2, 47.6, NULL),
  (40, 2023, 3, 48.8, NULL),
  (40, 2023, 4, 49.2, NULL),
  (40, 2024, 1, 49.6, NULL),
  (40, 2024, 2, 50.8, NULL),
  (40, 2024, 3, 51.5, NULL),
  (40, 2024, 4, 52.0, NULL),
  (41, 2023, 1, 180, NULL),
  (41, 2023, 2, 186, NULL),
  (41, 2023, 3, 198, NULL),
  (41, 2023, 4, 210, NULL),
  (41, 2024, 1, 217, NULL),
  (41, 2024, 2, 226, NULL),
  (41, 2024, 3, 232, NULL),
  (41, 2024, 4, 240, NULL),
  (42, 2023, 1, 210, NULL),
  (42, 2023, 2, 222, NULL),
  (42, 2023, 3, 225, NULL),
  (42, 2023, 4, 233, NULL),
  (42, 2024, 1, 238, NULL),
  (42, 2024, 2, 247, NULL),
  (42, 2024, 3, 257, NULL),
  (42, 2024, 4, 265, NULL),
  (43, 2023, 1, 150, NULL),
  (43, 2023, 2, 155, NULL),
  (43, 2023, 3, 158, NULL),
  (43, 2023, 4, 165, NULL),
  (43, 2024, 1, 167, NULL),
  (43, 2024, 2, 177, NULL),
  (43, 2024, 3, 177, NULL),
  (43, 2024, 4, 185, NULL),
  (44, 2023, 1, 170, NULL),
  (44, 2023, 2, 174, NULL),
  (44, 2023, 3, 185, NULL),
  (44, 2023, 4, 192, NULL),
  (44, 2024, 1, 207, NULL),
  (44, 2024, 2, 217, NULL),
  (44, 2024, 3, 223, NULL),
  (44, 2024, 4, 230, NULL),
  (45, 2023, 1, 38, NULL),
  (45, 2023, 2, 40, NULL),
  (45, 2023, 3, 42, NULL),
  (45, 2023, 4, 47, NULL),
  (45, 2024, 1, 48, NULL),
  (45, 2024, 2, 46, NULL),
  (45, 2024, 3, 52, NULL),
  (45, 2024, 4, 52, NULL),
  (46, 2023, 1, 1.6, NULL),
  (46, 2023, 2, 1.7, NULL),
  (46, 2023, 3, 1.7, NULL),
  (46, 2023, 4, 1.7, NULL),
  (46, 2024, 1, 1.7, NULL),
  (46, 2024, 2, 1.7, NULL),
  (46, 2024, 3, 1.8, NULL),
  (46, 2024, 4, 1.8, NULL),
  (47, 2023, 1, 2.7, NULL),
  (47, 2023, 2, 2.8, NULL),
  (47, 2023, 3, 2.8, NULL),
  (47, 2023, 4, 2.8, NULL),
  (47, 2024, 1, 2.9, NULL),
  (47, 2024, 2, 3.0, NULL),
  (47, 2024, 3, 3.1, NULL),
  (47, 2024, 4, 3.1, NULL),
  (48, 2023, 1, 420, NULL),
  (48, 2023, 2, 441, NULL),
  (48, 2023, 3, 440, NULL),
  (48, 2023, 4, 468, NULL),
  (48, 2024, 1, 478, NULL),
  (48, 2024, 2, 477, NULL),
  (48, 2024, 3, 479, NULL),
  (48, 2024, 4, 510, NULL),
  (49, 2023, 1, NULL, 'Not available: first quarter on the new incident reporting system, no comparable prior-year data'),
  (49, 2023, 2, 4.6, NULL),
  (49, 2023, 3, 5.0, NULL),
  (49, 2023, 4, 5.5, NULL),
  (49, 2024, 1, 4.6, NULL),
  (49, 2024, 2, 6.1, NULL),
  (49, 2024, 3, 7.2, NULL),
  (49, 2024, 4, 6.8, NULL),
  (50, 2023, 1, 12.0, NULL),
  (50, 2023, 2, 13.3, NULL),
  (50, 2023, 3, 14.3, NULL),
  (50, 2023, 4, 15.8, NULL),
  (50, 2024, 1, 17.2, NULL),
  (50, 2024, 2, 18.5, NULL),
  (50, 2024, 3, 19.4, NULL),
  (50, 2024, 4, 21.0, NULL),
  (51, 2023, 1, 18.0, NULL),
  (51, 2023, 2, 19.4, NULL),
  (51, 2023, 3, 20.8, NULL),
  (51, 2023, 4, 23.0, NULL),
  (51, 2024, 1, 24.5, NULL),
  (51, 2024, 2, 26.1, NULL),
  (51, 2024, 3, 27.3, NULL),
  (51, 2024, 4, 29.0, NULL),
  (52, 2023, 1, 60, NULL),
  (52, 2023, 2, 69, NULL),
  (52, 2023, 3, 67, NULL),
  (52, 2023, 4, 78, NULL),
  (52, 2024, 1, 82, NULL),
  (52, 2024, 2, 82, NULL),
  (52, 2024, 3, 93, NULL),
  (52, 2024, 4, 95, NULL),
  (53, 2023, 1, 190, NULL),
  (53, 2023, 2, 189, NULL),
  (53, 2023, 3, 199, NULL),
  (53, 2023, 4, 206, NULL),
  (53, 2024, 1, 203, NULL),
  (53, 2024, 2, 216, NULL),
  (53, 2024, 3, 218, NULL),
  (53, 2024, 4, 225, NULL),
  (54, 2023, 1, 140, NULL),
  (54, 2023, 2, 155, NULL),
  (54, 2023, 3, 163, NULL),
  (54, 2023, 4, 176, NULL),
  (54, 2024, 1, 191, NULL),
  (54, 2024, 2, 206, NULL),
  (54, 2024, 3, 217, NULL),
  (54, 2024, 4, 230, NULL);

-- ---------------------------------------------------------------------------
-- Kent County Council, Human Resources Divisional Business Plan 2013-14
-- (Directorate: Business Strategy and Support). Priorities, actions,
-- officers, dates and milestones verbatim from Section C, risks from
-- Section E (seed typos such as "April13" and "KIIASS" kept as written).
-- Action ids: action N has id N; sub-action N.M has id N*100+M.
INSERT INTO plan (id, council, name, division, fy) VALUES
  (1, 'Kent County Council', 'Human Resources Divisional Business Plan 2013-14', 'Human Resources', 2013);

INSERT INTO priority (id, plan_id, seq, name, description) VALUES
  (1, 1, 1, 'Prevention', 'HR contribution and support to preventative transformation programmes'),
  (2, 1, 2, 'Productivity', 'Ensuring efficient systems and processes, invest to save/value for money, smarter ways of working and contributing to transformation programmes'),
  (3, 1, 3, 'Partnership', 'HR participation in building local internal and external partnerships, governance, partnership projects and programmes and relationships with central government'),
  (4, 1, 4, 'Procurement', 'Efficient commissioning and procurement processes, best value and contract management'),
  (5, 1, 5, 'People', 'Improving customer relationships, using customer focussed processes, embedding the Customer Services Strategy, change management and cultural and behavioural change'),
  (6, 1, 6, 'Financial and Policy Challenges', 'Deliver savings targets, manage demand and capacity with reduced resources and generate income');

-- Top-level actions: status on_track, progress NULL (docket may roll up).
-- Sub-actions: status and progress are INVENTED demo entries.
INSERT INTO action (id, priority_id, parent_id, number, description, officer, start, finish, status, progress) VALUES
  (1, 1, NULL, '1', 'HR''s specific contribution and support to preventative transformation programmes (e.g. Troubled Families, FSC Adults Transformation and Kent Integrated Adolescent Support Services)', NULL, NULL, NULL, 'on_track', NULL),
  (101, 1, 1, '1.1', 'Lead the HR and Workforce Development work stream for the Troubled Families programme', 'Geraldine Vary', 'To be agreed – subject to directorate Business Plans', '2014', 'not_started', 'The start date is still to be agreed through the directorate business plans; a scoping meeting with the programme lead has been arranged.'),
  (102, 1, 1, '1.2', 'Lead the HR and Workforce Development work stream for the Adults Transformation Programme', 'Karen Ray', 'January 2012', 'On-going to March 2015', 'on_track', 'The HR and workforce development workstream meets monthly and all current programme plan milestones have been met.'),
  (103, 1, 1, '1.3', 'Lead the HR and Workforce Development work stream for the KIIASS (Kent Integrated Adolescent Support Services) Programme', 'Karen Watson', 'January 2013 (Phase 2)', 'Ongoing into 2014', 'on_track', 'Phase 2 staffing changes are being supported through consultation, and the new team structures are due to go live as planned.'),
  (2, 1, NULL, '2', 'Improving recruitment and retention of staff and workforce development within high need areas of business, supporting the Children''s Improvement Plan', NULL, NULL, NULL, 'on_track', NULL),
  (201, 1, 2, '2.1', 'HRBC support to Children''s Social Worker recruitment campaign', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'at_risk', 'The campaign has generated good interest but too few applicants are converting to appointments, and agency cover is still needed in two districts.'),
  (202, 1, 2, '2.2', 'HRBC and OD support on the delivery of workforce development in Children''s Specialist Services', 'Jackie Turner Robinson and Julie Cudmore', 'April 2013', 'March 2014', 'on_track', 'The training plan for Specialist Children’s Services is agreed and the first two cohorts of the practice development programme have started.'),
  (203, 1, 2, '2.3', 'Support retention of staff within Children''s Specialist Services', 'Nigel Fairburn', 'April 2013', 'March 2014', 'complete', 'The turnover analysis is complete and the retention measures we proposed have been agreed by the directorate management team.'),
  (3, 1, NULL, '3', 'Delivery of Health and Safety Work Programme to engage managers/teams and support compliance and quality in service provision', NULL, NULL, NULL, 'on_track', NULL),
  (301, 1, 3, '3.1', 'Development and Delivery of Wellbeing Strategy as part of the OD and People Plan', 'Nigel Fairburn and Paul Royel', 'April 2013', 'March 2014 and ongoing', 'complete', 'The Wellbeing Strategy was agreed in May and the first quarter of the supporting programme has been delivered.'),
  (302, 1, 3, '3.2', 'Completion of Specialist Children''s Services risk profiling project through to audit stage', 'Helen Bale', 'April 2013', 'September 2013', 'complete', 'The risk profiling project is complete and audit reports have been issued to the service managers concerned.'),
  (303, 1, 3, '3.3', 'Corporate themed audit programme undertaken across schools and other sectors', 'Helen Bale', 'September 2013', 'January 2014', 'on_track', 'Themed audits have been scheduled across schools and other sectors, and the first visits are under way.'),
  (304, 1, 3, '3.4', 'Pressure management team intervention programme delivered', 'Helen Bale', 'May 2013', 'February 2014', 'on_track', 'Pressure management interventions have been delivered to six teams so far, with a further four booked.'),
  (4, 2, NULL, '4', 'Promote self-sufficiency for staff and managers', NULL, NULL, NULL, 'on_track', NULL),
  (401, 2, 4, '4.1', 'Produce tools for managers e.g. "how to..." management guides to support self-sufficiency and supporting engagement', 'Paul Royel', 'April 2013', 'March 2014', 'complete', 'Eight new “how to…” guides for managers have been published on KNet, covering change, attendance and performance.'),
  (402, 2, 4, '4.2', 'Provide consultancy and interventions such as the use of Webinars to managers to support and enable greater self-sufficiency in the management of change and performance', 'Paul Royel', 'April 2013', 'March 2014', 'on_track', 'The quarterly webinar programme is running to plan, with around 60 managers joining each session.'),
  (403, 2, 4, '4.3', 'Support the development and provision of training programmes and opportunities to secure competence and confidence in managing health and safety and its practical applications', 'Helen Bale, Julie Cudmore and Jackie Turner-Robinson', 'April 2013', 'March 2014 and onwards', 'at_risk', 'Procurement of a training provider has slipped while the budget is confirmed, which may delay the first courses.'),
  (5, 2, NULL, '5', 'Develop an appropriate workforce strategy for KCC for the short and longer term with emphasis on building capacity', NULL, NULL, NULL, 'on_track', NULL),
  (501, 2, 5, '5.1', 'Deliver an integrated workforce strategy that will form part of KCC''s Organisation Development and People Plan', 'Nigel Fairburn', 'April 2013', 'March 2014', 'on_track', 'A draft integrated workforce strategy has been shared with the OD Groups for comment before it goes to Corporate Management Team.'),
  (502, 2, 5, '5.2', 'Develop models for workforce planning and succession planning that will support managers in building capacity and deliver through the OD Groups', 'Nigel Fairburn/ Julie Cudmore', 'April 2013', 'March 2014', 'on_track', 'The workforce planning toolkit has been piloted in two directorates and is being refined in the light of their feedback.'),
  (503, 2, 5, '5.3', 'Develop and implement a workforce development strategy and annual training plans to build capacity across KCC and deliver through the OD Groups.', 'Julie Cudmore', 'April 2013', 'March 2014', 'complete', 'The workforce development strategy and annual training plans are agreed and are being delivered through the OD Groups.'),
  (504, 2, 5, '5.4', 'Develop new Job Profiles based on the principles of DMA (Decision Making Authority) which will be multi-functional in their application, covering processes including recruitment, job evaluation, succession planning etc', 'Paul Royel', 'April 2013', 'Incremental application through year as determined by restructures to March 2014', 'at_risk', 'New job profiles are being written as restructures proceed, but the volume of change means some are behind schedule.'),
  (505, 2, 5, '5.5', 'Continued development of Kent Manager linking to succession planning and talent management and making KCC fit for the future', 'Julie Cudmore', 'April 2013', 'March 2014', 'on_track', 'Phase 1 of Kent Manager is being evaluated and design work on Phase 2 has started.'),
  (6, 2, NULL, '6', 'Improve the cost-effectiveness of HR', NULL, NULL, NULL, 'on_track', NULL),
  (601, 2, 6, '6.1', 'Continue the development of Oracle self-service in accordance with Project Plan', 'Jackie Turner-Robinson and Paul Royel', 'April 2013', 'March 2014', 'on_track', 'Self-service absence recording went live in October and expenses will follow in the next release.'),
  (602, 2, 6, '6.2', 'Oracle self-service developed for schools (dependent on provision of remote access solution (ICT)) in accordance with Project Plan', 'Jackie Turner-Robinson and Paul Royel', 'July 2013', 'September 2013', 'off_track', 'Self-service for schools cannot go ahead until ICT provides the remote access solution, which is now running late.'),
  (603, 2, 6, '6.3', 'Oracle system development to monitor Social Worker details', 'Paul Royel', 'July 2013', 'September 2013', 'complete', 'The Oracle changes to record Social Worker registration details are live and managers can now report on them.'),
  (604, 2, 6, '6.4', 'KCC system development (One View) to manage assets held by staff and timely notification of staffing changes to other parts of KCC to support their key processes (e.g. system access and building entry)', 'Paul Royel', 'October 2013', 'December 2013', 'not_started', 'Work on One View will start once the system requirements have been agreed with ICT and Property.'),
  (7, 2, NULL, '7', 'Increase efficiency and effectiveness of core business activity (see also Priority 5 – Action 6)', NULL, NULL, NULL, 'on_track', NULL),
  (701, 2, 7, '7.1', 'Enhance and improve the TCP process through better system functionality. Ensure that business processes integrate with activity to improve the rating distribution profile to show greater differentiation', 'Paul Royel/ Business Partners', 'October 2013', 'March 2014 and into 2014/15', 'on_track', 'The TCP system changes have been specified with ICT and guidance on differentiating ratings has been issued to managers.'),
  (702, 2, 7, '7.2', 'Provide Learning and Development activity, working through OD groups, to enhance performance', 'Jackie Turner-Robinson, Julie Cudmore and Business Partners', 'April 2013', 'March 2014', 'on_track', 'Learning and development activity is being delivered through the OD Groups in line with the training plans.'),
  (703, 2, 7, '7.3', 'Continue to review employment policy and procedures and carry out identified projects in accordance with annual schedule', 'Paul Royel', 'April 2013', 'March 2014', 'complete', 'This year’s policy review schedule has been completed, including the revised Attendance Management policy.'),
  (8, 2, NULL, '8', 'Support structural and cultural organisational change across KCC', NULL, NULL, NULL, 'on_track', NULL),
  (801, 2, 8, '8.1', 'Support managers to deliver cultural and organisational change through new ways of working and by influencing behavioural norms. Enhance understanding and capacity through discussions about workforce planning and expectations. Timing informed by specific transformation agendas.', 'Paul Royel, Nigel Fairburn and Julie Cudmore', 'April 2013', 'March 2014', 'on_track', 'Business Partners are supporting managers in every directorate through restructures, using the DMA model in each case.'),
  (9, 2, NULL, '9', 'Facilitate New Work Spaces programme through appropriate HR interventions including Health and Safety standards', NULL, NULL, NULL, 'on_track', NULL),
  (901, 2, 9, '9.1', 'Lead the people management workstreams of the New Work Spaces Programme, including communication/consultation, staff forecasting, change management, training for managers and staff, and terms and conditions issues.', 'Paul Royel/HR Business Partners/Helen Bale', 'April13', 'March 2014', 'on_track', 'Staff forecasting and consultation for the first New Work Spaces moves are complete, and manager training is under way.'),
  (902, 2, 9, '9.2', 'Support the cultural implications and new work and management practices that the New Work Spaces Programme will require', 'Nigel Fairburn', 'April 2013', 'March 2014', 'on_track', 'A guide for managers on working in the new work spaces has been drafted with the programme team.'),
  (10, 3, NULL, '10', 'Improve and embed relationships to support health and social care integration and public health transfer', NULL, NULL, NULL, 'on_track', NULL),
  (1001, 3, 10, '10.1', 'Develop integrated workforce development plans for health and social care.', 'Julie Cudmore', 'April 2013', 'March 2014', 'at_risk', 'Integrated workforce development plans are progressing, but agreement with health partners on shared funding is still outstanding.'),
  (1002, 3, 10, '10.2', 'Continue to lead the HR and workforce development workstream for the Public Health transition to oversee post-transfer actions.', 'Karen Watson', 'April 2013', 'June 2013', 'complete', 'All post-transfer actions for the Public Health transition have been closed and the workstream has been stood down.'),
  (11, 3, NULL, '11', 'Continue to seek opportunities to work in partnership to provide core HR services across the public sector', NULL, NULL, NULL, 'on_track', NULL),
  (1101, 3, 11, '11.1', 'Deliver the SLA for the East Kent Partnership, prescribed under delegated authority. To include steady state activity and any future developments agreed for the partnership.', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'on_track', 'The SLA for the East Kent Partnership is being delivered in full and the mid-year review with partners was positive.'),
  (1102, 3, 11, '11.2', 'Provision of HR systems and services to other local authorities, currently including Powys, Devon and Nottingham and marketing to widen the customer base for HR consultancy, training and CRB services.', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'on_track', 'Services continue to be provided to Powys, Devon and Nottingham, and two further authorities have asked us for proposals.'),
  (12, 3, NULL, '12', 'Work with partner organisations to develop a core framework of workforce development for those working in multi-agency teams (e.g. Kent Integrated Adolescent Support Services and Troubled Families transformation programmes)', NULL, NULL, NULL, 'on_track', NULL),
  (1201, 3, 12, '12.1', 'Develop and implement Kent Skills matrix for the Kent Integrated Adolescent Support Services workforce.', 'Karen Watson/Julie Cudmore', 'Oct 2012', 'Ongoing into 2014', 'on_track', 'The Kent Skills Matrix is in use across the KIASS workforce and is being extended to other services as Phase 2.'),
  (13, 3, NULL, '13', 'Work co-operatively with the enforcing authority, Health & Safety Executive', NULL, NULL, NULL, 'on_track', NULL),
  (1301, 3, 13, '13.1', 'Contribute to priority programmes including links to SMEs and continue KCC''s contribution to the South East Region Stakeholder Forum', 'Helen Bale', 'April 2013', 'March 2014 and onwards', 'on_track', 'We continue to contribute to the South East Region Stakeholder Forum and have hosted one engagement event for SMEs.'),
  (14, 3, NULL, '14', 'HR support to recruitment campaign to attract quality head teachers to Kent through Kent Teach initiative', NULL, NULL, NULL, 'on_track', NULL),
  (1401, 3, 14, '14.1', 'Implement Phases 2 and 3 of ''Your Perfect Kent Day'' – an innovative online promotional campaign to promote Kent as an ideal place for a career in school leadership', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'complete', 'Phases 2 and 3 of ‘Your Perfect Kent Day’ have launched and the online community now receives new stories every month.'),
  (15, 4, NULL, '15', 'Marketing and contracting with other local authorities and partners', NULL, NULL, NULL, 'on_track', NULL),
  (1501, 4, 15, '15.1', 'Marketing Health & Safety services to schools and related services through EduKent', 'Helen Bale', 'April 2013', 'March 2014', 'on_track', 'Health & Safety services are being marketed through EduKent and buy-back from schools is slightly above last year.'),
  (16, 4, NULL, '16', 'Support implementation of efficient systems (e.g. supporting ERP programme, i-procurement etc)', NULL, NULL, NULL, 'on_track', NULL),
  (1601, 4, 16, '16.1', 'Implement new recruitment management system', 'Jackie Turner-Robinson', 'April 2013', 'September 2013', 'complete', 'The new recruitment management system went live in September and all vacancies are now advertised through it.'),
  (1602, 4, 16, '16.2', 'Continued planned development and initiatives within the ERP programme in accordance with programme plan', 'Paul Royel', 'April 2013', 'August 2013', 'complete', 'The ERP developments planned for this phase have been delivered in line with the programme plan.'),
  (17, 4, NULL, '17', 'Enhance commissioning and contract management skills', NULL, NULL, NULL, 'on_track', NULL),
  (1701, 4, 17, '17.1', 'Enhance commissioning and contracting skills of staff in Highways, Transportation and Waste divisions', 'Rob Semens and Julie Cudmore', 'April 2013', 'December 2013', 'complete', 'Contract management and commissioning skills training has been commissioned and delivered to the first two cohorts.'),
  (1702, 4, 17, '17.2', 'Support Commercial Services through the completion of their transformation to become a separate trading arm of KCC.', 'Rob Semens', 'April 2013', 'December 2013', 'complete', 'HR support to the Commercial Services transformation is complete and staff have transferred to the new trading arm.'),
  (1703, 4, 17, '17.3', 'Provide support to Property & Infrastructure Support Division through the commissioning and procurement of a new Facilities Management framework and the consequent staffing implications', 'Rob Semens/Julie Cudmore/Paul Royel', 'April 2013', 'December 2013', 'on_track', 'The staffing implications of the new Facilities Management framework are being worked through with the preferred bidder.'),
  (1704, 4, 17, '17.4', 'Support the Property and Infrastructure Support Division in the standards and arrangements for commissioning and procurement of asbestos inspection and contracted services to secure compliance with KCC''s duty to manage asbestos and competence assurances', 'Helen Bale', 'April 2013', 'March 2014', 'on_track', 'Standards for asbestos inspection contracts have been agreed with Property and are being built into the procurement.'),
  (18, 5, NULL, '18', 'Implement the OD and People Plan covering recruitment and retention, development, performance management and transformation', NULL, NULL, NULL, 'on_track', NULL),
  (1801, 5, 18, '18.1', 'Continue to develop the role of the OD Groups and work with DMTs to focus on identified priorities – see OD and People Plan and Training Plan', 'HR Business Partners/ Julie Cudmore/ Nigel Fairburn', 'April 2013', 'March 2014', 'on_track', 'OD Groups are meeting quarterly in every directorate and are focused on the priorities in the OD and People Plan.'),
  (19, 5, NULL, '19', 'Resilience and experience/skills of the workforce (workforce development strategy and planning)', NULL, NULL, NULL, 'on_track', NULL),
  (1901, 5, 19, '19.1', 'H&S input to resilience of workforce through Wellbeing programme pressure management interventions and links with Staff Care Services', 'Helen Bale', 'April 2013', 'March 2014', 'on_track', 'Pressure management interventions are now linked to Staff Care Services referrals, and take-up is increasing.'),
  (20, 5, NULL, '20', 'Embed the Customer Service Strategy in our people focussed policies', NULL, NULL, NULL, 'on_track', NULL),
  (2001, 5, 20, '20.1', 'Commission and deliver workforce development to support the implementation of the Customer Service Strategy', 'Julie Cudmore', 'April 2013', 'March 2014', 'complete', 'Customer service workforce development was commissioned in April and delivery began in May as planned.'),
  (21, 5, NULL, '21', 'Continue to ensure appropriate equality and diversity standards are adhered to across KCC', NULL, NULL, NULL, 'on_track', NULL),
  (2101, 5, 21, '21.1', 'Undertake the next Equal Pay Review across KCC to test equality across a range of diversity categories', 'Paul Royel', 'June 2013', 'September 2013', 'off_track', 'The Equal Pay Review has been held up by data quality problems and will now report later than planned.'),
  (2102, 5, 21, '21.2', 'Embed the proposals for equality in employment as described in the equalities framework and ensure an appropriate governance structure', 'Paul Royel', 'April 2013', 'March 2014', 'on_track', 'The proposals for equality in employment are being embedded and the new governance group has met twice.'),
  (22, 5, NULL, '22', 'Develop, implement and embed strategies to maximise employee engagement including through enhanced recognition and continue to align workforce to Bold Steps for Kent and KCC objectives', NULL, NULL, NULL, 'on_track', NULL),
  (2201, 5, 22, '22.1', 'Further develop the reward package, ensuring Kent Rewards is correctly designed and market to maximise take up and increase employee engagement', 'Paul Royel', 'April 2013', 'March 2014', 'on_track', 'Take-up of Kent Rewards has risen since the relaunch, and new benefits have been added in response to staff feedback.'),
  (2202, 5, 22, '22.2', 'Extension of the Employment Value Proposition (EVP) survey as part of the staff engagement programme', 'Paul Royel', 'April 2013', 'March 2014', 'complete', 'The extended EVP survey closed with a 41% response rate and the results have been shared with directorate management teams.'),
  (2203, 5, 22, '22.3', 'Support the development and implementation of the ''Because of You'' staff engagement campaign', 'Nigel Fairburn', 'April 2013', 'March 2014', 'complete', 'The ‘Because of You’ campaign has launched and received more than 300 nominations in its first quarter.'),
  (23, 5, NULL, '23', 'Continue to develop staff within the HR Division through a variety of strategies and approaches', NULL, NULL, NULL, 'on_track', NULL),
  (2301, 5, 23, '23.1', 'Implement a variety of staff development strategies such as career pathways, professional development, Kent Manager and effective communication', 'Paul Royel', 'April 2013', 'March 2014', 'on_track', 'Career pathways for HR staff have been published and twelve colleagues are now on professional development programmes.'),
  (2302, 5, 23, '23.2', 'Develop new ways of working through behavioural norms and operating models that underpin the One Council ethos', 'Julie Cudmore and Nigel Fairburn', 'April 2013', 'March 2014', 'at_risk', 'The Ways of Working Framework has been drafted, but sign-off has been delayed by the HR restructure.'),
  (24, 6, NULL, '24', 'Support development of a future operating model for the organisation', NULL, NULL, NULL, 'on_track', NULL),
  (2401, 6, 24, '24.1', 'Address implications and practicalities of a strategic commissioning authority model, working in collaboration with Business Strategy to produce options for future operating models', 'Nigel Fairburn, Paul Royel, Business Partners', 'April 2013', 'March 2014', 'on_track', 'Options for future operating models are being developed with Business Strategy for presentation in December.'),
  (2402, 6, 24, '24.2', 'Identify workforce planning implications (including future skills)', 'Nigel Fairburn, Julie Cudmore, Paul Royel, Business Partners', 'April 2013', 'March 2014', 'on_track', 'A first assessment of the workforce planning implications and future skills needs of each option has been completed.'),
  (25, 6, NULL, '25', 'Maximise opportunities for income generation and trading', NULL, NULL, NULL, 'on_track', NULL),
  (2501, 6, 25, '25.1', 'Expansion of Employment Check (Criminal Records Bureau checks) customer base', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'on_track', 'Fourteen new organisations have signed up to the Employment Check service since April.'),
  (2502, 6, 25, '25.2', 'Marketing of ''Kent Teach'' to schools outside Kent and Schools Personnel Service (SPS) to schools outside Kent and to non-schools organisations', 'Jackie Turner-Robinson', 'April 2013', 'March 2014', 'on_track', 'Marketing of Kent Teach and SPS to schools outside Kent has secured four new contracts so far this year.'),
  (2503, 6, 25, '25.3', 'Work with EduKent to review and develop the EduKent Expo event for 13/14 (See also HRBC marketing plans for other specific EduKent activity)', 'Jackie Turner-Robinson', 'April 2013 TBC (subject to event planning)', 'March 2014', 'at_risk', 'The date of the EduKent Expo has still not been confirmed, which is holding up planning for HRBC’s stand and activity.'),
  (26, 6, NULL, '26', 'Respond to decisions arising from the review of terms and conditions', NULL, NULL, NULL, 'on_track', NULL),
  (2601, 6, 26, '26.1', 'Implementing changes arising from the review of terms and conditions and supporting savings target across KCC', 'Paul Royel', 'April 2013', 'March 2014 & continuing into 14/15', 'on_track', 'Changes from the terms and conditions review are being implemented and savings are tracked monthly against the target.'),
  (2602, 6, 26, '26.2', 'Removal of any agreed allowances and enhancements', 'Paul Royel', 'April 2013', 'September 2013', 'complete', 'The agreed allowances and enhancements were removed from the September payroll after notice was given to the staff affected.'),
  (27, 6, NULL, '27', 'Respond to statutory changes to pension legislation – including pensions auto-enrolment and LGPS Reforms', NULL, NULL, NULL, 'on_track', NULL),
  (2701, 6, 27, '27.1', 'Implement system changes to enable the introduction of auto-enrolment and carry out the required communications', 'Paul Royel', 'April 2013', 'March 2014', 'complete', 'The auto-enrolment system changes are live and communications went to staff ahead of the staging date.'),
  (2702, 6, 27, '27.2', 'Respond to LGPS reforms through the provision of guidance, support and communication to HR, managers and staff.', 'Paul Royel', 'October 2013', 'June 2014', 'not_started', 'Guidance on the LGPS reforms will be prepared once the final regulations have been published.'),
  (28, 6, NULL, '28', 'Ensure delivery of savings and efficiencies across HR', NULL, NULL, NULL, 'on_track', NULL),
  (2801, 6, 28, '28.1', 'Ensure delivery of savings and efficiencies across HR to meet annual target as part of an overall delivery programme.', 'Lindsay Horne', 'April 2013', 'March 2014', 'off_track', 'HR is forecasting a shortfall against its savings target this year, and further options are being drawn up for the Corporate Director.');

INSERT INTO milestone (id, priority_id, letter, description, action_ref, due) VALUES
  (1, 1, 'A', 'As specified in the Adults Transformation Programme Plan', '1.2', 'Various into 2014'),
  (2, 1, 'B', 'As specified in the Kent Integrated Adolescent Support Services Programme Plan', '1.3', 'Various into 2014'),
  (3, 1, 'C', 'Identify reasons for turnover in SCS and propose interventions to address', '2.3', 'June 2013'),
  (4, 1, 'D', 'As specified in the Children''s Improvement Plan and training planning process', '2.2', 'Various 2013-14'),
  (5, 1, 'E', 'Wellbeing strategy that supports performance developed and agreed', '3.1', 'May 2013'),
  (6, 2, 'A', 'Delivery of quarterly Webinar Programme for managers', '4.2', 'Q1, Q2, Q3, Q4'),
  (7, 2, 'B', 'Approve provider and/or options for provision of priority training and development opportunities', '4.3', 'December 2013'),
  (8, 2, 'C', 'Workforce Strategy to build capacity developed and agreed', '5.2', 'April 2013'),
  (9, 2, 'D', 'Workforce Development Strategy and training plan to build capacity developed and agreed', '5.3', 'April 2013'),
  (10, 2, 'E', 'Evaluation of training plans', '5.3', 'January 2014'),
  (11, 2, 'F', 'Completion and evaluation of Phase 1 of Kent Manager', '5.5', 'January 2014'),
  (12, 2, 'G', 'Development of Phase 2 of Kent Manager completed', '5.5', 'May 2015'),
  (13, 2, 'H', 'DMA model fully embedded in restructuring activity', '8.1', 'As defined by each restructuring agenda'),
  (14, 2, 'I', 'Culture change and capacity building delivered through directorate OD Groups', '8.1', 'In line with OD & People Plan'),
  (15, 3, 'A', 'Provide interventions that will support service and workforce integration', '10.1', 'October 2013'),
  (16, 3, 'B', 'Health and Social Care Skills Development Strategy produced', '10.1', 'June 2014'),
  (17, 3, 'C', 'Kent Skills Matrix produced for KIASS and SCS – Phase 1', '12.1', 'April 2013'),
  (18, 3, 'D', 'Implementation and development of Kent Skills Matrix across other Services – Phase 2', '12.1', 'April 2013 to March 2014'),
  (19, 3, 'E', 'Developing the online community – initial stories and PR film available', '14.1', 'April 2013'),
  (20, 3, 'F', 'Maintaining the online community – feeding in stories', '14.1', 'December 2013'),
  (21, 4, 'A', 'Develop and commission contract management and commissioning skills training', '17.1', 'June 2013'),
  (22, 4, 'B', 'Evaluation of contract management and commissioning skills training', '17.1', 'January 2014'),
  (23, 5, 'A', 'Ways of Working Framework produced that supports One Council Ethos', '23.2', 'October 2013'),
  (24, 5, 'B', 'Review and further development of the OD Groups to support delivery of the OD and People Plan', '18.1', 'Quarterly'),
  (25, 5, 'C', 'Commission customer service workforce development', '20.1', 'April 2013'),
  (26, 5, 'D', 'Commence delivery of customer service workforce development', '20.1', 'May 2013'),
  (27, 5, 'E', 'Evaluation of customer service workforce development', '20.1', 'January 2014'),
  (28, 6, 'A', 'Options for future operating models produced', '24.1', 'December 2013'),
  (29, 6, 'B', 'Workforce implications of new operating models identified and interventions proposed', '24.1', 'March 2014');

INSERT INTO risk (id, plan_id, seq, description, mitigation) VALUES
  (1, 1, 1, 'Reduced capacity in HR division to support change or provide HR advice to managers', 'Managed change in HR Division, HR professional capacity building, professional development and greater clarity about the HR Offer'),
  (2, 1, 2, 'Insufficient investment in, and development of, HR and other systems impacting on ability to enhance manager self-sufficiency and achievement of HR savings', 'Capital funding secured and a cohesive approach to commissioning, change and monitoring'),
  (3, 1, 3, 'Loss of skills and capacity across KCC limiting ability to move to achieve transformation and an alternative delivery approach.', 'Delivery of Organisational Development and People Plan, including succession planning and Kent Manager programme'),
  (4, 1, 4, 'Breaches in Health and Safety would impact on the delivery of essential services', 'Competent and qualified Health and Safety professionals providing advice and support');

-- ---------------------------------------------------------------------------
-- Cambridgeshire County Council, People Strategy (approved by Full Council
-- on 16 May 2023, describing the employer the Council wants to be in 2028)
-- and its supporting action plan (approved by the Corporate Leadership Team
-- on 17 June 2024, "focused on the next 18 months, to the end of 2025").
-- Those facts, the five words the themes are built on ("attracted,
-- supported, appreciated, developed, and included"; "attraction, retention,
-- reward, development, and engagement"), the IDEAL Network, the 2023 IPSOS
-- employee survey, the Adults' and Children's Workforce Strategies, the
-- Equality, Diversity and Inclusion Strategy Action Plan and risk 6 of the
-- risk register are from the seed paper of 9 July 2024. The seed does not
-- give the plan's contents or any KPI: the theme names and outcomes, the 10
-- KPIs (demo = 1) and their figures, the priorities, actions, officers
-- (posts, not people), dates, statuses, progress, milestones and risks below
-- are all INVENTED for the demo, plausible for Cambridgeshire in 2024-25.
-- Survey KPIs (RR1, RR2, WS2) are read as quarterly pulse results. IE2 has
-- no floor or target (one is to be agreed with the IDEAL Network), so it is
-- not rated. Values run to 2024/25 Q2, the last quarter a paper reports.
-- The plan is held once for each paper that shows it (plans 2, 3 and 4), as
-- each paper's appendix showed it at its meeting: a signed-off paper keeps
-- the statuses it reported, and each later paper has its own. Every status
-- fits its paper's date: nothing on track, at risk, off track or not
-- started is due before the month of the meeting.
INSERT INTO strategy (id, council, name, first_fy, last_fy) VALUES
  (2, 'Cambridgeshire County Council', 'People Strategy 2023-2028', 2023, 2027);

INSERT INTO theme (id, strategy_id, seq, name, outcome) VALUES
  (5, 2, 1, 'Attraction and retention', 'A workforce that is appropriately attracted and retained'),
  (6, 2, 2, 'Reward and recognition', 'Colleagues are rewarded and appreciated for what they do'),
  (7, 2, 3, 'Learning and development', 'Colleagues are developed, with the skills the Council needs'),
  (8, 2, 4, 'Wellbeing and support', 'Colleagues are supported and well at work'),
  (9, 2, 5, 'Inclusion and engagement', 'An inclusive and diverse workforce that is engaged and valued');

INSERT INTO measure (id, theme_id, code, seq, name, kind, unit, polarity, floor, target, benchmark, tolerance_pct, direction, demo) VALUES
  (101, 5, 'AR1', 1, 'Voluntary turnover, rolling 12 months', 'kpi', '%', 'lower', 14.0, 12.0, 13.5, NULL, 'trend', 1),
  (102, 5, 'AR2', 2, 'Average time to hire', 'kpi', 'days', 'lower', 55.0, 45.0, NULL, NULL, 'previous', 1),
  (103, 6, 'RR1', 1, '% of colleagues who feel valued for the work they do', 'kpi', '%', 'higher', 55.0, 65.0, NULL, NULL, 'trend', 1),
  (104, 6, 'RR2', 2, '% of colleagues who would recommend the Council as a place to work', 'kpi', '%', 'higher', 50.0, 60.0, 55.0, NULL, 'trend', 1),
  (105, 7, 'LD1', 1, 'Apprenticeship starts as % of headcount', 'kpi', '%', 'higher', 1.5, 2.3, NULL, NULL, 'trend', 1),
  (106, 7, 'LD2', 2, '% of annual conversations completed', 'kpi', '%', 'higher', 80.0, 95.0, NULL, NULL, 'previous', 1),
  (107, 8, 'WS1', 1, 'Average days lost to sickness per FTE, rolling 12 months', 'kpi', 'days', 'lower', 10.0, 8.5, 9.6, NULL, 'year_ago', 1),
  (108, 8, 'WS2', 2, '% of colleagues who feel their manager supports their wellbeing', 'kpi', '%', 'higher', 65.0, 75.0, NULL, NULL, 'trend', 1),
  (109, 9, 'IE1', 1, '% of colleagues who have shared their equality data', 'kpi', '%', 'higher', 60.0, 75.0, NULL, NULL, 'trend', 1),
  (110, 9, 'IE2', 2, '% of the workforce from ethnic minority backgrounds', 'kpi', '%', 'higher', NULL, NULL, NULL, NULL, 'trend', 1);

INSERT INTO measure_value (measure_id, fy, quarter, value, note) VALUES
  (101, 2023, 1, 14.8, NULL),
  (101, 2023, 2, 14.5, NULL),
  (101, 2023, 3, 14.1, NULL),
  (101, 2023, 4, 13.9, NULL),
  (101, 2024, 1, 13.6, NULL),
  (101, 2024, 2, 13.2, NULL),
  (102, 2023, 1, 52.0, NULL),
  (102, 2023, 2, 50.0, NULL),
  (102, 2023, 3, 49.0, NULL),
  (102, 2023, 4, 47.0, NULL),
  (102, 2024, 1, 46.0, NULL),
  (102, 2024, 2, 44.0, NULL),
  (103, 2023, 1, 56.0, NULL),
  (103, 2023, 2, 56.8, NULL),
  (103, 2023, 3, 57.5, NULL),
  (103, 2023, 4, 58.1, NULL),
  (103, 2024, 1, 59.0, NULL),
  (103, 2024, 2, 59.6, NULL),
  (104, 2023, 1, 49.5, NULL),
  (104, 2023, 2, 49.0, NULL),
  (104, 2023, 3, 48.6, NULL),
  (104, 2023, 4, 48.1, NULL),
  (104, 2024, 1, 47.7, NULL),
  (104, 2024, 2, 47.2, NULL),
  (105, 2023, 1, 1.6, NULL),
  (105, 2023, 2, 1.7, NULL),
  (105, 2023, 3, 1.6, NULL),
  (105, 2023, 4, 1.5, NULL),
  (105, 2024, 1, 1.5, NULL),
  (105, 2024, 2, 1.4, NULL),
  (106, 2023, 1, 78.0, NULL),
  (106, 2023, 2, 82.0, NULL),
  (106, 2023, 3, 85.0, NULL),
  (106, 2023, 4, 88.0, NULL),
  (106, 2024, 1, 86.0, NULL),
  (106, 2024, 2, 89.0, NULL),
  (107, 2023, 1, 9.8, NULL),
  (107, 2023, 2, 9.6, NULL),
  (107, 2023, 3, 9.7, NULL),
  (107, 2023, 4, 9.5, NULL),
  (107, 2024, 1, 9.4, NULL),
  (107, 2024, 2, 9.2, NULL),
  (108, 2023, 1, 72.0, NULL),
  (108, 2023, 2, 72.5, NULL),
  (108, 2023, 3, 73.1, NULL),
  (108, 2023, 4, 73.8, NULL),
  (108, 2024, 1, 74.6, NULL),
  (108, 2024, 2, 75.4, NULL),
  (109, 2023, 1, 58.0, NULL),
  (109, 2023, 2, 60.0, NULL),
  (109, 2023, 3, 62.0, NULL),
  (109, 2023, 4, 64.0, NULL),
  (109, 2024, 1, 66.0, NULL),
  (109, 2024, 2, 69.0, NULL),
  (110, 2023, 1, 9.8, NULL),
  (110, 2023, 2, 10.0, NULL),
  (110, 2023, 3, 10.1, NULL),
  (110, 2023, 4, 10.3, NULL),
  (110, 2024, 1, 10.4, NULL),
  (110, 2024, 2, 10.6, NULL);

INSERT INTO plan (id, council, name, division, fy) VALUES
  (2, 'Cambridgeshire County Council', 'People Strategy Action Plan 2024-2025 (as approved, June 2024)', 'HR Services', 2024),
  (3, 'Cambridgeshire County Council', 'People Strategy Action Plan 2024-2025 (update, November 2024)', 'HR Services', 2024),
  (4, 'Cambridgeshire County Council', 'People Strategy Action Plan 2024-2025 (update, January 2025)', 'HR Services', 2024);

INSERT INTO priority (id, plan_id, seq, name, description) VALUES
  (21, 2, 1, 'Attraction and retention', 'Attract and retain an appropriately skilled and qualified workforce'),
  (22, 2, 2, 'Reward and recognition', 'Reward colleagues fairly and recognise what they do'),
  (23, 2, 3, 'Learning and development', 'Develop colleagues and managers, and grow our own talent'),
  (24, 2, 4, 'Wellbeing and support', 'Support colleagues to be well at work'),
  (25, 2, 5, 'Inclusion and engagement', 'Listen to colleagues and build an inclusive, diverse workforce'),
  (31, 3, 1, 'Attraction and retention', 'Attract and retain an appropriately skilled and qualified workforce'),
  (32, 3, 2, 'Reward and recognition', 'Reward colleagues fairly and recognise what they do'),
  (33, 3, 3, 'Learning and development', 'Develop colleagues and managers, and grow our own talent'),
  (34, 3, 4, 'Wellbeing and support', 'Support colleagues to be well at work'),
  (35, 3, 5, 'Inclusion and engagement', 'Listen to colleagues and build an inclusive, diverse workforce'),
  (41, 4, 1, 'Attraction and retention', 'Attract and retain an appropriately skilled and qualified workforce'),
  (42, 4, 2, 'Reward and recognition', 'Reward colleagues fairly and recognise what they do'),
  (43, 4, 3, 'Learning and development', 'Develop colleagues and managers, and grow our own talent'),
  (44, 4, 4, 'Wellbeing and support', 'Support colleagues to be well at work'),
  (45, 4, 5, 'Inclusion and engagement', 'Listen to colleagues and build an inclusive, diverse workforce');

INSERT INTO action (id, priority_id, parent_id, number, description, officer, start, finish, status, progress) VALUES
  (20100, 21, NULL, '1', 'Attract candidates who share the Council’s values', NULL, 'July 2024', 'March 2025', 'on_track', NULL),
  (20101, 21, 20100, '1.1', 'Refresh the Council’s employer brand and careers pages, drawing on what new starters tell us about why they joined', 'Head of Resourcing', 'July 2024', 'March 2025', 'on_track', NULL),
  (20102, 21, 20100, '1.2', 'Report the themes of new starter and exit interviews to each directorate management team every quarter', 'Workforce Insight and Performance Manager', 'September 2024', 'December 2024', 'not_started', NULL),
  (20200, 21, NULL, '2', 'Support the Adults’ and Children’s Workforce Strategies', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (20201, 21, 20200, '2.1', 'Deliver the recruitment and retention actions of the Adults’ Workforce Strategy', 'Head of Resourcing, with Adults, Health and Commissioning', 'July 2024', 'December 2025', 'on_track', NULL),
  (20202, 21, 20200, '2.2', 'Deliver the recruitment and retention actions of the Children’s Workforce Strategy, including the social work recruitment campaign', 'Head of Resourcing, with Children, Education and Families', 'July 2024', 'December 2025', 'on_track', NULL),
  (20300, 22, NULL, '3', 'Make sure the Council’s reward offer helps it attract and retain colleagues', NULL, 'September 2024', 'June 2025', 'not_started', NULL),
  (20301, 22, 20300, '3.1', 'Benchmark pay and benefits for hard-to-fill roles against neighbouring councils', 'Head of Reward and Employee Relations', 'September 2024', 'March 2025', 'not_started', NULL),
  (20302, 22, 20300, '3.2', 'Relaunch the employee benefits offer, agreed with the recognised trade unions', 'Head of Reward and Employee Relations', 'January 2025', 'June 2025', 'not_started', NULL),
  (20400, 22, NULL, '4', 'Recognise and appreciate colleagues’ contributions', NULL, 'September 2024', 'September 2025', 'not_started', NULL),
  (20401, 22, 20400, '4.1', 'Design and launch a Council-wide colleague recognition scheme', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'December 2024', 'not_started', NULL),
  (20402, 22, 20400, '4.2', 'Introduce recognition of long service', 'Head of Reward and Employee Relations', 'April 2025', 'September 2025', 'not_started', NULL),
  (20500, 23, NULL, '5', 'Develop our leaders and managers', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (20501, 23, 20500, '5.1', 'Launch a development programme for first-line and middle managers', 'Head of Learning and Development', 'October 2024', 'September 2025', 'not_started', NULL),
  (20502, 23, 20500, '5.2', 'Refresh the annual conversation guidance and toolkit for managers and colleagues', 'Head of Learning and Development', 'July 2024', 'November 2024', 'on_track', NULL),
  (20600, 23, NULL, '6', 'Grow our own talent', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (20601, 23, 20600, '6.1', 'Increase apprenticeship starts, making full use of the Apprenticeship Levy', 'Head of Learning and Development', 'July 2024', 'March 2025', 'on_track', NULL),
  (20602, 23, 20600, '6.2', 'Publish career pathways for hard-to-fill roles, starting with occupational therapy and planning', 'Head of Learning and Development', 'January 2025', 'December 2025', 'not_started', NULL),
  (20700, 24, NULL, '7', 'Support colleagues’ wellbeing', NULL, 'July 2024', 'June 2025', 'on_track', NULL),
  (20701, 24, 20700, '7.1', 'Refresh the wellbeing offer with the recognised trade unions and the employee networks', 'Head of Workforce Policy and Wellbeing', 'July 2024', 'December 2024', 'on_track', NULL),
  (20702, 24, 20700, '7.2', 'Train a network of mental health first aiders in every directorate', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'June 2025', 'not_started', NULL),
  (20800, 24, NULL, '8', 'Reduce sickness absence', NULL, 'September 2024', 'December 2025', 'not_started', NULL),
  (20801, 24, 20800, '8.1', 'Review the Managing Attendance Policy and its guidance for managers', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'March 2025', 'not_started', NULL),
  (20802, 24, 20800, '8.2', 'Offer targeted support to the teams with the highest sickness absence', 'HR Business Partners', 'October 2024', 'December 2025', 'not_started', NULL),
  (20900, 25, NULL, '9', 'Listen and respond to colleagues', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (20901, 25, 20900, '9.1', 'Agree directorate action plans from the Executive Directors’ listening sessions on the 2023 IPSOS employee survey', 'Executive Directors, with HR Business Partners', 'July 2024', 'October 2024', 'on_track', NULL),
  (20902, 25, 20900, '9.2', 'Run the 2025 employee survey and share its results with colleagues', 'Workforce Insight and Performance Manager', 'April 2025', 'December 2025', 'not_started', NULL),
  (21000, 25, NULL, '10', 'Build an inclusive and diverse workforce', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (21001, 25, 21000, '10.1', 'Encourage colleagues to share their equality data, so that workforce monitoring is complete (linked to the Equality, Diversity and Inclusion Strategy Action Plan)', 'Workforce Insight and Performance Manager', 'July 2024', 'March 2025', 'on_track', NULL),
  (21002, 25, 21000, '10.2', 'Start a reverse mentoring programme for the Corporate Leadership Team with the IDEAL Network', 'Head of Workforce Policy and Wellbeing', 'October 2024', 'September 2025', 'not_started', NULL),
  (30100, 31, NULL, '1', 'Attract candidates who share the Council’s values', NULL, 'July 2024', 'March 2025', 'on_track', NULL),
  (30101, 31, 30100, '1.1', 'Refresh the Council’s employer brand and careers pages, drawing on what new starters tell us about why they joined', 'Head of Resourcing', 'July 2024', 'March 2025', 'on_track', 'The careers pages are being redesigned with colleagues who joined in the last year.'),
  (30102, 31, 30100, '1.2', 'Report the themes of new starter and exit interviews to each directorate management team every quarter', 'Workforce Insight and Performance Manager', 'September 2024', 'December 2024', 'on_track', 'The first quarterly report went to directorate management teams in October.'),
  (30200, 31, NULL, '2', 'Support the Adults’ and Children’s Workforce Strategies', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (30201, 31, 30200, '2.1', 'Deliver the recruitment and retention actions of the Adults’ Workforce Strategy', 'Head of Resourcing, with Adults, Health and Commissioning', 'July 2024', 'December 2025', 'on_track', 'This year’s actions of the Adults’ Workforce Strategy are on plan.'),
  (30202, 31, 30200, '2.2', 'Deliver the recruitment and retention actions of the Children’s Workforce Strategy, including the social work recruitment campaign', 'Head of Resourcing, with Children, Education and Families', 'July 2024', 'December 2025', 'at_risk', 'The social work campaign has drawn interest, but too few applicants are converting to appointments.'),
  (30300, 32, NULL, '3', 'Make sure the Council’s reward offer helps it attract and retain colleagues', NULL, 'September 2024', 'June 2025', 'on_track', NULL),
  (30301, 32, 30300, '3.1', 'Benchmark pay and benefits for hard-to-fill roles against neighbouring councils', 'Head of Reward and Employee Relations', 'September 2024', 'March 2025', 'on_track', 'Pay and benefits data has been gathered from five neighbouring councils.'),
  (30302, 32, 30300, '3.2', 'Relaunch the employee benefits offer, agreed with the recognised trade unions', 'Head of Reward and Employee Relations', 'January 2025', 'June 2025', 'not_started', 'Due to start in January 2025.'),
  (30400, 32, NULL, '4', 'Recognise and appreciate colleagues’ contributions', NULL, 'September 2024', 'September 2025', 'on_track', NULL),
  (30401, 32, 30400, '4.1', 'Design and launch a Council-wide colleague recognition scheme', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'December 2024', 'on_track', 'The scheme has been designed with the employee networks and launches in December.'),
  (30402, 32, 30400, '4.2', 'Introduce recognition of long service', 'Head of Reward and Employee Relations', 'April 2025', 'September 2025', 'not_started', 'Due to start in April 2025.'),
  (30500, 33, NULL, '5', 'Develop our leaders and managers', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (30501, 33, 30500, '5.1', 'Launch a development programme for first-line and middle managers', 'Head of Learning and Development', 'October 2024', 'September 2025', 'on_track', 'The programme has been commissioned and its first cohort starts in January.'),
  (30502, 33, 30500, '5.2', 'Refresh the annual conversation guidance and toolkit for managers and colleagues', 'Head of Learning and Development', 'July 2024', 'November 2024', 'on_track', 'The new guidance is written and will be published this month.'),
  (30600, 33, NULL, '6', 'Grow our own talent', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (30601, 33, 30600, '6.1', 'Increase apprenticeship starts, making full use of the Apprenticeship Levy', 'Head of Learning and Development', 'July 2024', 'March 2025', 'at_risk', 'Starts are behind plan because of recruitment controls in some teams.'),
  (30602, 33, 30600, '6.2', 'Publish career pathways for hard-to-fill roles, starting with occupational therapy and planning', 'Head of Learning and Development', 'January 2025', 'December 2025', 'not_started', 'Due to start in January 2025.'),
  (30700, 34, NULL, '7', 'Support colleagues’ wellbeing', NULL, 'July 2024', 'June 2025', 'on_track', NULL),
  (30701, 34, 30700, '7.1', 'Refresh the wellbeing offer with the recognised trade unions and the employee networks', 'Head of Workforce Policy and Wellbeing', 'July 2024', 'December 2024', 'on_track', 'The refreshed offer has been agreed in principle with the trade unions.'),
  (30702, 34, 30700, '7.2', 'Train a network of mental health first aiders in every directorate', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'June 2025', 'on_track', 'Forty mental health first aiders have been trained so far.'),
  (30800, 34, NULL, '8', 'Reduce sickness absence', NULL, 'September 2024', 'December 2025', 'on_track', NULL),
  (30801, 34, 30800, '8.1', 'Review the Managing Attendance Policy and its guidance for managers', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'March 2025', 'on_track', 'Consultation with the trade unions on the revised policy opened in October.'),
  (30802, 34, 30800, '8.2', 'Offer targeted support to the teams with the highest sickness absence', 'HR Business Partners', 'October 2024', 'December 2025', 'on_track', 'The ten teams with the highest absence have been identified and contacted.'),
  (30900, 35, NULL, '9', 'Listen and respond to colleagues', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (30901, 35, 30900, '9.1', 'Agree directorate action plans from the Executive Directors’ listening sessions on the 2023 IPSOS employee survey', 'Executive Directors, with HR Business Partners', 'July 2024', 'October 2024', 'complete', 'Every directorate has agreed its action plan.'),
  (30902, 35, 30900, '9.2', 'Run the 2025 employee survey and share its results with colleagues', 'Workforce Insight and Performance Manager', 'April 2025', 'December 2025', 'not_started', 'Due to start in April 2025.'),
  (31000, 35, NULL, '10', 'Build an inclusive and diverse workforce', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (31001, 35, 31000, '10.1', 'Encourage colleagues to share their equality data, so that workforce monitoring is complete (linked to the Equality, Diversity and Inclusion Strategy Action Plan)', 'Workforce Insight and Performance Manager', 'July 2024', 'March 2025', 'on_track', 'The share of colleagues who have shared their equality data reached 69% in September.'),
  (31002, 35, 31000, '10.2', 'Start a reverse mentoring programme for the Corporate Leadership Team with the IDEAL Network', 'Head of Workforce Policy and Wellbeing', 'October 2024', 'September 2025', 'on_track', 'Mentoring pairs are being matched with the IDEAL Network.'),
  (40100, 41, NULL, '1', 'Attract candidates who share the Council’s values', NULL, 'July 2024', 'March 2025', 'on_track', NULL),
  (40101, 41, 40100, '1.1', 'Refresh the Council’s employer brand and careers pages, drawing on what new starters tell us about why they joined', 'Head of Resourcing', 'July 2024', 'March 2025', 'on_track', 'The new careers pages go live in February.'),
  (40102, 41, 40100, '1.2', 'Report the themes of new starter and exit interviews to each directorate management team every quarter', 'Workforce Insight and Performance Manager', 'September 2024', 'December 2024', 'complete', 'Quarterly reports on starter and exit interviews are now part of each directorate’s performance pack.'),
  (40200, 41, NULL, '2', 'Support the Adults’ and Children’s Workforce Strategies', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (40201, 41, 40200, '2.1', 'Deliver the recruitment and retention actions of the Adults’ Workforce Strategy', 'Head of Resourcing, with Adults, Health and Commissioning', 'July 2024', 'December 2025', 'on_track', 'This year’s actions of the Adults’ Workforce Strategy are on plan.'),
  (40202, 41, 40200, '2.2', 'Deliver the recruitment and retention actions of the Children’s Workforce Strategy, including the social work recruitment campaign', 'Head of Resourcing, with Children, Education and Families', 'July 2024', 'December 2025', 'at_risk', 'More applicants are converting to appointments, but agency cover is still needed in two areas.'),
  (40300, 42, NULL, '3', 'Make sure the Council’s reward offer helps it attract and retain colleagues', NULL, 'September 2024', 'June 2025', 'on_track', NULL),
  (40301, 42, 40300, '3.1', 'Benchmark pay and benefits for hard-to-fill roles against neighbouring councils', 'Head of Reward and Employee Relations', 'September 2024', 'March 2025', 'off_track', 'Two councils have not yet shared their data; a revised date of May 2025 is proposed.'),
  (40302, 42, 40300, '3.2', 'Relaunch the employee benefits offer, agreed with the recognised trade unions', 'Head of Reward and Employee Relations', 'January 2025', 'June 2025', 'on_track', 'Options for the relaunched offer are being discussed with the trade unions.'),
  (40400, 42, NULL, '4', 'Recognise and appreciate colleagues’ contributions', NULL, 'September 2024', 'September 2025', 'on_track', NULL),
  (40401, 42, 40400, '4.1', 'Design and launch a Council-wide colleague recognition scheme', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'December 2024', 'complete', 'The recognition scheme launched in December and received 180 nominations in its first month.'),
  (40402, 42, 40400, '4.2', 'Introduce recognition of long service', 'Head of Reward and Employee Relations', 'April 2025', 'September 2025', 'not_started', 'Due to start in April 2025.'),
  (40500, 43, NULL, '5', 'Develop our leaders and managers', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (40501, 43, 40500, '5.1', 'Launch a development programme for first-line and middle managers', 'Head of Learning and Development', 'October 2024', 'September 2025', 'on_track', 'The first cohort of 24 managers started in January.'),
  (40502, 43, 40500, '5.2', 'Refresh the annual conversation guidance and toolkit for managers and colleagues', 'Head of Learning and Development', 'July 2024', 'November 2024', 'complete', 'The new guidance and toolkit were published in November.'),
  (40600, 43, NULL, '6', 'Grow our own talent', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (40601, 43, 40600, '6.1', 'Increase apprenticeship starts, making full use of the Apprenticeship Levy', 'Head of Learning and Development', 'July 2024', 'March 2025', 'at_risk', 'Starts remain behind plan; a campaign to existing colleagues runs in February and March.'),
  (40602, 43, 40600, '6.2', 'Publish career pathways for hard-to-fill roles, starting with occupational therapy and planning', 'Head of Learning and Development', 'January 2025', 'December 2025', 'on_track', 'Work on the first two pathways has started.'),
  (40700, 44, NULL, '7', 'Support colleagues’ wellbeing', NULL, 'July 2024', 'June 2025', 'on_track', NULL),
  (40701, 44, 40700, '7.1', 'Refresh the wellbeing offer with the recognised trade unions and the employee networks', 'Head of Workforce Policy and Wellbeing', 'July 2024', 'December 2024', 'complete', 'The refreshed wellbeing offer was launched in December.'),
  (40702, 44, 40700, '7.2', 'Train a network of mental health first aiders in every directorate', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'June 2025', 'on_track', '58 mental health first aiders have been trained.'),
  (40800, 44, NULL, '8', 'Reduce sickness absence', NULL, 'September 2024', 'December 2025', 'on_track', NULL),
  (40801, 44, 40800, '8.1', 'Review the Managing Attendance Policy and its guidance for managers', 'Head of Workforce Policy and Wellbeing', 'September 2024', 'March 2025', 'on_track', 'The revised policy has been agreed with the trade unions and will be published in March.'),
  (40802, 44, 40800, '8.2', 'Offer targeted support to the teams with the highest sickness absence', 'HR Business Partners', 'October 2024', 'December 2025', 'on_track', 'Support plans are in place for eight of the ten teams.'),
  (40900, 45, NULL, '9', 'Listen and respond to colleagues', NULL, 'July 2024', 'December 2025', 'on_track', NULL),
  (40901, 45, 40900, '9.1', 'Agree directorate action plans from the Executive Directors’ listening sessions on the 2023 IPSOS employee survey', 'Executive Directors, with HR Business Partners', 'July 2024', 'October 2024', 'complete', 'Every directorate has agreed its action plan.'),
  (40902, 45, 40900, '9.2', 'Run the 2025 employee survey and share its results with colleagues', 'Workforce Insight and Performance Manager', 'April 2025', 'December 2025', 'not_started', 'Due to start in April 2025.'),
  (41000, 45, NULL, '10', 'Build an inclusive and diverse workforce', NULL, 'July 2024', 'September 2025', 'on_track', NULL),
  (41001, 45, 41000, '10.1', 'Encourage colleagues to share their equality data, so that workforce monitoring is complete (linked to the Equality, Diversity and Inclusion Strategy Action Plan)', 'Workforce Insight and Performance Manager', 'July 2024', 'March 2025', 'on_track', 'The share of colleagues who have shared their equality data is rising each quarter.'),
  (41002, 45, 41000, '10.2', 'Start a reverse mentoring programme for the Corporate Leadership Team with the IDEAL Network', 'Head of Workforce Policy and Wellbeing', 'October 2024', 'September 2025', 'on_track', 'Twelve mentoring pairs have been matched with the IDEAL Network and have met.');

INSERT INTO milestone (id, priority_id, letter, description, action_ref, due) VALUES
  (101, 21, 'A', 'First quarterly report on starter and exit interviews to directorate management teams', '1.2', 'October 2024'),
  (102, 21, 'B', 'New careers pages live', '1.1', 'March 2025'),
  (103, 22, 'A', 'Colleague recognition scheme launched', '4.1', 'December 2024'),
  (104, 22, 'B', 'Benchmarking report to the Corporate Leadership Team', '3.1', 'March 2025'),
  (105, 23, 'A', 'Annual conversation guidance published', '5.2', 'November 2024'),
  (106, 23, 'B', 'First cohort of the management development programme starts', '5.1', 'January 2025'),
  (107, 24, 'A', 'Refreshed wellbeing offer launched', '7.1', 'December 2024'),
  (108, 24, 'B', 'Revised Managing Attendance Policy published', '8.1', 'March 2025'),
  (109, 25, 'A', 'Directorate action plans from the 2023 employee survey agreed', '9.1', 'October 2024'),
  (110, 25, 'B', 'Results of the 2025 employee survey shared with colleagues', '9.2', 'December 2025'),
  (111, 31, 'A', 'First quarterly report on starter and exit interviews to directorate management teams', '1.2', 'October 2024'),
  (112, 31, 'B', 'New careers pages live', '1.1', 'March 2025'),
  (113, 32, 'A', 'Colleague recognition scheme launched', '4.1', 'December 2024'),
  (114, 32, 'B', 'Benchmarking report to the Corporate Leadership Team', '3.1', 'March 2025'),
  (115, 33, 'A', 'Annual conversation guidance published', '5.2', 'November 2024'),
  (116, 33, 'B', 'First cohort of the management development programme starts', '5.1', 'January 2025'),
  (117, 34, 'A', 'Refreshed wellbeing offer launched', '7.1', 'December 2024'),
  (118, 34, 'B', 'Revised Managing Attendance Policy published', '8.1', 'March 2025'),
  (119, 35, 'A', 'Directorate action plans from the 2023 employee survey agreed', '9.1', 'October 2024'),
  (120, 35, 'B', 'Results of the 2025 employee survey shared with colleagues', '9.2', 'December 2025'),
  (121, 41, 'A', 'First quarterly report on starter and exit interviews to directorate management teams', '1.2', 'October 2024'),
  (122, 41, 'B', 'New careers pages live', '1.1', 'March 2025'),
  (123, 42, 'A', 'Colleague recognition scheme launched', '4.1', 'December 2024'),
  (124, 42, 'B', 'Benchmarking report to the Corporate Leadership Team', '3.1', 'March 2025'),
  (125, 43, 'A', 'Annual conversation guidance published', '5.2', 'November 2024'),
  (126, 43, 'B', 'First cohort of the management development programme starts', '5.1', 'January 2025'),
  (127, 44, 'A', 'Refreshed wellbeing offer launched', '7.1', 'December 2024'),
  (128, 44, 'B', 'Revised Managing Attendance Policy published', '8.1', 'March 2025'),
  (129, 45, 'A', 'Directorate action plans from the 2023 employee survey agreed', '9.1', 'October 2024'),
  (130, 45, 'B', 'Results of the 2025 employee survey shared with colleagues', '9.2', 'December 2025');

INSERT INTO risk (id, plan_id, seq, description, mitigation) VALUES
  (11, 2, 1, 'The Council’s human resources are not able to meet business need (corporate risk register, risk 6)', 'This plan, which supports the attraction, support, development and retention of an appropriately skilled and qualified workforce'),
  (12, 2, 2, 'Actions depend on capacity in services that are already under pressure, such as social care', 'Actions are phased over 18 months, and the Corporate Change Board reviews the plan every quarter'),
  (13, 2, 3, 'Colleagues do not see change as a result of the employee survey', 'Directorate action plans, and regular updates to colleagues on what has changed as a result'),
  (14, 3, 1, 'The Council’s human resources are not able to meet business need (corporate risk register, risk 6)', 'This plan, which supports the attraction, support, development and retention of an appropriately skilled and qualified workforce'),
  (15, 3, 2, 'Actions depend on capacity in services that are already under pressure, such as social care', 'Actions are phased over 18 months, and the Corporate Change Board reviews the plan every quarter'),
  (16, 3, 3, 'Colleagues do not see change as a result of the employee survey', 'Directorate action plans, and regular updates to colleagues on what has changed as a result'),
  (17, 4, 1, 'The Council’s human resources are not able to meet business need (corporate risk register, risk 6)', 'This plan, which supports the attraction, support, development and retention of an appropriately skilled and qualified workforce'),
  (18, 4, 2, 'Actions depend on capacity in services that are already under pressure, such as social care', 'Actions are phased over 18 months, and the Corporate Change Board reviews the plan every quarter'),
  (19, 4, 3, 'Colleagues do not see change as a result of the employee survey', 'Directorate action plans, and regular updates to colleagues on what has changed as a result');

-- ---------------------------------------------------------------------------
-- Leicestershire County Council, People Strategy 2014-2017, and paper 7.
-- The strategy's name, its eight themes ("What we're going to do": names
-- verbatim, each outcome the first sentence of the theme's text), the
-- Employment Committee (its "Governance" section) and the nine equality
-- measures with their 2015/16 targets (the targets table: its two rows
-- "% BME and % BME grade 13 and above" and "% disabled and % disabled grade
-- 13 and above" give one target each for two figures, here two measures
-- each) are from the seed. Codes, units, polarity (higher is better for
-- each: the targets are minimums), direction and every figure are INVENTED
-- demo choices (demo = 1); the measures have no floor, so none is red.
-- The officer, meeting, venue and paper 7's narrative are INVENTED too.
INSERT INTO committee (id, council, name, cadence) VALUES
  (4, 'Leicestershire County Council', 'Employment Committee', 'quarterly');

INSERT INTO meeting (id, committee_id, date, venue) VALUES
  (11, 4, '2016-06-16', 'County Hall, Glenfield');

INSERT INTO officer (id, name, post, email, phone) VALUES
  (5, 'Hannah Whitcombe', 'Head of Strategic HR', 'hannah.whitcombe@leics.gov.uk', '07700 900631');

INSERT INTO strategy (id, council, name, first_fy, last_fy) VALUES
  (3, 'Leicestershire County Council', 'People Strategy 2014-2017', 2014, 2016);

INSERT INTO theme (id, strategy_id, seq, name, outcome) VALUES
  (10, 3, 1, 'Leadership capacity and capability', 'We will ensure that leadership skills and capacity are fully developed and enhanced at all levels, and that all managers have the right skills, attitudes and behaviours to lead transformational and cultural change in Leicestershire, including with partners.'),
  (11, 3, 2, 'Manage and sustain high performance', 'We have invested over the last few years in a programme for senior managers – Leading for High Performance – designed to support and develop managers who are leading within a complex, challenging and rapidly changing environment.'),
  (12, 3, 3, 'Learning & development', 'We will ensure that changing development needs are met, that organisational capacity and capability is developed in order to support the transformation of service delivery.'),
  (13, 3, 4, 'Employee engagement and recognition', 'We will ensure that there are processes in place to facilitate positive engagement with all parts of the workforce, supported by clear and transparent communication.'),
  (14, 3, 5, 'Employee health & wellbeing', 'Building on our excellent track record for health and safety, we will continue to embed the internationally accredited OHSAS 18001 system, and also further develop the proactive culture of health and safety management that has developed over the last few years.'),
  (15, 3, 6, 'Equality of opportunity for all', 'We will ensure that the people aspects of our Equalities Strategy are embedded in our employment policies and in our day to day practices.'),
  (16, 3, 7, 'A changing workforce', 'Over the next few years, the nature of our workforce and how it is organised will change.'),
  (17, 3, 8, 'The Employment Deal', 'As we move forward as an organisation, we will look at the nature of the employment relationship and how and whether it will change over the coming years.');

INSERT INTO measure (id, theme_id, code, seq, name, kind, unit, polarity, floor, target, benchmark, tolerance_pct, direction, demo) VALUES
  (201, 15, 'EQ1', 1, '% BME', 'kpi', '%', 'higher', NULL, 12.0, NULL, NULL, 'trend', 1),
  (202, 15, 'EQ2', 2, '% BME grade 13 and above', 'kpi', '%', 'higher', NULL, 12.0, NULL, NULL, 'trend', 1),
  (203, 15, 'EQ3', 3, '% disabled', 'kpi', '%', 'higher', NULL, 7.0, NULL, NULL, 'trend', 1),
  (204, 15, 'EQ4', 4, '% disabled grade 13 and above', 'kpi', '%', 'higher', NULL, 7.0, NULL, NULL, 'trend', 1),
  (205, 15, 'EQ5', 5, '% female grade 13 and above', 'kpi', '%', 'higher', NULL, 61.0, NULL, NULL, 'trend', 1),
  (206, 15, 'EQ6', 6, '% declaring sexual orientation', 'kpi', '%', 'higher', NULL, 50.0, NULL, NULL, 'trend', 1),
  (207, 15, 'EQ7', 7, '% declaring as LGB', 'kpi', '%', 'higher', NULL, 1.0, NULL, NULL, 'trend', 1),
  (208, 15, 'EQ8', 8, '% declaring a religion / belief', 'kpi', '%', 'higher', NULL, 50.0, NULL, NULL, 'trend', 1),
  (209, 15, 'EQ9', 9, '% declaring a religion / belief other than Christianity', 'kpi', '%', 'higher', NULL, 17.3, NULL, NULL, 'trend', 1);

INSERT INTO measure_value (measure_id, fy, quarter, value, note) VALUES
  (201, 2014, 1, 10.6, NULL),
  (201, 2014, 2, 10.7, NULL),
  (201, 2014, 3, 10.9, NULL),
  (201, 2014, 4, 11.0, NULL),
  (201, 2015, 1, 11.2, NULL),
  (201, 2015, 2, 11.3, NULL),
  (201, 2015, 3, 11.5, NULL),
  (201, 2015, 4, 11.6, NULL),
  (202, 2014, 1, 6.8, NULL),
  (202, 2014, 2, 6.9, NULL),
  (202, 2014, 3, 7.0, NULL),
  (202, 2014, 4, 7.2, NULL),
  (202, 2015, 1, 7.3, NULL),
  (202, 2015, 2, 7.5, NULL),
  (202, 2015, 3, 7.6, NULL),
  (202, 2015, 4, 7.8, NULL),
  (203, 2014, 1, 6.1, NULL),
  (203, 2014, 2, 6.2, NULL),
  (203, 2014, 3, 6.2, NULL),
  (203, 2014, 4, 6.4, NULL),
  (203, 2015, 1, 6.5, NULL),
  (203, 2015, 2, 6.7, NULL),
  (203, 2015, 3, 6.9, NULL),
  (203, 2015, 4, 7.1, NULL),
  (204, 2014, 1, 4.9, NULL),
  (204, 2014, 2, 5.0, NULL),
  (204, 2014, 3, 5.1, NULL),
  (204, 2014, 4, 5.1, NULL),
  (204, 2015, 1, 5.3, NULL),
  (204, 2015, 2, 5.4, NULL),
  (204, 2015, 3, 5.5, NULL),
  (204, 2015, 4, 5.6, NULL),
  (205, 2014, 1, 58.2, NULL),
  (205, 2014, 2, 58.6, NULL),
  (205, 2014, 3, 58.9, NULL),
  (205, 2014, 4, 59.3, NULL),
  (205, 2015, 1, 59.8, NULL),
  (205, 2015, 2, 60.4, NULL),
  (205, 2015, 3, 60.9, NULL),
  (205, 2015, 4, 61.4, NULL),
  (206, 2014, 1, 41.0, NULL),
  (206, 2014, 2, 42.5, NULL),
  (206, 2014, 3, 43.8, NULL),
  (206, 2014, 4, 45.0, NULL),
  (206, 2015, 1, 46.2, NULL),
  (206, 2015, 2, 47.5, NULL),
  (206, 2015, 3, 48.9, NULL),
  (206, 2015, 4, 50.3, NULL),
  (207, 2014, 1, 0.8, NULL),
  (207, 2014, 2, 0.8, NULL),
  (207, 2014, 3, 0.9, NULL),
  (207, 2014, 4, 0.9, NULL),
  (207, 2015, 1, 1.0, NULL),
  (207, 2015, 2, 1.0, NULL),
  (207, 2015, 3, 1.1, NULL),
  (207, 2015, 4, 1.1, NULL),
  (208, 2014, 1, 44.0, NULL),
  (208, 2014, 2, 45.1, NULL),
  (208, 2014, 3, 46.0, NULL),
  (208, 2014, 4, 47.2, NULL),
  (208, 2015, 1, 48.0, NULL),
  (208, 2015, 2, 48.9, NULL),
  (208, 2015, 3, 49.6, NULL),
  (208, 2015, 4, 50.4, NULL),
  (209, 2014, 1, 13.9, NULL),
  (209, 2014, 2, 14.1, NULL),
  (209, 2014, 3, 14.4, NULL),
  (209, 2014, 4, 14.6, NULL),
  (209, 2015, 1, 14.9, NULL),
  (209, 2015, 2, 15.1, NULL),
  (209, 2015, 3, 15.4, NULL),
  (209, 2015, 4, 15.6, NULL);

-- Paper 7: INVENTED narrative (demo), served by the neutral template
-- monitoring-report.xml (plain front sheet, implications by data). Its
-- figures match the demo values for 2015/16 Quarter 4 (31 March 2016).
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (7, 11, '6', 'Workforce Equality Monitoring 2015/16', 'monitoring-report.xml', 'Director of Corporate Resources', 'All', 'public', NULL, 'draft', 0, NULL, NULL, 5, 'Purpose', 'To report the council’s workforce equality monitoring at 31 March 2016 against the 2015/16 targets of the People Strategy 2014-2017.', 3, NULL, 2015, 4);

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (7, 1, 'The Committee is recommended to note the workforce equality monitoring position at 31 March 2016, as set out in section 3.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (71, 7, 1, 'Background'),
  (72, 7, 2, 'Position at 31 March 2016');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (71, 1, 'numbered', 'Under its theme ‘Equality of opportunity for all’, the People Strategy 2014-2017 commits the council to continue to work to achieve a truly diverse workforce, as well as a working environment that is free from discrimination.'),
  (71, 2, 'numbered', 'The strategy’s targets for 2015/16 are based on the 2011 census, the council’s overall performance, and recognition of the context that it is working in. This report sets out the position against each at the end of the year.'),
  (72, 1, 'numbered', 'At 31 March 2016, five of the nine targets were met: those for disabled staff (7.1%), for women at grade 13 and above (61.4%), and for the proportions of staff declaring their sexual orientation (50.3%), declaring as LGB (1.1%) and declaring a religion or belief (50.4%).'),
  (72, 2, 'numbered', 'The proportion of BME staff has risen to 11.6%, close to the target of 12%, but BME staff at grade 13 and above remain under-represented at 7.8%, as do disabled staff at grade 13 and above (5.6%). Staff declaring a religion or belief other than Christianity are 15.6%, against a target of 17.3%.'),
  (72, 3, 'numbered', 'Every measure has improved over the last two years. Declaration rates have risen since the self-service monitoring form was introduced, and the Equality Groups (workers’ groups) have been consulted on how the form is promoted.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (7, 1, 'Equality and Human Rights Implications', 'The report supports the council’s duty under the Equality Act 2010 to publish information on the diversity of its workforce. The gaps at grade 13 and above set out in section 2 will be considered in the council’s talent management work.'),
  (7, 2, 'Resource Implications', 'There are no resource implications arising from this report.'),
  (7, 3, 'Consultation', 'The recognised trade unions and the Equality Groups (workers’ groups) have been informally consulted on this report.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (7, 1, 'People Strategy 2014-2017', 'https://www.leicestershire.gov.uk/', 0),
  (7, 2, 'Demo data: the monitoring figures in this paper are invented for the docket demo', 'data/demo.sql', 0);

-- ---------------------------------------------------------------------------
-- Papers, each naming its template in templates/
-- Paper 1: REAL. Cambridgeshire County Council, "People Strategy Update - Action
-- Plan", Strategy, Resources and Performance Committee, 9 July 2024. Text
-- verbatim from the seed (straight apostrophes as in the seed). The agenda
-- item number (7) is INVENTED: the seed does not give it. The seed's
-- "Forward Plan ref: Not applicable" is stored as NULL (not a key decision).
-- Source document locations are not in the seed: CMIS is used as plausible.
-- Appendix 1 is Cambridgeshire's plan as at this meeting (plan 2, INVENTED
-- contents, see above): just approved, so each action is on track or not
-- yet started.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (1, 1, '7', 'People Strategy Update – Action Plan', 'committee-paper.xml', 'Executive Director of Strategy and Partnerships', 'Not applicable', 'public', NULL, 'signed_off', 0, NULL, NULL, 1, 'Executive Summary', 'To update Committee on the People Strategy, specifically:', 2, 2, 2024, 1);

INSERT INTO summary_point (paper_id, seq, text) VALUES
  (1, 1, 'Engagement with internal colleagues and networks to create an action plan to support the Council''s People Strategy.'),
  (1, 2, 'The action plan at Appendix 1.'),
  (1, 3, 'The contents of the action plan and the intention to provide regular updates on progress.');

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (1, 1, 'The Committee is recommended to note the contents of the action plan supporting the Council''s People Strategy.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (11, 1, 1, 'Creating a greener, fairer, and more caring Cambridgeshire'),
  (12, 1, 2, 'Background'),
  (13, 1, 3, 'Design of action plan'),
  (14, 1, 4, 'Conclusion and reasons for recommendations');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (11, 1, 'numbered', 'The Council''s People Strategy and the supporting action plan enable the achievement of all seven ambitions. A workforce that is appropriately attracted, supported, appreciated, developed, and included, is integral to the delivery of the Council''s vision and ambitions for Cambridgeshire.'),
  (12, 1, 'numbered', 'The Council''s People Strategy was approved by Full Council on 16th May 2023. It outlines how all colleagues will work together to achieve the ambitions of our Strategic Framework, describes the type of employer the Council wants to be in 2028, and sets out, through a series of commitments, a strategic approach to the attraction, retention, reward, development, and engagement, of an inclusive, diverse, valued, and supported workforce.'),
  (12, 2, 'numbered', 'In this strategy, the Council committed that a supporting action plan would actively seek the insight, input, and thoughts from colleagues, including the IDEAL Network and our recognised trade unions, because we can only achieve our ambitions for the county if we work well together.'),
  (12, 3, 'numbered', 'This paper details the engagement that has taken place to date to inform a meaningful action plan and sets out that plan, with the aim to ensure this is an effective means by which to deliver the vision of our council as an employer in 2028.'),
  (12, 4, 'numbered', 'The delivery of this action plan is achievable through existing resources. The plan at this point is focused on the next 18 months, to the end of 2025. It is intended to evolve as activities are achieved and priorities emerge and are developed, with governance via the Council''s Corporate Leadership Team and Corporate Change Board.'),
  (13, 1, 'numbered', 'Engagement to reach an action plan to deliver the People Strategy has taken place in multiple ways, engaging with a variety of internal stakeholders. This includes employee focus groups, employee networks, new starter and exit interviews, regular discussion with our recognised trade unions, and consideration of the outcomes of the 2023 IPSOS employee survey.'),
  (13, 2, 'numbered', 'The length of time taken to get to this point has been influenced largely by the timing of the employee engagement survey in the autumn. It made sense to consider the outputs from that survey and the subsequent listening sessions that have been undertaken by each of the Executive Directors within their service areas before shaping the action plan.'),
  (13, 3, 'numbered', 'Service planning within HR Services and more widely, including the development of both the Adults'' and Children''s Workforce Strategies, has ensured that the plan is realistic and delivers on the key requirements of the workforce in the next 12-18 months. This has resulted in a set of actions that deliver on the commitments made in the Strategy, reflect what we have heard from colleagues and trade unions, are rooted in best practice, and are deliverable in the next 12-18 months. The Council''s Corporate Leadership Team approved this plan on 17th June 2024.'),
  (13, 4, 'numbered', 'This plan is an evolving route by which the Council''s strategic people aims are achieved by 2028, setting out first actions to be prioritised or started by the end of 2025. The approach recognises that priorities and workforce needs will, by their nature, require regular review, and as such engagement on these needs and priorities will continue during the life of the Strategy.'),
  (13, 5, 'numbered', 'The action plan will be updated on a quarterly basis and further commitments will be added as emerging priorities are considered and agreed by the Council''s Corporate Leadership Team in the future, with update briefings to Staffing and Appeals Committee biannually.'),
  (14, 1, 'numbered', 'Given extensive internal collaboration, and that Corporate Leadership Team has approved this plan as achievable within existing resource, it is recommended that the plan is noted and that Staffing and Appeals Committee review progress in March 2025 to seek assurance that the plan is on track.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (1, 1, 'Finance Implications', 'There are no significant resources or financial implications arising from the proposals.'),
  (1, 2, 'Legal Implications', 'There are no legal implications arising from the proposed recommendations in this report.'),
  (1, 3, 'Risk Implications', 'This plan supports the workforce elements of the risk register, specifically (6.) The Council''s human resources are not able to meet business need by ensuring we can deliver on our commitments to attract, support, develop and retain an appropriately skilled and qualified workforce. As such, there are no significant risks arising from the proposed recommendations in this report.'),
  (1, 4, 'Equality and Diversity Implications', 'The People Strategy Action Plan supports and is supported by the Equality, Diversity and Inclusion Strategy Action Plan and those links are indicated clearly in the plan. Where specific actions are undertaken as part of this action plan, consideration will be given to whether an EqIA is appropriate in each case.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (1, 1, 'Council – 16 May 2023', 'https://cambridgeshire.cmis.uk.com/', 0),
  (1, 2, 'Staffing and Appeals Committee – 7 November 2023', 'https://cambridgeshire.cmis.uk.com/', 0),
  (1, 3, 'Demo data: the contents of the action plan at Appendix 1 are invented for the docket demo', 'data/demo.sql', 0);

-- Paper 2: REAL. Cambridgeshire County Council, "Interim Report on Workforce
-- Strategy", Audit & Accounts Committee, 22 September 2015, agenda item 9.
-- Text verbatim from the seed, including its slips ("How will the workforce
-- of the future will need to be different."). The seed has no implications
-- section. Its source document table gives only the location "Camweb"; the
-- title "Workforce Strategy working papers" is INVENTED.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (2, 9, '9', 'Interim Report on Workforce Strategy', 'audit-interim-report.xml', 'Martin Cox, LGSS Head of People', 'All', 'public', NULL, 'signed_off', 0, NULL, NULL, 2, 'Purpose', 'An update on the plan to develop a Workforce Strategy for Cambridgeshire County Council.', NULL, NULL, NULL, NULL);

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (2, 1, 'The Committee notes the update and receives a future briefing on content of the Strategy once it has been finalised.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (21, 2, 1, 'Background'),
  (22, 2, 2, 'Workforce Strategy');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (21, 1, 'numbered', 'Members have previously been briefed that the Council is in the process of changing how it communicates its priorities for supporting and developing employees to deliver the services our customers need and that SMT had taken a decision to consolidate its workforce priorities within the wider Business Plan, as it is a key element of the Council''s strategic direction.'),
  (22, 1, 'numbered', 'Since the last update on progress, SMT have continued work on implementing the new Operating Model for the Council.'),
  (22, 2, 'numbered', 'A number of Employee Focus Groups were held across the County to facilitate employee engagement and inform the Strategy and Action Plan. These focus groups posed questions to staff around the following areas:'),
  (22, 3, 'bullet', 'How well aware staff are of the Council''s core purpose.'),
  (22, 4, 'bullet', 'Whether people understand the link between personal contribution and the success of the Council.'),
  (22, 5, 'bullet', 'How much staff are encouraged to seek ways of improving services to customers.'),
  (22, 6, 'bullet', 'How well information is communicated within the Council.'),
  (22, 7, 'bullet', 'Whether staff feel involved with changes happening in the Council.'),
  (22, 8, 'bullet', 'How will the workforce of the future will need to be different.'),
  (22, 9, 'bullet', 'Will our skill sets need to change and in what way.'),
  (22, 10, 'numbered', '10 sessions were held across the County and were open to people from across all of the services. A total of 120 people attended and there was a good cross section of roles, although representation from senior staff was limited, perhaps to be expected.'),
  (22, 11, 'numbered', 'Some of the emerging themes shared with SMT from the focus groups were:'),
  (22, 12, 'bullet', 'It was very apparent that the scale of the challenge facing the organisation in 2020 is not consistently appreciated by staff at the front line.'),
  (22, 13, 'bullet', 'More generic roles and more sharing of skills will be necessary in the future. Commercial and financial acumen will be even more important.'),
  (22, 14, 'bullet', 'We need to break down barriers to working better across the Council.'),
  (22, 15, 'bullet', 'Find a way to make it easier for people to know what skills and expertise exist in the organisation.'),
  (22, 16, 'bullet', 'Strong leadership is important throughout the management structure, not just at the top.'),
  (22, 17, 'bullet', 'Tools and resources need to be put in place before initiatives are launched.'),
  (22, 18, 'bullet', 'Information and communication generally will be key to rolling out the new Operating Model and to making sure people feel engaged and valued.'),
  (22, 19, 'numbered', 'Management Teams were then engaged to review the feedback and resultant themes to flow through the strategy, which led to an early draft being circulated for review by SMT in July, and further more detailed discussions with management teams thereafter.'),
  (22, 20, 'numbered', 'Further work is ongoing to take on board feedback and a further update will be presented to SMT in mid-September with a view to a launch of the strategy in the autumn.'),
  (22, 21, 'numbered', 'The shape of the Workforce Strategy will be as set out in the contents list below:'),
  (22, 22, 'bullet', 'Introduction'),
  (22, 23, 'bullet', 'Our current workforce'),
  (22, 24, 'bullet', 'Our Behaviours & Values'),
  (22, 25, 'bullet', 'Employee Engagement'),
  (22, 26, 'bullet', 'New Operating Model'),
  (22, 27, 'bullet', 'Directorate Plans: Children''s, Families and Adults services; Environment, Transport & Economy; Customer Service & Transformation; Public Health'),
  (22, 28, 'bullet', 'Developing our future workforce'),
  (22, 29, 'bullet', 'Smarter Working'),
  (22, 30, 'bullet', 'How will we know if this strategy is working'),
  (22, 31, 'bullet', 'The action plan');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (2, 1, 'Workforce Strategy working papers', 'Camweb', 0);

-- Paper 3: INVENTED narrative (demo). Staffing and Appeals Committee briefing
-- on Cambridgeshire's plan as at 7 November 2024 (plan 3). Its counts and the
-- actions it names match plan 3's sub-actions above.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (3, 6, '5', 'People Strategy Action Plan: Six-Monthly Progress Update', 'staffing-briefing.xml', 'Executive Director of Strategy and Partnerships', 'Not applicable', 'public', NULL, 'draft', 0, NULL, NULL, 1, 'Purpose', 'To update the Committee on progress in delivering the People Strategy Action Plan since its approval in June 2024.', NULL, 3, 2024, 2);

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (3, 1, 'The Committee is recommended to note the progress made in delivering the People Strategy Action Plan, as set out in Appendix 1, and the steps being taken to bring the actions at risk back on track.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (31, 3, 1, 'Background'),
  (32, 3, 2, 'Progress to date'),
  (33, 3, 3, 'Actions at risk'),
  (34, 3, 4, 'Next steps');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (31, 1, 'numbered', 'The Council’s People Strategy was approved by Full Council on 16 May 2023. The supporting action plan was approved by the Corporate Leadership Team on 17 June 2024 and noted by Strategy, Resources and Performance Committee on 9 July 2024.'),
  (31, 2, 'numbered', 'The plan is focused on the 18 months to the end of 2025, with update briefings to this Committee twice a year. This first briefing covers the plan’s first months, to the end of October 2024, ahead of the review of progress this Committee will make in March 2025.'),
  (31, 3, 'numbered', 'The action plan is reviewed quarterly by HR Services and the Corporate Change Board. Each action has an accountable officer, who has provided the status and progress commentary shown in Appendix 1.'),
  (32, 1, 'numbered', 'Of the 20 actions in the plan, one is complete and 13 are on track. Two are at risk, and four have not yet started because they are not due to start until 2025.'),
  (32, 2, 'numbered', 'Every directorate has agreed an action plan in response to the Executive Directors’ listening sessions on the 2023 IPSOS employee survey (action 9.1), and the first quarterly report on the themes of new starter and exit interviews went to directorate management teams in October (action 1.2).'),
  (32, 3, 'numbered', 'Forty mental health first aiders have been trained so far (action 7.2), and the refreshed wellbeing offer has been agreed in principle with the recognised trade unions (action 7.1).'),
  (33, 1, 'numbered', 'No action is off track. Two are at risk: the social work recruitment campaign of the Children’s Workforce Strategy (action 2.2), where too few applicants are converting to appointments, and apprenticeship starts (action 6.1), which are behind plan because of recruitment controls in some teams.'),
  (33, 2, 'numbered', 'A recovery plan has been agreed for each with the accountable officer, and the Corporate Change Board will monitor them monthly until they are back on track.'),
  (34, 1, 'numbered', 'The action plan will continue to be updated quarterly. Further commitments will be added as emerging priorities are considered and agreed by the Corporate Leadership Team.'),
  (34, 2, 'numbered', 'The next briefing to this Committee will be in March 2025, when Members will be able to review progress over the plan’s first nine months.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (3, 1, 'Finance Implications', 'There are no significant financial implications arising from this report. The actions in the plan are being delivered within existing resources; the mental health first aider training referred to in paragraph 2.3 is funded from the corporate training budget at a cost of £150 per delegate.'),
  (3, 2, 'Legal Implications', 'There are no legal implications arising from the recommendation in this report.'),
  (3, 3, 'Risk Implications', 'The plan supports the mitigation of risk 6 on the corporate risk register, that the Council’s human resources are not able to meet business need. The actions at risk set out in section 3 do not, on their own, change the assessment of that risk.'),
  (3, 4, 'Equality and Diversity Implications', 'The plan supports and is supported by the Equality, Diversity and Inclusion Strategy Action Plan. The work with the IDEAL Network on reverse mentoring (action 10.2) and on the completeness of equality data (action 10.1) is on track. An Equality Impact Assessment will be considered for any new policy arising from the plan.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (3, 1, 'People Strategy Update – Action Plan, Strategy, Resources and Performance Committee – 9 July 2024', 'https://cambridgeshire.cmis.uk.com/', 0),
  (3, 2, 'Demo data: the action plan’s contents and progress are invented for the docket demo', 'data/demo.sql', 0);

-- Paper 4: INVENTED narrative (demo). Quarterly KPI report to SR&P on
-- Cambridgeshire's KPIs (strategy 2) and plan as at 28 January 2025 (plan 4).
-- The figures quoted match the demo measure values for 2024/25 Quarter 2,
-- rated green at or above target, amber between floor and target, red
-- below floor. The KPIs are section 5; the plan is Appendix 1.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (4, 3, '8', 'People Strategy Performance Report: Quarter 2 2024/25', 'quarterly-update.xml', 'Executive Director of Strategy and Partnerships', 'Not applicable', 'public', NULL, 'final', 0, NULL, NULL, 3, 'Executive Summary', 'To report to Committee on performance against the People Strategy key performance indicators for Quarter 2 2024/25 (July to September 2024), specifically:', 2, 4, 2024, 2);

INSERT INTO summary_point (paper_id, seq, text) VALUES
  (4, 1, 'Performance against the 10 key performance indicators, two of which met their target in the quarter.'),
  (4, 2, 'The two indicators below their floor standard, and the action being taken to improve them.'),
  (4, 3, 'Progress on the People Strategy Action Plan, at Appendix 1.');

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (4, 1, 'The Committee is recommended to note performance against the People Strategy key performance indicators for Quarter 2 2024/25, as set out in section 5.'),
  (4, 2, 'The Committee is recommended to note progress on the People Strategy Action Plan, as set out in Appendix 1.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (41, 4, 1, 'Background'),
  (42, 4, 2, 'Performance in Quarter 2'),
  (43, 4, 3, 'Indicators below floor'),
  (44, 4, 4, 'Sickness absence');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (41, 1, 'numbered', 'The People Strategy, approved by Full Council on 16 May 2023, describes the employer the Council wants to be in 2028. Progress is measured through 10 key performance indicators (KPIs), two for each of the Strategy’s five themes, reported to this Committee each quarter alongside the action plan.'),
  (41, 2, 'numbered', 'Each KPI has a floor standard and an annual target. A KPI is rated green when it meets its target, amber when it is between the floor and the target, and red when it is below the floor. Direction of travel is shown against the trend over recent quarters unless otherwise stated.'),
  (41, 3, 'numbered', 'A target has not yet been set for workforce representation: the proportion of colleagues from ethnic minority backgrounds is reported for information, and not rated, while a target is agreed with the IDEAL Network.'),
  (42, 1, 'numbered', 'In Quarter 2, two KPIs met their target, five were between floor and target, and two were below floor. Eight of the ten are improving.'),
  (42, 2, 'numbered', 'Average time to hire improved to 44 days, meeting the target of 45 days for the first time, and 75.4% of colleagues feel their manager supports their wellbeing, above the target of 75%.'),
  (42, 3, 'numbered', 'Voluntary turnover fell to 13.2% over the 12 months to September 2024, from 14.5% a year earlier, and 89% of annual conversations were completed, against a target of 95%.'),
  (43, 1, 'numbered', 'Two KPIs are below floor: apprenticeship starts (1.4% of headcount, against a floor of 1.5% and a target of 2.3%), and the proportion of colleagues who would recommend the Council as a place to work (47.2%, against a floor of 50%).'),
  (43, 2, 'numbered', 'Apprenticeship starts have been affected by recruitment controls in some teams (action 6.1 of the plan at Appendix 1). A campaign to promote apprenticeships to existing colleagues will run in February and March 2025.'),
  (43, 3, 'numbered', 'The fall in the proportion who would recommend the Council reflects what colleagues said in the 2023 employee survey about workload and pay. The directorate action plans agreed in response (action 9.1) and the benchmarking of pay and benefits (action 3.1) are intended to address it.'),
  (44, 1, 'numbered', 'Average days lost to sickness were 9.2 days per FTE over the 12 months to September 2024, compared with 9.6 days a year earlier. This is within the floor standard of 10 days but above the target of 8.5 days.'),
  (44, 2, 'numbered', 'Mental health related absence remains the largest single cause of days lost. The teams with the highest absence are receiving targeted support (action 8.2), and the revised Managing Attendance Policy will be published in March 2025.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (4, 1, 'Finance Implications', 'There are no significant financial implications arising from this report. Reducing sickness absence to the target of 8.5 days per FTE would release working time worth an estimated £0.9m a year.'),
  (4, 2, 'Legal Implications', 'There are no legal implications arising from the recommendations in this report.'),
  (4, 3, 'Risk Implications', 'The KPIs below floor relate to risk 6 on the corporate risk register, that the Council’s human resources are not able to meet business need. The actions set out in section 3 are intended to mitigate this risk.'),
  (4, 4, 'Equality and Diversity Implications', 'Workforce representation is reported for information while a target is developed with the IDEAL Network. 69% of colleagues have now shared their equality data (section 5), which will make workforce monitoring more complete.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (4, 1, 'People Strategy Update – Action Plan, Strategy, Resources and Performance Committee – 9 July 2024', 'https://cambridgeshire.cmis.uk.com/', 0),
  (4, 2, 'People Strategy Action Plan: Six-Monthly Progress Update, Staffing and Appeals Committee – 7 November 2024', 'https://cambridgeshire.cmis.uk.com/', 0),
  (4, 3, 'Demo data: the KPIs, their figures and the action plan are invented for the docket demo', 'data/demo.sql', 0);

-- Paper 5: INVENTED (demo). Exempt: paragraph 1 of Part 1 of Schedule 12A
-- (information relating to an individual). No real case or person.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (5, 7, '6', 'Appeal against Dismissal: Case 2025/03', 'plain-report.xml', 'Executive Director of Strategy and Partnerships', 'Not applicable', 'exempt', 1, 'draft', 0, NULL, NULL, 4, 'Purpose', 'To set out the management case and the procedure for the Committee’s hearing of an appeal against dismissal (Case 2025/03).', NULL, NULL, NULL, NULL);

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (5, 1, 'The Committee is recommended to hear the appeal and determine whether the decision to dismiss is upheld or overturned.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (51, 5, 1, 'Background'),
  (52, 5, 2, 'Procedure for the hearing');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (51, 1, 'numbered', 'The appellant was dismissed on the grounds of capability (ill health) following a formal review under the Council’s Managing Attendance Policy. The appellant has exercised the right of appeal to this Committee.'),
  (51, 2, 'numbered', 'Details of the appellant and of the case are set out in the confidential appendices, which are not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.'),
  (52, 1, 'numbered', 'The hearing will follow the Council’s appeal procedure. The management case will be presented first, followed by the appellant’s case, with an opportunity for each party and for Members to ask questions.'),
  (52, 2, 'numbered', 'The appellant is entitled to be accompanied by a trade union representative or a work colleague. Both parties will withdraw while the Committee makes its decision, which will be confirmed in writing within five working days.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (5, 1, 'Legal Implications', 'The Committee must reach its decision on the evidence presented to it, in accordance with the Council’s policy and the requirement under the Employment Rights Act 1996 that a dismissal is fair and reasonable.'),
  (5, 2, 'Equality and Diversity Implications', 'The appellant’s health condition may amount to a disability under the Equality Act 2010. The Committee should consider whether reasonable adjustments were considered and made before the decision to dismiss.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (5, 1, 'Managing Attendance Policy', 'Cambridgeshire County Council intranet', 0),
  (5, 2, 'Case 2025/03: investigation report and hearing papers', 'HR Services, New Shire Hall, Alconbury Weald', 1);

-- Paper 6: INVENTED (demo). A key decision (procurement above the key decision
-- threshold); forward plan date 56 days before the meeting. An occupational
-- health procurement was chosen rather than a Pay Policy Statement, which by
-- law must be approved by full Council before the year starts.
INSERT INTO paper (id, meeting_id, agenda_item, title, template, from_post, divisions, classification, exempt_paragraph, status, key_decision, forward_plan_ref, forward_plan_date, officer_id, summary_label, summary, strategy_id, plan_id, fy, quarter) VALUES
  (6, 4, '10', 'Occupational Health and Employee Assistance Service: Procurement', 'plain-report.xml', 'Executive Director of Strategy and Partnerships', 'All', 'public', NULL, 'draft', 1, '2025/017', '2025-02-25', 1, 'Purpose', 'To seek approval to procure an occupational health and employee assistance service for Council employees from 1 April 2026.', NULL, NULL, NULL, NULL);

INSERT INTO recommendation (paper_id, seq, text) VALUES
  (6, 1, 'The Committee is recommended to approve the procurement of an occupational health and employee assistance service for a term of three years, with an option to extend for up to two further years, at an estimated total contract value of £1.8m.'),
  (6, 2, 'The Committee is recommended to delegate authority to award and execute the contract to the Executive Director of Strategy and Partnerships, in consultation with the Chair and Vice-Chair of the Strategy, Resources and Performance Committee.');

INSERT INTO section (id, paper_id, seq, heading) VALUES
  (61, 6, 1, 'Background'),
  (62, 6, 2, 'Proposed procurement'),
  (63, 6, 3, 'Timetable');

INSERT INTO paragraph (section_id, seq, style, text) VALUES
  (61, 1, 'numbered', 'The Council’s current occupational health and employee assistance contract ends on 31 March 2026. The service provides management referrals, health surveillance, pre-employment health assessments and a 24-hour confidential support line for employees.'),
  (61, 2, 'numbered', 'Demand for the service has grown, with occupational health referrals now averaging more than 200 a quarter. Mental health related absence remains the largest single cause of days lost to sickness.'),
  (62, 1, 'numbered', 'It is proposed to procure a single contract for three years, with an option to extend for up to two further years, through a compliant framework agreement. The estimated total contract value over five years is £1.8m.'),
  (62, 2, 'numbered', 'The specification has been developed with managers, the Council’s employee networks and recognised trade unions, and places greater emphasis on early intervention for mental health and musculoskeletal conditions.'),
  (62, 3, 'numbered', 'Tenders will be evaluated on the basis of 60% quality and 40% price, with 10% of the quality score allocated to social value.'),
  (63, 1, 'numbered', 'Subject to the Committee’s approval, the tender will be published in May 2025, with contract award in October 2025 and a mobilisation period before the new service starts on 1 April 2026.');

INSERT INTO implication (paper_id, seq, heading, text) VALUES
  (6, 1, 'Finance Implications', 'The estimated annual cost of £360,000 will be met from the HR Services budget, which includes £345,000 for the current contract. The additional £15,000 a year will be met from within the existing wellbeing budget.'),
  (6, 2, 'Legal Implications', 'The procurement will be carried out in accordance with the Procurement Act 2023 and the Council’s Contract Procedure Rules.'),
  (6, 3, 'Risk Implications', 'If a new contract is not in place by 1 April 2026, managers and employees would lose access to occupational health advice, putting at risk the Council’s ability to manage sickness absence and to meet its health surveillance duties.'),
  (6, 4, 'Equality and Diversity Implications', 'An Equality Impact Assessment has been completed and is available on request. Access to occupational health advice supports the Council’s duty to make reasonable adjustments for disabled employees.');

INSERT INTO source_document (paper_id, seq, title, location, exempt) VALUES
  (6, 1, 'Forward Plan of Key Decisions – February 2025', 'https://cambridgeshire.cmis.uk.com/', 0),
  (6, 2, 'Contract Procedure Rules, Part 4 of the Council’s Constitution', 'https://www.cambridgeshire.gov.uk/', 0);

COMMIT;

-- Series and the committee calendar (docket batch)
-- The quarterly People Strategy performance report to Strategy, Resources
-- and Performance Committee (paper 4 its Quarter 2 2024/25 report), and the
-- six-monthly action plan update to Staffing and Appeals Committee at the
-- mid-year point and after the year end (paper 3 its first). The Staffing
-- and Appeals meeting of 15 April 2025, after the year end, is INVENTED:
-- docket batch makes its year-end update from paper 3.
INSERT INTO meeting (committee_id, date, venue)
  SELECT id, '2025-04-15', 'New Shire Hall, Alconbury Weald, Huntingdon' FROM committee
  WHERE council = 'Cambridgeshire County Council' AND name = 'Staffing and Appeals Committee';

INSERT INTO series (name, committee_id, cadence, agenda_item)
  SELECT 'People Strategy performance report', id, 'quarterly', '8' FROM committee
  WHERE council = 'Cambridgeshire County Council' AND name = 'Strategy, Resources and Performance Committee';
INSERT INTO series (name, committee_id, cadence, agenda_item)
  SELECT 'People Strategy action plan update', id, 'biannual', '5' FROM committee
  WHERE council = 'Cambridgeshire County Council' AND name = 'Staffing and Appeals Committee';

INSERT INTO series_paper (paper_id, series_id)
  SELECT p.id, s.id FROM paper p, series s
  WHERE p.id = 4 AND p.title = 'People Strategy Performance Report: Quarter 2 2024/25'
    AND s.name = 'People Strategy performance report';
INSERT INTO series_paper (paper_id, series_id)
  SELECT p.id, s.id FROM paper p, series s
  WHERE p.id = 3 AND p.title = 'People Strategy Action Plan: Six-Monthly Progress Update'
    AND s.name = 'People Strategy action plan update';
