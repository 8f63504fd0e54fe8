-- One row per file a citizen uploads to a draft, so that uploads per hour are counted in the database (any node);
-- rows older than the hour are removed at the next upload.
create table upload_event (
    owner_id_number  varchar(50)  not null,
    uploaded_at      timestamptz  not null
);
create index upload_event_owner_idx on upload_event (owner_id_number, uploaded_at);
