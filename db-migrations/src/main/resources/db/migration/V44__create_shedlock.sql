-- ShedLock's table: one row per periodic job (e-mail retries, statistics, national-portal sync, deadline scan, payment
-- reconciliation, access-log anchoring, orphan sweeper), so that with several portal nodes on this database each round
-- runs on one node only. A node takes a job's lock with a conditional insert or update that succeeds only while
-- lock_until has passed, and holds it until the round ends plus its lockAtLeastFor; a node killed in a round holds it
-- until lock_until (lockAtMostFor after it started), then another node takes over (docs/operations.md).
-- ShedLock writes the database's own time in UTC (timezone('utc', current_timestamp)), never a node's clock, so the
-- times are timestamps without a zone, as ShedLock's documentation gives for PostgreSQL. The application role has DML
-- on it like on every table of the owner (default privileges, docs/operations.md "Database roles").
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp     not null,
    locked_at   timestamp     not null,
    locked_by   varchar(255)  not null
);
