-- This location (classpath:db/demo) is configured by the demo profile only. Migrating with it marks the database as a
-- demo one: V33 then keeps the demo agencies, procedures, forms and staff accounts that V2, V9, V11, V18, V24 and V30
-- insert into every database (they reached main before demo data had a location of its own, and never change).
-- A database migrated without this location is a production one, and V33 takes the demo rows out of it.
--
-- Flyway keeps the two kinds apart: a demo database migrated without this location refuses to start (an applied
-- migration, this one, is missing), and so does a production database migrated with it (this one would be skipped).
create table demo_database (
    marked_at  timestamptz  not null
);
insert into demo_database (marked_at) values (now());
