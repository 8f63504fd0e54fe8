-- Demo data only in the demo. Scripts that reached main before demo data had a location of its own insert the demo
-- agencies and procedures (V2, with their agencies, forms, fee rules and step shares in V9, V11, V18 and V24) and the
-- demo staff, an administrator among them (V30), into every database. A database migrated without the demo location
-- (classpath:db/demo, whose V32 creates demo_database) is a production one: the demo rows leave it here, and it keeps
-- only the reference data every deployment needs (the holiday calendar as announced, provinces and wards). Its first
-- administrator is then created by the one-time command described in docs/operations.md.
--
-- A production database that has already served keeps whatever its work refers to: a demo procedure or agency that a
-- dossier, a draft, a statistics row, an issued document or another agency refers to stays (with a notice), and so
-- does a seeded staff account that an administrator has changed since. Roles that the old first login copied from the
-- identity provider's token, and that no administrator has confirmed since, are withdrawn: roles are the portal's
-- decision alone.
do $$
declare
    demo_procedure text;
    demo_agency text;
begin
    if to_regclass('demo_database') is not null then
        raise notice 'A demo database: its demo agencies, procedures and staff stay.';
        return;
    end if;

    delete from staff_role where username in (
        select username from staff_account
        where updated_by = 'seed'
          and username in ('tiepnhan.benthanh', 'chuyenvien.benthanh', 'lanhdao.benthanh', 'tiepnhan.tanphu', 'quantri'));
    delete from staff_account
    where updated_by = 'seed'
      and username in ('tiepnhan.benthanh', 'chuyenvien.benthanh', 'lanhdao.benthanh', 'tiepnhan.tanphu', 'quantri');
    delete from staff_role where username in (select username from staff_account where updated_by = 'directory');

    foreach demo_procedure in array array['2.000635', 'HCM.LT.01', 'HCM.HKD.01'] loop
        if exists (select 1 from procedure_version v join procedure p on p.id = v.procedure_id
                   where p.code = demo_procedure and v.version <> 1) then
            raise notice 'Procedure % stays: an administrator has published a version of it.', demo_procedure;
            continue;
        end if;
        begin
            delete from procedure_document where procedure_version_id in (
                select v.id from procedure_version v join procedure p on p.id = v.procedure_id where p.code = demo_procedure);
            delete from procedure_agency where procedure_version_id in (
                select v.id from procedure_version v join procedure p on p.id = v.procedure_id where p.code = demo_procedure);
            delete from step_budget where procedure_version_id in (
                select v.id from procedure_version v join procedure p on p.id = v.procedure_id where p.code = demo_procedure);
            delete from fee_rule where procedure_version_id in (
                select v.id from procedure_version v join procedure p on p.id = v.procedure_id where p.code = demo_procedure);
            delete from procedure_version where procedure_id in (select id from procedure where code = demo_procedure);
            delete from procedure where code = demo_procedure;
        exception when foreign_key_violation then
            raise notice 'Procedure % stays: dossiers, drafts or statistics refer to it.', demo_procedure;
        end;
    end loop;

    -- children before their parent H29
    foreach demo_agency in array array['H29.12.05.CA', 'H29.12.05', 'H29.12.07', 'H29.BHXH', 'H29'] loop
        begin
            delete from agency where code = demo_agency;
        exception when foreign_key_violation then
            raise notice 'Agency % stays: procedures, dossiers, staff or other agencies refer to it.', demo_agency;
        end;
    end loop;
end $$;
