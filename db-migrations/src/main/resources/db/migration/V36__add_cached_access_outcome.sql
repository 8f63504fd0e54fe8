-- An answer of the LGSP connector's short-lived cache is still a read of personal data: it is logged with the
-- outcome CACHED (the data was shown again without asking the source).
alter table personal_data_access drop constraint personal_data_access_outcome_check;
alter table personal_data_access add constraint personal_data_access_outcome_check
    check (outcome in ('OK', 'NOT_FOUND', 'FAILED', 'CACHED'));
