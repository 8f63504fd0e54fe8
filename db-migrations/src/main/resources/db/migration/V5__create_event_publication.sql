-- The transactional outbox of Spring Modulith's event publication registry (its v2 schema for PostgreSQL, as shipped in
-- spring-modulith-events-jdbc 2.0.3, schemas/v2/schema-postgresql.sql): one row per event and transactional listener,
-- written in the transaction that publishes the event, completed when the listener succeeds. Modulith's own schema
-- initialisation stays off (spring.modulith.events.jdbc.schema-initialization.enabled=false).
create table event_publication (
    id                      uuid                      not null,
    listener_id             text                      not null,
    event_type              text                      not null,
    serialized_event        text                      not null,
    publication_date        timestamp with time zone  not null,
    completion_date         timestamp with time zone,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
