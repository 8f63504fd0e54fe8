-- A procedure draft's deadline may be in working hours instead of working days (procedure_version.deadline_hours,
-- V24): when it is set, the published version counts hours and its deadline_working_days is 0.
alter table procedure_draft add column deadline_working_hours int
    check (deadline_working_hours between 1 and 200);
