-- Indexes that match the reports' scope predicates: an organization's rows of a period in the bases and in the
-- program overview (the KPI report of an organization, the monitoring forms), without reading the whole table.
CREATE INDEX participant_base_scope_idx ON participant_base (organization_id, period);
CREATE INDEX program_overview_organization_idx ON program_overview (organization_id, period);
CREATE INDEX base_program_scope_idx ON base_program (period, organization_id);
