#!/bin/sh
# Run once by the postgres image when it initialises an empty data directory (/docker-entrypoint-initdb.d): the
# portal's database and its two roles, as docs/operations.md "Database roles" says.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role motcua_owner login password '$MOTCUA_OWNER_PASSWORD';
create role motcua_app login password '$MOTCUA_APP_PASSWORD' nosuperuser nocreatedb nocreaterole noinherit;
create database motcua owner motcua_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname motcua <<SQL
create extension if not exists unaccent;
create extension if not exists pg_trgm;
grant usage, create on schema public to motcua_app;
alter default privileges for role motcua_owner in schema public
    grant select, insert, update, delete on tables to motcua_app;
alter default privileges for role motcua_owner in schema public
    grant usage, select, update on sequences to motcua_app;
SQL
