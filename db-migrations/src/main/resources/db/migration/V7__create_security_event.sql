-- The security audit trail: logins, failed logins, refused requests and rejected tokens. Rows are only ever added.
create table security_event (
    id          bigint generated always as identity primary key,
    at          timestamptz   not null,
    kind        varchar(32)   not null,
    principal   varchar(100),
    address     varchar(64),
    method      varchar(10),
    path        varchar(500),
    detail      varchar(500)
);
create index security_event_at_idx on security_event (at desc);
create index security_event_principal_idx on security_event (principal, at desc);
