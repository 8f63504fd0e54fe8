-- Bucket4j's table for the limits of the public pages (the lookup and the verification of a document: requests per
-- client address and minute), so that every portal node takes from one allowance rather than each from its own.
-- One row per page and address: the serialized bucket state; expires_at (milliseconds since the epoch) is when the
-- bucket would be full again, after which the row is useless and a periodic sweep deletes it; explicit_lock is the
-- advisory-lock id that Bucket4j takes while it reads and writes the row (and that the sweep tries, so that it skips a
-- bucket in use). The application role has DML on it like on every table of the owner (default privileges).
create table rate_limit_bucket (
    id             varchar(200)  not null primary key,
    state          bytea         not null,
    expires_at     bigint        not null,
    explicit_lock  bigint        not null
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
