-- Every read or transfer of personal data through the LGSP (Decree 13/2023): append-only and hash-chained.
-- seq numbers the chain without gaps (assigned under a lock by the application), so a deleted row shows as a gap;
-- hash = SHA-256 (hex) over the canonical encoding of the row's content and prev_hash, so an edited row breaks the chain.
create table personal_data_access (
    seq              bigint        primary key check (seq > 0),
    accessed_at      timestamptz   not null,
    actor            varchar(100),
    requesting_unit  varchar(32)   not null,
    subject          varchar(20)   not null,
    service_code     varchar(100)  not null,
    fields           text[]        not null,
    purpose          varchar(200)  not null,
    outcome          varchar(16)   not null check (outcome in ('OK', 'NOT_FOUND', 'FAILED')),
    request_id       uuid          not null,
    prev_hash        char(64)      not null,
    hash             char(64)      not null unique
);
create index personal_data_access_subject_idx on personal_data_access (subject, seq desc);
create index personal_data_access_time_idx on personal_data_access (accessed_at);

create function refuse_personal_data_access_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation',
              hint = 'Entries of the personal-data access log can only be added.';
end;
$$;

create trigger personal_data_access_append_only
    before update or delete on personal_data_access
    for each statement execute function refuse_personal_data_access_change();

create trigger personal_data_access_no_truncate
    before truncate on personal_data_access
    for each statement execute function refuse_personal_data_access_change();
