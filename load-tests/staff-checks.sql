-- Checks after a staff load run (load-tests/README-staff.md): psql -v ledger=/path/staff-ledger.csv -f staff-checks.sql
-- Each "expect no row" query lists what went wrong; the last ones count.
\set ON_ERROR_STOP on
create temp table ledger (kind text, dossier_id uuid, code text, http_status int, at timestamptz);
-- \copy takes no variable: build the command, then run it
\set load_ledger '\\copy ledger from ' :'ledger' ' with (format csv, header true)'
:load_ledger

\echo '== acknowledged acceptances the database does not show (expect no row)'
select l.code from ledger l join dossier d on d.id = l.dossier_id
where l.kind = 'accept' and d.accepted_at is null;

\echo '== dossiers accepted more than once (status 2 events; expect no row)'
select d.code, count(*) from dossier_event e join dossier d on d.id = e.dossier_id
where e.status = 2 and d.id in (select dossier_id from ledger) group by d.code having count(*) > 1;

\echo '== acknowledged reviews / approvals without exactly one completed Flowable task (expect no row)'
select l.kind, l.code, count(t.id_) as completed
from ledger l
join act_hi_procinst p on p.business_key_ = l.dossier_id::text
left join act_hi_taskinst t on t.proc_inst_id_ = p.proc_inst_id_ and t.end_time_ is not null
    and t.task_def_key_ = case l.kind when 'review' then 'review' else 'approval' end
where l.kind in ('review', 'approve')
group by l.kind, l.code having count(t.id_) <> 1;

\echo '== approved dossiers: status, results, signed results, result files, open and dead jobs, and the lock of an open job'
select d.code, d.status,
       count(distinct r.id) as results,
       count(distinct r.id) filter (where r.signed_at is not null and r.revoked_at is null) as signed,
       count(distinct f.id) as result_files,
       count(distinct j.id_) as jobs,
       count(distinct dl.id_) as dead_jobs,
       max(j.lock_owner_) as job_locked_by, max(j.lock_exp_time_) as job_locked_until
from dossier d
left join issued_document r on r.dossier_id = d.id and r.kind = 'RESULT'
left join stored_file f on f.dossier_id = d.id and f.kind = 'RESULT'
left join act_ru_execution pi on pi.business_key_ = d.id::text and pi.parent_id_ is null
left join act_ru_job j on j.process_instance_id_ = pi.id_
left join act_ru_deadletter_job dl on dl.process_instance_id_ = pi.id_
where d.id in (select dossier_id from ledger where kind = 'approve')
group by d.code, d.status order by d.code;

\echo '== approved dossiers without exactly one signed result, or with a result file no issued document names (expect no row once the jobs are done)'
select d.code, d.status,
       (select count(*) from issued_document r where r.dossier_id = d.id and r.kind = 'RESULT') as results,
       (select count(*) from stored_file f where f.dossier_id = d.id and f.kind = 'RESULT'
            and not exists (select 1 from issued_document r where r.id = f.id)) as orphan_files
from dossier d
where d.id in (select dossier_id from ledger where kind = 'approve')
  and ((select count(*) from issued_document r where r.dossier_id = d.id and r.kind = 'RESULT') <> 1
       or exists (select 1 from stored_file f where f.dossier_id = d.id and f.kind = 'RESULT'
                  and not exists (select 1 from issued_document r where r.id = f.id)));

\echo '== the ledger by kind (for accept, review, approve: lines = dossiers, or a dossier was acknowledged twice)'
select kind, count(*) as lines, count(distinct dossier_id) as dossiers from ledger group by kind order by kind;
