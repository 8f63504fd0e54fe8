-- Sync records the national public-service portal has accepted, by their deterministic record id: a record is sent
-- again only if it is missing here (the portal is idempotent by record id as well).
create table national_portal_delivery (
    record_id     uuid          primary key,
    dossier_id    uuid          not null references dossier (id),
    status        smallint      not null check (status between 1 and 10),
    changed_at    timestamptz   not null,
    delivered_at  timestamptz   not null
);
create index national_portal_delivery_dossier_idx on national_portal_delivery (dossier_id, changed_at);
