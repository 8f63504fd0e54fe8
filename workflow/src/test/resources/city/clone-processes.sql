-- Copies the running processes of a few dossiers that went through the portal's own path (the templates: one per step)
-- to the other open dossiers, so that tens of thousands of processes run without tens of thousands of trips through
-- the engine. Every row of the template's process (runtime and history: executions, tasks, variables, candidate
-- groups, activity instances, jobs) and of its dossier's history and step clock is copied with its values replaced:
-- ids by new ones, the dossier's id, code and agency by the target's, the candidate groups and the staff who decided by
-- the target agency's. The engine then sees processes it could have started itself. Tables city_clone_template
-- (step, dossier_id) and city_clone_target (dossier_id, code, agency, step) are filled by the generator first.

-- The values of each template to replace, and with what kind of value.
create unlogged table city_clone_value as
with t as (
    select ct.step, d.id dossier_id, d.code, d.receiving_agency_code agency, e.id_ proc
    from city_clone_template ct join dossier d on d.id = ct.dossier_id
    join act_ru_execution e on e.business_key_ = d.id::text and e.parent_id_ is null),
ids as (
    select t.step, x.id_ from t cross join lateral (
        select id_ from act_ru_execution where proc_inst_id_ = t.proc union all
        select id_ from act_ru_task where proc_inst_id_ = t.proc union all
        select id_ from act_ru_variable where proc_inst_id_ = t.proc union all
        select id_ from act_ru_actinst where proc_inst_id_ = t.proc union all
        select id_ from act_ru_identitylink where task_id_ in (select id_ from act_hi_taskinst where proc_inst_id_ = t.proc)
            or proc_inst_id_ = t.proc union all
        select id_ from act_ru_job where process_instance_id_ = t.proc union all
        select id_ from act_ru_timer_job where process_instance_id_ = t.proc union all
        select id_ from act_hi_taskinst where proc_inst_id_ = t.proc union all
        select id_ from act_hi_actinst where proc_inst_id_ = t.proc union all
        select id_ from act_hi_varinst where proc_inst_id_ = t.proc union all
        select id_ from act_hi_identitylink where task_id_ in (select id_ from act_hi_taskinst where proc_inst_id_ = t.proc)
            or proc_inst_id_ = t.proc) x)
select step, id_ old, 'id' kind, null role from ids
union all select step, dossier_id::text, 'dossier', null from t
union all select step, code, 'code', null from t
union all select step, agency, 'agency', null from t
union all select t.step, t.agency || ':' || r.role, 'group', r.role from t
    cross join (values ('CLERK'), ('SPECIALIST'), ('LEADER')) r (role)
union all select t.step, s.username, 'user', r.role from t join staff_account s on s.agency_code = t.agency
    join staff_role r on r.username = s.username and r.role in ('CLERK', 'SPECIALIST', 'LEADER')
union all select t.step, s.full_name, 'name', r.role from t join staff_account s on s.agency_code = t.agency
    join staff_role r on r.username = s.username and r.role in ('CLERK', 'SPECIALIST', 'LEADER');

-- One staff member per agency and role (the first by user name), for the replaced user names.
create unlogged table city_clone_staff as
select distinct on (s.agency_code, r.role) s.agency_code, r.role, s.username, s.full_name
from staff_account s join staff_role r on r.username = s.username
where s.active and r.role in ('CLERK', 'SPECIALIST', 'LEADER') order by s.agency_code, r.role, s.username;

-- Per target: the template's process instance and the map old value -> new value.
create unlogged table city_clone_map as
select x.dossier_id, x.step, (select e.id_ from act_ru_execution e
        where e.business_key_ = ct.dossier_id::text and e.parent_id_ is null) proc, ct.dossier_id template,
       (select jsonb_object_agg(v.old, case v.kind
            when 'id' then md5(x.dossier_id::text || v.old)::uuid::text
            when 'dossier' then x.dossier_id::text
            when 'code' then x.code
            when 'agency' then x.agency
            when 'group' then x.agency || ':' || v.role
            when 'user' then (select s.username from city_clone_staff s where s.agency_code = x.agency and s.role = v.role)
            else (select s.full_name from city_clone_staff s where s.agency_code = x.agency and s.role = v.role) end)
        from city_clone_value v where v.step = x.step) map
from city_clone_target x join city_clone_template ct on ct.step = x.step;
create index on city_clone_map (proc);

