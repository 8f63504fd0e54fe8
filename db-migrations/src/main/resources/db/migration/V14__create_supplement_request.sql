-- Supplements (status 5): while one is open the legal clock is paused; the dossier remembers since when and the
-- status it returns to once the applicant answers.
alter table dossier add column clock_paused_at timestamptz;
alter table dossier add column status_before_pause smallint check (status_before_pause between 1 and 10);

create table supplement_request (
    id                 uuid          primary key,
    dossier_id         uuid          not null references dossier (id),
    reason             varchar(2000) not null,
    missing_items      jsonb         not null,
    requested_by       varchar(100)  not null,
    requested_by_name  varchar(200),
    requested_at       timestamptz   not null,
    answer_due_at      timestamptz   not null,
    answered_at        timestamptz,
    answer_note        varchar(2000)
);
create index supplement_request_dossier_idx on supplement_request (dossier_id, requested_at);
-- At most one open request per dossier.
create unique index supplement_request_open_idx on supplement_request (dossier_id) where answered_at is null;

-- The files (stored as attachments) the applicant sent with an answer, in the order sent.
create table supplement_answer_file (
    supplement_id   uuid  not null references supplement_request (id),
    position        int   not null,
    stored_file_id  uuid  not null references stored_file (id),
    primary key (supplement_id, position)
);
