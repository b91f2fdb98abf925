-- Development fixture for the read side at region scale: fills the PROJECTION tables directly (never the event
-- store) with one region of 20 municipalities, 1,000 organizations, their programs for two academic years,
-- 200,000 participants (bases) and 100,000 pairs and groups, plus the reference data the KPI report reads.
-- Only for timing the queries (EXPLAIN ANALYZE, the HTTP read paths): the figures mean nothing and no test relies
-- on them. Run on an empty database that the application's Flyway migrations created:
--   psql -h 127.0.0.1 -U postgres -d <db> -v ON_ERROR_STOP=1 -f bench/sql/region-read-models.sql
\set region 'Регион разработки'
BEGIN;
CREATE TEMP TABLE fx_municipality AS
SELECT m, 'Муниципалитет ' || lpad(m::text, 2, '0') AS name FROM generate_series(1, 20) m;

-- 50 organizations a municipality; ids derived from numbers so reruns give the same ids
CREATE TEMP TABLE fx_org AS
SELECT o, md5('org' || o)::uuid AS id, 1 + (o - 1) / 50 AS m FROM generate_series(1, 1000) o;

INSERT INTO organization_directory (organization_id, name, municipality, region, last_sequence)
SELECT f.id, 'МБОУ СОШ № ' || f.o, m.name, :'region', 0 FROM fx_org f JOIN fx_municipality m USING (m);

INSERT INTO organization_headcount (organization_id, year, students, teachers)
SELECT id, y, 600 + (o % 400), 40 + (o % 30) FROM fx_org, generate_series(2024, 2025) y;

-- one program an organization and year
CREATE TEMP TABLE fx_program AS
SELECT f.o, f.id AS org, y, md5('prog' || f.o || '-' || y)::uuid AS id, y || '-' || (y + 1) AS period
  FROM fx_org f, generate_series(2024, 2025) y;

INSERT INTO base_program (program_id, organization_id, period) SELECT id, org, period FROM fx_program;
INSERT INTO program_overview (program_id, organization_id, period, title, stage, training_sessions,
                              final_event_held, final_event_present, final_event_participants, cases,
                              pairs_fixed, last_sequence)
SELECT id, org, period, 'Программа наставничества ' || o || ' ' || period,
       CASE WHEN y = 2024 THEN 'COMPLETED' ELSE 'MEETINGS' END, 1 + o % 5, y = 2024,
       CASE WHEN y = 2024 THEN 80 + o % 15 END, CASE WHEN y = 2024 THEN 100 END, o % 4, 45, 0
  FROM fx_program;

-- 100 people a program: 60 mentees (0..59), 40 mentors (60..99); 200,000 people in all
CREATE TEMP TABLE fx_person AS
SELECT p.id AS program_id, p.org, p.period, p.o, p.y, i,
       md5('person' || p.o || '-' || p.y || '-' || i)::uuid AS person_id,
       CASE WHEN i < 60 THEN 'MENTEE' ELSE 'MENTOR' END AS role
  FROM fx_program p, generate_series(0, 99) i;

INSERT INTO person_register (person_id, last_name, first_name, middle_name, registered_at)
SELECT person_id, (ARRAY['Иванов','Петров','Сидоров','Кузнецов','Смирнов','Попов','Волков','Соколов',
                         'Лебедев','Козлов','Новиков','Морозов'])[1 + abs(hashtext(person_id::text)) % 12]
                  || '-' || (abs(hashtext(person_id::text)) % 997),
       (ARRAY['Анна','Иван','Мария','Пётр','Ольга','Сергей'])[1 + i % 6], 'Тестович', now()
  FROM fx_person;

INSERT INTO participant_base (program_id, person_id, role, organization_id, period, category, age,
                              experience_years, enterprise, enrolled_on, consent, satisfaction, last_sequence)
SELECT program_id, person_id, role, org, period,
       CASE WHEN role = 'MENTEE' THEN (CASE WHEN i % 10 < 7 THEN 'STUDENT' WHEN i % 10 < 8 THEN 'YOUNG_SPECIALIST'
                                            WHEN i % 10 < 9 THEN 'NEW_TEACHER' ELSE 'TEACHER' END)
            ELSE (CASE WHEN i % 10 < 6 THEN 'TEACHER' WHEN i % 10 < 8 THEN 'STUDENT'
                       ELSE 'EMPLOYER_REPRESENTATIVE' END) END,
       CASE WHEN role = 'MENTEE' AND i % 10 < 7 THEN 8 + i % 11
            WHEN role = 'MENTOR' AND i % 10 IN (6, 7) THEN 15 + i % 5 END,
       CASE WHEN i % 10 >= 7 THEN 1 + i % 20 END,
       CASE WHEN role = 'MENTOR' AND i % 10 >= 8 THEN 'ООО «Предприятие ' || (o % 300) || '»' END,
       make_date(y, 10, 1), CASE WHEN i % 20 = 0 THEN 'NONE' ELSE 'GIVEN' END,
       CASE WHEN i % 3 <> 0 THEN 60 + (i * 7) % 41 END, 0
  FROM fx_person;

