-- The application's database role may only add and read entries of the access log and its anchors: whatever the
-- grants given so far (default privileges of the owner, "grant ... on all tables"), no role but the owner keeps
-- UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER on them. Only the owner may alter the tables or switch their
-- triggers off, and the application does not connect as the owner (docs/operations.md, "Database roles").
do $$
declare
    grantee_role text;
begin
    for grantee_role in
        select distinct acl.grantee::regrole::text
        from pg_class c cross join lateral aclexplode(c.relacl) acl
        where c.oid in ('personal_data_access'::regclass, 'personal_data_access_anchor'::regclass)
          and acl.grantee <> c.relowner and acl.grantee <> 0
    loop
        execute format('revoke update, delete, truncate, references, trigger on personal_data_access, '
                       'personal_data_access_anchor from %s', grantee_role);
    end loop;
end;
$$;
revoke update, delete, truncate, references, trigger on personal_data_access, personal_data_access_anchor from public;
