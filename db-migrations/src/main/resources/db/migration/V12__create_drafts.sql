-- Drafts: a dossier being filled in, private to its author, resumable from any device.
create table draft (
    id                    uuid         primary key,
    owner_id_number       varchar(12)  not null,
    procedure_version_id  bigint       not null references procedure_version (id),
    status                varchar(16)  not null check (status in ('OPEN', 'SUBMITTED')),
    current_step          int          not null default 0 check (current_step >= 0),
    form_data             jsonb        not null,
    verified              jsonb        not null,
    dossier_id            uuid         references dossier (id),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0
);
create index draft_owner_idx on draft (owner_id_number, status, updated_at desc);

-- Files uploaded to a draft's document slots; the bytes are behind the storage port.
create table draft_attachment (
    id            uuid         primary key,
    draft_id      uuid         not null references draft (id) on delete cascade,
    slot          int          not null,
    display_name  varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    storage_key   varchar(300) not null unique,
    created_at    timestamptz  not null
);
create index draft_attachment_draft_idx on draft_attachment (draft_id, slot);

-- Idempotency keys of submissions: one key of one owner gives at most one dossier.
create table submission_key (
    owner_id_number  varchar(12)  not null,
    idempotency_key  varchar(100) not null,
    request_hash     varchar(64)  not null,
    dossier_id       uuid         references dossier (id),
    created_at       timestamptz  not null,
    primary key (owner_id_number, idempotency_key)
);
