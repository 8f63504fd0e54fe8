-- A procedure version an administrator is preparing. Published versions never change: publishing copies a draft into
-- procedure_version (with its documents and agencies) and deletes the draft, in one transaction. A draft of a
-- procedure that is not yet in the catalogue has no procedure_id; its procedure row is created when it is published.
create table procedure_draft (
    id                     bigserial    primary key,
    procedure_code         varchar(32)  not null unique,
    procedure_id           bigint       references procedure (id),
    name                   varchar(300) not null,
    field                  varchar(100) not null,
    online_level           varchar(16)  not null check (online_level in ('FULL', 'PARTIAL')),
    legal_basis            text         not null default '',
    receiving_agency_code  varchar(32),
    process_key            varchar(100),
    fee_type               varchar(8)   check (fee_type in ('PHI', 'LE_PHI')),
    fee_amount             bigint       not null default 0 check (fee_amount >= 0),
    fee_per_copy           boolean      not null default false,
    deadline_working_days  int          not null default 0 check (deadline_working_days >= 0),
    cutoff_time            time,
    result_title           varchar(300) not null default '',
    documents              jsonb        not null default '[]',
    agencies               jsonb        not null default '[]',
    form_definition        jsonb        not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(100) not null,
    version                bigint       not null default 0
);
create unique index procedure_draft_procedure_idx on procedure_draft (procedure_id);

-- What administrators changed: procedure drafts, publications, process deployments. Rows are only ever added.
create table admin_action (
    id       bigint generated always as identity primary key,
    at       timestamptz  not null,
    actor    varchar(100) not null,
    kind     varchar(32)  not null,
    subject  varchar(200) not null,
    detail   varchar(500)
);
create index admin_action_at_idx on admin_action (at desc);
