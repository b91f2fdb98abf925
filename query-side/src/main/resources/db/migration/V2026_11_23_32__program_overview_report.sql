-- When and under what reference the program's monitoring report was submitted (for the deadline tracking of
-- the annual monitoring form).
ALTER TABLE program_overview ADD COLUMN report_submitted_on DATE;
ALTER TABLE program_overview ADD COLUMN report_reference VARCHAR(300);
