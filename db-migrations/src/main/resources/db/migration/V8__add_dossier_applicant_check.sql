-- How the applicant's identity was checked against the population database. A dossier filed while the database was
-- unreachable is PENDING until the portal reaches it; dossiers filed before this column existed came from it.
alter table dossier add column applicant_check varchar(16) not null default 'FROM_POPULATION'
    check (applicant_check in ('FROM_POPULATION', 'PENDING', 'CONFIRMED', 'NOT_FOUND', 'MISMATCH'));
alter table dossier alter column applicant_check drop default;
alter table dossier add column applicant_checked_at timestamptz;
create index dossier_applicant_pending_idx on dossier (submitted_at) where applicant_check = 'PENDING';
