-- Anchors of the personal-data access log outside the database: every few minutes and at shutdown the portal asks the
-- time-stamping authority (RFC 3161) for a token over the hash of the newest entry, and keeps the token here. The
-- token's message imprint is that hash, signed and dated by the authority, so nobody can later claim a shorter or
-- different chain: verification finds the anchored entry missing (the newest entries were deleted) or changed (the
-- chain was rewritten and its hashes recomputed). Append-only like the log.
create table personal_data_access_anchor (
    id           bigint       generated always as identity primary key,
    seq          bigint       not null check (seq > 0),
    hash         char(64)     not null,
    stamped_at   timestamptz  not null,
    token        bytea        not null
);
create index personal_data_access_anchor_seq_idx on personal_data_access_anchor (seq desc);

create function refuse_access_anchor_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'personal_data_access_anchor is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation',
              hint = 'Anchors of the personal-data access log can only be added.';
end;
$$;

create trigger personal_data_access_anchor_append_only
    before update or delete on personal_data_access_anchor
    for each statement execute function refuse_access_anchor_change();

create trigger personal_data_access_anchor_no_truncate
    before truncate on personal_data_access_anchor
    for each statement execute function refuse_access_anchor_change();
