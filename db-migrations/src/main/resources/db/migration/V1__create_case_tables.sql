-- Reference data: agencies, versioned procedures, the holiday calendar.
create table agency (
    code           varchar(32)  primary key,
    name           varchar(200) not null,
    superior_name  varchar(200) not null,
    parent_code    varchar(32)  references agency (code),
    place          varchar(100) not null
);

create table procedure (
    id            bigserial    primary key,
    code          varchar(32)  not null unique,
    name          varchar(300) not null,
    field         varchar(100) not null,
    online_level  varchar(16)  not null check (online_level in ('FULL', 'PARTIAL'))
);

create table procedure_version (
    id                     bigserial    primary key,
    procedure_id           bigint       not null references procedure (id),
    version                int          not null,
    legal_basis            text         not null,
    receiving_agency_code  varchar(32)  not null references agency (code),
    process_key            varchar(100) not null,
    fee_type               varchar(8)   check (fee_type in ('PHI', 'LE_PHI')),
    fee_amount             bigint       not null default 0 check (fee_amount >= 0),
    fee_per_copy           boolean      not null default false,
    deadline_working_days  int          not null check (deadline_working_days >= 0),
    cutoff_time            time,
    result_title           varchar(300) not null,
    published_at           timestamptz  not null,
    unique (procedure_id, version)
);

create table procedure_document (
    id                    bigserial    primary key,
    procedure_version_id  bigint       not null references procedure_version (id),
    position              int          not null,
    name                  varchar(500) not null,
    originals             int          not null default 0,
    certified_copies      int          not null default 0,
    copies                int          not null default 0,
    required              boolean      not null default true,
    unique (procedure_version_id, position)
);

create table holiday (
    day   date         primary key,
    name  varchar(200) not null
);

-- Dossiers and their history.
create table dossier_code_sequence (
    agency_code  varchar(32) not null,
    day          date        not null,
    last_value   int         not null,
    primary key (agency_code, day)
);

create table dossier (
    id                     uuid         primary key,
    code                   varchar(48)  not null unique,
    procedure_version_id   bigint       not null references procedure_version (id),
    receiving_agency_code  varchar(32)  not null references agency (code),
    owner_id_number        varchar(12)  not null,
    applicant_name         varchar(100) not null,
    applicant_birth_date   date         not null,
    applicant_gender       varchar(8)   not null,
    applicant_address      varchar(300),
    phone                  varchar(20)  not null,
    email                  varchar(254),
    channel                smallint     not null check (channel in (1, 2, 3)),
    status                 smallint     not null check (status between 1 and 10),
    form_data              jsonb        not null,
    submitted_at           timestamptz  not null,
    accepted_at            timestamptz,
    accepted_by            varchar(100),
    due_at                 timestamptz,
    completed_at           timestamptz,
    handler_agency_code    varchar(32)  references agency (code),
    version                bigint       not null default 0
);
create index dossier_owner_idx on dossier (owner_id_number, submitted_at desc);
create index dossier_agency_status_idx on dossier (receiving_agency_code, status, submitted_at);

create table dossier_event (
    id           bigserial    primary key,
    dossier_id   uuid         not null references dossier (id),
    status       smallint     not null,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    agency_code  varchar(32),
    note         varchar(2000)
);
create index dossier_event_dossier_idx on dossier_event (dossier_id, occurred_at);

-- Stored files (attachments, slips, results): metadata here, bytes behind the storage port.
create table stored_file (
    id            uuid         primary key,
    dossier_id    uuid         not null references dossier (id),
    kind          varchar(16)  not null check (kind in ('ATTACHMENT', 'SLIP', 'RESULT')),
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    storage_key   varchar(300) not null unique,
    created_at    timestamptz  not null
);
create index stored_file_dossier_idx on stored_file (dossier_id, kind);