-- 50 pairs or groups a program (100,000 in all): pair k holds mentor 60 + k % 40 and mentee k; every fifth is a
-- group that also holds mentee 50 + k / 5; 90 % fixed, 5 % dissolved, 5 % only proposed
CREATE TEMP TABLE fx_pair AS
SELECT p.id AS program_id, p.o, p.y, k, md5('pair' || p.o || '-' || p.y || '-' || k)::uuid AS pair_id,
       (ARRAY['TEACHER_STUDENT','STUDENT_STUDENT','TEACHER_TEACHER','EMPLOYER_STUDENT'])[1 + k % 4] AS form,
       CASE WHEN k % 20 = 7 THEN 'DISSOLVED' WHEN k % 20 = 13 THEN 'PROPOSED' ELSE 'FIXED' END AS status,
       ARRAY[md5('person' || p.o || '-' || p.y || '-' || (60 + k % 40))::uuid] AS mentors,
       CASE WHEN k % 5 = 0 THEN ARRAY[md5('person' || p.o || '-' || p.y || '-' || k)::uuid,
                                      md5('person' || p.o || '-' || p.y || '-' || (50 + k / 5))::uuid]
            ELSE ARRAY[md5('person' || p.o || '-' || p.y || '-' || k)::uuid] END AS mentees
  FROM fx_program p, generate_series(0, 49) k;

INSERT INTO base_pair (program_id, pair_id, form, status, mentors, mentees)
SELECT program_id, pair_id, form, status, mentors, mentees FROM fx_pair;

INSERT INTO pair_progress (pair_id, program_id, form, format, status, mentors, mentees, opened_at,
                           first_meeting_due_at, plan_activities, plan_done, meetings_regular, last_sequence)
SELECT pair_id, program_id, form, 'OFFLINE',
       CASE WHEN status = 'DISSOLVED' THEN 'DISSOLVED' WHEN y = 2024 THEN 'COMPLETED' ELSE 'ACTIVE' END,
       mentors, mentees, make_date(y, 10, 15), make_date(y, 11, 15), 10,
       ARRAY(SELECT generate_series(1, k % 11)), k % 12, 0
  FROM fx_pair WHERE status <> 'PROPOSED';

UPDATE participant_base b SET pair_id = f.pair_id, pair_form = f.form, pair_status = f.status
  FROM fx_pair f WHERE f.program_id = b.program_id AND b.person_id = ANY (f.mentees || f.mentors)
   AND f.status <> 'DISSOLVED';

INSERT INTO territory_figures (level, region, municipality, year, children_10_19, children_15_19, young_teachers,
                               enterprises)
SELECT 'REGION', :'region', '', y, 400000, 150000, 8000, 2000 FROM generate_series(2024, 2025) y
UNION ALL
SELECT 'MUNICIPALITY', :'region', name, y, 20000, 7500, 400, 100 FROM fx_municipality, generate_series(2024, 2025) y;

INSERT INTO kpi_target (level, region, municipality, year, kpi, target)
SELECT 'REGION', :'region', '', y, k, 10 FROM generate_series(2024, 2025) y,
       unnest(ARRAY['MENTEES_10_19','MENTORS_15_19','YOUNG_TEACHERS','ENTERPRISES','MENTEE_SATISFACTION',
                    'MENTOR_SATISFACTION']) k;
-- where each thing lies, for the authorization policy (written by the command side in the real application)
INSERT INTO access_place (subject_id, region, municipality, organization_id)
SELECT f.id, :'region', m.name, f.id FROM fx_org f JOIN fx_municipality m USING (m)
UNION ALL
SELECT p.id, :'region', m.name, p.org FROM fx_program p JOIN fx_org f ON f.id = p.org JOIN fx_municipality m USING (m)
UNION ALL
SELECT x.pair_id, :'region', m.name, f.id FROM fx_pair x JOIN fx_org f USING (o) JOIN fx_municipality m USING (m)
UNION ALL
SELECT x.person_id, :'region', m.name, x.org FROM fx_person x JOIN fx_org f ON f.id = x.org
  JOIN fx_municipality m USING (m);
COMMIT;
ANALYZE;
