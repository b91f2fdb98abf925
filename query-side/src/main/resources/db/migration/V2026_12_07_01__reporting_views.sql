-- The schema «reporting»: stable, documented SQL views over the projections for BI tools (Superset, DataLens,
-- Excel's PostgreSQL connector), read by the role mentoring_reporting, which may read these views and nothing else
-- (afterMigrate.sql). No view has a column about a person: no ids, names, birth dates, contacts or free text — only
-- organizations, territories, programs and counts. README, «BI tools».
--
-- The views are a contract: a later version changes one only by adding columns at the end (CREATE OR REPLACE
-- VIEW) or by a new view; a migration that alters a column a view reads recreates the view in the same migration.
-- Each view runs with its owner's rights, so the reporting role needs no right on the tables beneath.

CREATE SCHEMA IF NOT EXISTS reporting;

-- The organizations of the directory and their territory.
CREATE VIEW reporting.organizations AS
SELECT o.organization_id,
       o.name AS organization,
       o.municipality,
       o.region
  FROM organization_directory o;

-- One row a program: where it runs, its academic year, its stage and what it has done. year is the calendar year
-- the academic year starts in (2020 for «2020-2021»), as the KPI report takes it.
CREATE VIEW reporting.programs AS
SELECT v.program_id,
       v.organization_id,
       o.name                                  AS organization,
       o.municipality,
       o.region,
       v.period,
       substr(v.period, 1, 4)::integer         AS year,
       v.title,
       v.stage,
       v.forms,
       v.students                              AS students_in_organization,
       v.teachers                              AS teachers_in_organization,
       v.student_coverage_percent              AS student_coverage_target_percent,
       v.teacher_coverage_percent              AS teacher_coverage_target_percent,
       v.informing_events,
       v.informed_people,
       v.training_sessions,
       v.mentee_base_formed,
       v.mentor_base_formed,
       v.group_meeting_held,
       v.pairs_proposed,
       v.pairs_fixed,
       v.final_event_held,
       v.final_event_present,
       v.final_event_participants,
       v.mentee_surveys,
       v.mentor_surveys,
       v.cases,
       v.monitoring_report_submitted,
       v.completed
  FROM program_overview v
  LEFT JOIN organization_directory o ON o.organization_id = v.organization_id;

-- Pairs and groups by program, form and status (ACTIVE, COMPLETED, DISSOLVED): how many, how many mentees and
-- mentors they hold (a person in two pairs counts in both), and of the active ones how many have their first
-- meeting overdue, are stalled, or miss feedback that was due.
CREATE VIEW reporting.pairs_by_status AS
SELECT p.program_id,
       v.organization_id,
       o.name                                                      AS organization,
       o.municipality,
       o.region,
       v.period,
       substr(v.period, 1, 4)::integer                             AS year,
       p.form,
       p.status,
       count(*)                                                    AS pairs,
       sum(cardinality(p.mentees))                                 AS mentees,
       sum(cardinality(p.mentors))                                 AS mentors,
       count(*) FILTER (WHERE p.status = 'ACTIVE' AND p.first_meeting_overdue) AS first_meeting_overdue,
       count(*) FILTER (WHERE p.status = 'ACTIVE' AND p.stalled)  AS stalled,
       count(*) FILTER (WHERE p.status = 'ACTIVE' AND cardinality(p.feedback_missing) > 0) AS feedback_missing,
       sum(p.meetings_organizational + p.meetings_trial + p.meetings_planning + p.meetings_regular
           + p.meetings_final)                                     AS meetings
  FROM pair_progress p
  JOIN program_overview v ON v.program_id = p.program_id
  LEFT JOIN organization_directory o ON o.organization_id = v.organization_id
 GROUP BY p.program_id, v.organization_id, o.name, o.municipality, o.region, v.period, p.form, p.status;

-- One row a road map: its level and owner (for an organization's road map, the organization and its territory),
-- its revision and approval, and its items by state as the progress page counts them — overdue: planned or in
-- progress with an occurrence past due; upcoming: planned or in progress with an occurrence due within 30 days of
-- today in Moscow.
CREATE VIEW reporting.road_map_progress AS
WITH item_state AS (
    SELECT i.road_map_id, i.item_id, i.status,
           EXISTS (SELECT 1 FROM road_map_progress_occurrence o
                    WHERE o.item_id = i.item_id AND o.state = 'OVERDUE') AS overdue,
           EXISTS (SELECT 1 FROM road_map_progress_occurrence o
                    WHERE o.item_id = i.item_id AND o.state = 'OPEN'
                      AND o.due_date BETWEEN (now() AT TIME ZONE 'Europe/Moscow')::date
                                         AND (now() AT TIME ZONE 'Europe/Moscow')::date + 30) AS upcoming
      FROM road_map_progress_item i
)
SELECT r.road_map_id,
       r.level,
       r.owner_id,
       o.name                                    AS organization,
       o.municipality,
       o.region,
       r.period,
       substr(r.period, 1, 4)::integer           AS year,
       r.title,
       r.revision,
       r.approved_revision,
       r.approval_date,
       count(x.item_id)                                                              AS items,
       count(*) FILTER (WHERE x.status = 'DONE')                                     AS done,
       count(*) FILTER (WHERE x.status = 'IN_PROGRESS')                              AS in_progress,
       count(*) FILTER (WHERE x.status IN ('PLANNED', 'IN_PROGRESS') AND x.overdue)  AS overdue,
       count(*) FILTER (WHERE x.status IN ('PLANNED', 'IN_PROGRESS') AND x.upcoming) AS upcoming,
       count(*) FILTER (WHERE x.status = 'CANCELLED')                                AS cancelled
  FROM road_map_progress r
  LEFT JOIN organization_directory o ON r.level = 'ORGANIZATION' AND o.organization_id = r.owner_id
  LEFT JOIN item_state x ON x.road_map_id = r.road_map_id
 GROUP BY r.road_map_id, r.level, r.owner_id, o.name, o.municipality, o.region, r.period, r.title, r.revision,
          r.approved_revision, r.approval_date;

-- The six indicators of seed 004 appendix 2 by territory (a REGION with municipality '', or a MUNICIPALITY) and
-- year, one row an indicator, as GET /api/v1/reports/kpi computes them: over participants — the mentors and mentees
-- of pairs and groups fixed by order that still hold — each person once; enterprises are distinct employers' names
-- of employer-representative mentors; satisfaction is the sum of the participants' survey percents over 100 × the
-- answers. value = 100 × numerator / denominator to one decimal, none when the denominator is unknown or zero;
-- the denominators and targets are the territory's reference data for the year. A territory shows once it has
-- participants, figures or targets for the year. ReportingSchemaIT compares this view with the API.
CREATE VIEW reporting.kpi_by_territory AS
WITH member AS (
    SELECT DISTINCT p.program_id, m.person_id
      FROM base_pair p
     CROSS JOIN LATERAL unnest(p.mentees || p.mentors) AS m(person_id)
     WHERE p.status = 'FIXED'
), participant AS (
    SELECT b.person_id, b.role, b.category, b.age, b.enterprise, b.satisfaction, o.region, o.municipality,
           substr(b.period, 1, 4)::integer AS year
      FROM participant_base b
      JOIN member m ON m.program_id = b.program_id AND m.person_id = b.person_id
      JOIN organization_directory o ON o.organization_id = b.organization_id
), counted AS (
    SELECT CASE WHEN grouping(municipality) = 1 THEN 'REGION' ELSE 'MUNICIPALITY' END AS level,
           region,
           coalesce(municipality, '') AS municipality,
           year,
           count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE' AND category = 'STUDENT'
                                               AND age BETWEEN 10 AND 19)            AS mentees_10_19,
           count(DISTINCT person_id) FILTER (WHERE role = 'MENTOR' AND category = 'STUDENT'
                                               AND age BETWEEN 15 AND 19)            AS mentors_15_19,
           count(DISTINCT person_id) FILTER (WHERE role = 'MENTEE'
                                               AND category = 'YOUNG_SPECIALIST')     AS young_teachers,
           count(DISTINCT lower(trim(enterprise))) FILTER (WHERE role = 'MENTOR'
                   AND category = 'EMPLOYER_REPRESENTATIVE' AND enterprise IS NOT NULL) AS enterprises,
           coalesce(sum(satisfaction) FILTER (WHERE role = 'MENTEE' AND satisfaction IS NOT NULL), 0)
                                                                                     AS mentee_satisfaction_sum,
           count(*) FILTER (WHERE role = 'MENTEE' AND satisfaction IS NOT NULL)      AS mentee_satisfaction_answers,
           coalesce(sum(satisfaction) FILTER (WHERE role = 'MENTOR' AND satisfaction IS NOT NULL), 0)
                                                                                     AS mentor_satisfaction_sum,
           count(*) FILTER (WHERE role = 'MENTOR' AND satisfaction IS NOT NULL)      AS mentor_satisfaction_answers
      FROM participant
     GROUP BY GROUPING SETS ((region, year), (region, municipality, year))
), territory_year AS (
    SELECT level, region, municipality, year FROM counted
    UNION
    SELECT level, region, municipality, year FROM territory_figures
    UNION
    SELECT level, region, municipality, year FROM kpi_target
), indicator AS (
    SELECT t.level, t.region, t.municipality, t.year, k.kpi, k.numerator, k.denominator
      FROM territory_year t
      LEFT JOIN counted c
        ON c.level = t.level AND c.region = t.region AND c.municipality = t.municipality AND c.year = t.year
      LEFT JOIN territory_figures f
        ON f.level = t.level AND f.region = t.region AND f.municipality = t.municipality AND f.year = t.year
     CROSS JOIN LATERAL (VALUES
           ('MENTEES_10_19', coalesce(c.mentees_10_19, 0), f.children_10_19::bigint),
           ('MENTORS_15_19', coalesce(c.mentors_15_19, 0), f.children_15_19::bigint),
           ('YOUNG_TEACHERS', coalesce(c.young_teachers, 0), f.young_teachers::bigint),
           ('ENTERPRISES', coalesce(c.enterprises, 0), f.enterprises::bigint),
           ('MENTEE_SATISFACTION', coalesce(c.mentee_satisfaction_sum, 0),
               nullif(100 * coalesce(c.mentee_satisfaction_answers, 0), 0)),
           ('MENTOR_SATISFACTION', coalesce(c.mentor_satisfaction_sum, 0),
               nullif(100 * coalesce(c.mentor_satisfaction_answers, 0), 0))
     ) AS k(kpi, numerator, denominator)
)
SELECT i.level,
       i.region,
       i.municipality,
       i.year,
       i.year || '-' || (i.year + 1) AS period,
       i.kpi,
       i.numerator,
       i.denominator,
       CASE WHEN i.denominator > 0 THEN round(100.0 * i.numerator / i.denominator, 1) END AS value,
       g.target,
       CASE WHEN i.denominator > 0 AND g.target IS NOT NULL
            THEN round(100.0 * i.numerator / i.denominator, 1) >= g.target END AS met
  FROM indicator i
  LEFT JOIN kpi_target g
    ON g.level = i.level AND g.region = i.region AND g.municipality = i.municipality AND g.year = i.year
   AND g.kpi = i.kpi;
