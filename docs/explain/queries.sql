-- The main queries of the staff and citizen pages, as the portal on main issues them (captured from PostgreSQL's log
-- with log_min_duration_statement = 0, docs/explain.md), with their parameters written in as psql variables.
-- ./scripts/explain runs each with EXPLAIN (ANALYZE, BUFFERS) and writes the plans into docs/explain.md.
-- Setup (run before each query): Bến Thành's ward (5,000 open tasks in the city data), one of its dossiers waiting for
-- review, its process instance, and a citizen who filed three dossiers.
\set agency 'H29.12.05'
\set citizen '079000000042'
select d.id as dossier_id, d.code as dossier_code, right(d.owner_id_number, 4) as last_four, e.id_ as proc_inst
from dossier d join act_ru_execution e on e.business_key_ = d.id::text and e.parent_id_ is null
join act_ru_task t on t.proc_inst_id_ = e.id_
where d.receiving_agency_code = :'agency' and t.task_def_key_ = 'review' order by d.code limit 1 \gset

-- @query Desk queue (/desk): the page of dossiers waiting at the clerk's agency (20 a page)
-- @note `DossierRepository` via `Dossiers.deskQueue`; one of 9 statements of the page (with the count below, the page's procedures and histories in one batch, the fee and walk-in lists).
select d1_0.id,d1_0.accepted_at,d1_0.accepted_by,d1_0.owner_id_number,d1_0.applicant_name,d1_0.applicant_birth_date,d1_0.applicant_gender,d1_0.applicant_address,d1_0.phone,d1_0.email,d1_0.applicant_check,d1_0.applicant_checked_at,d1_0.channel,d1_0.code,d1_0.completed_at,d1_0.due_at,d1_0.clock_paused_at,d1_0.status_before_pause,d1_0.overdue_at,d1_0.apology_due_at,d1_0.fee_paid_at,d1_0.fee_paid_via,d1_0.fee_receipt_number,d1_0.fee_amount_vnd,d1_0.fee_recorded_by,d1_0.form_data,d1_0.handler_agency_code,d1_0.procedure_version_id,d1_0.receiving_agency_code,d1_0.status,d1_0.submitted_at,d1_0.version
from dossier d1_0 where d1_0.receiving_agency_code = :'agency' and d1_0.status in (1)
order by d1_0.submitted_at, d1_0.id offset 0 rows fetch first 20 rows only;

-- @query Desk queue (/desk): the count for the pager
select count(d1_0.id) from dossier d1_0 where d1_0.receiving_agency_code = :'agency' and d1_0.status in (1);

-- @query Desk queue (/desk): the page's histories, in one batch
select h1_0.dossier_id,h1_0.id,h1_0.actor,h1_0.agency_code,h1_0.note,h1_0.occurred_at,h1_0.status from dossier_event h1_0
where h1_0.dossier_id = any (array(select id from dossier where receiving_agency_code = :'agency' and status = 1 order by submitted_at, id limit 20))
order by h1_0.occurred_at,h1_0.id;

-- @query Desk queue (/desk): dossiers waiting for their fee (status 6, up to 200)
select d1_0.id,d1_0.code,d1_0.status,d1_0.submitted_at,d1_0.due_at from dossier d1_0
where d1_0.receiving_agency_code = :'agency' and d1_0.status = 6 order by d1_0.submitted_at fetch first 200 rows only;

-- @query Clerk's task list (/inbox/tasks): unassigned tasks of the clerk's group with their process variables (Flowable, up to 200)
-- @note Flowable's task query with `includeProcessVariables()`: the page of tasks, joined to every variable of their processes.
SELECT RES.*, VAR.ID_ as VAR_ID_, VAR.NAME_ as VAR_NAME_, VAR.TYPE_ as VAR_TYPE_, VAR.REV_ as VAR_REV_, VAR.PROC_INST_ID_ as VAR_PROC_INST_ID_, VAR.EXECUTION_ID_ as VAR_EXECUTION_ID_, VAR.TASK_ID_ as VAR_TASK_ID_, VAR.META_INFO_ as VAR_META_INFO_, VAR.BYTEARRAY_ID_ as VAR_BYTEARRAY_ID_, VAR.DOUBLE_ as VAR_DOUBLE_, VAR.TEXT_ as VAR_TEXT_, VAR.TEXT2_ as VAR_TEXT2_, VAR.LONG_ as VAR_LONG_, VAR.SCOPE_ID_ AS VAR_SCOPE_ID_, VAR.SUB_SCOPE_ID_ AS VAR_SUB_SCOPE_ID_,VAR.SCOPE_TYPE_ AS VAR_SCOPE_TYPE_
FROM ( SELECT RES.* from ACT_RU_TASK RES WHERE RES.ASSIGNEE_ is null and exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_ and ( ( LINK.GROUP_ID_ IN ( :'agency' || ':CLERK' ) ) ) ) order by RES.CREATE_TIME_ asc LIMIT 200 OFFSET 0 ) RES
left outer join ACT_RU_VARIABLE VAR ON (RES.PROC_INST_ID_ = VAR.EXECUTION_ID_) order by RES.CREATE_TIME_ asc;

-- @query Specialist's inbox (/inbox): tasks of the specialist's group with their process variables (Flowable, up to 200)
SELECT RES.*, VAR.ID_ as VAR_ID_, VAR.NAME_ as VAR_NAME_, VAR.TYPE_ as VAR_TYPE_, VAR.REV_ as VAR_REV_, VAR.PROC_INST_ID_ as VAR_PROC_INST_ID_, VAR.EXECUTION_ID_ as VAR_EXECUTION_ID_, VAR.TASK_ID_ as VAR_TASK_ID_, VAR.META_INFO_ as VAR_META_INFO_, VAR.BYTEARRAY_ID_ as VAR_BYTEARRAY_ID_, VAR.DOUBLE_ as VAR_DOUBLE_, VAR.TEXT_ as VAR_TEXT_, VAR.TEXT2_ as VAR_TEXT2_, VAR.LONG_ as VAR_LONG_, VAR.SCOPE_ID_ AS VAR_SCOPE_ID_, VAR.SUB_SCOPE_ID_ AS VAR_SUB_SCOPE_ID_,VAR.SCOPE_TYPE_ AS VAR_SCOPE_TYPE_
FROM ( SELECT RES.* from ACT_RU_TASK RES WHERE exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_ and ( ( LINK.GROUP_ID_ IN ( :'agency' || ':SPECIALIST' ) ) ) ) order by RES.CREATE_TIME_ asc LIMIT 200 OFFSET 0 ) RES
left outer join ACT_RU_VARIABLE VAR ON (RES.PROC_INST_ID_ = VAR.EXECUTION_ID_) order by RES.CREATE_TIME_ asc;

-- @query Leader's approval list (/inbox as a leader): tasks of the leader's group with their process variables (Flowable, up to 200)
SELECT RES.*, VAR.ID_ as VAR_ID_, VAR.NAME_ as VAR_NAME_, VAR.TYPE_ as VAR_TYPE_, VAR.REV_ as VAR_REV_, VAR.PROC_INST_ID_ as VAR_PROC_INST_ID_, VAR.EXECUTION_ID_ as VAR_EXECUTION_ID_, VAR.TASK_ID_ as VAR_TASK_ID_, VAR.META_INFO_ as VAR_META_INFO_, VAR.BYTEARRAY_ID_ as VAR_BYTEARRAY_ID_, VAR.DOUBLE_ as VAR_DOUBLE_, VAR.TEXT_ as VAR_TEXT_, VAR.TEXT2_ as VAR_TEXT2_, VAR.LONG_ as VAR_LONG_, VAR.SCOPE_ID_ AS VAR_SCOPE_ID_, VAR.SUB_SCOPE_ID_ AS VAR_SUB_SCOPE_ID_,VAR.SCOPE_TYPE_ AS VAR_SCOPE_TYPE_
FROM ( SELECT RES.* from ACT_RU_TASK RES WHERE exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_ and ( ( LINK.GROUP_ID_ IN ( :'agency' || ':LEADER' ) ) ) ) order by RES.CREATE_TIME_ asc LIMIT 200 OFFSET 0 ) RES
left outer join ACT_RU_VARIABLE VAR ON (RES.PROC_INST_ID_ = VAR.EXECUTION_ID_) order by RES.CREATE_TIME_ asc;

-- @query Dossier page (/desk/dossiers/{id}, /inbox/dossiers/{id}): the dossier with its procedure version and documents
-- @note The dossier pages issue 28 statements each (their own, the task checks, the process diagram's history); the main ones follow.
select d1_0.id,d1_0.code,d1_0.status,d1_0.form_data,d1_0.submitted_at,d1_0.due_at,pv1_0.id,pv1_0.form_definition,p1_0.code,p1_0.name,d2_0.name,d2_0.position
from dossier d1_0 join procedure_version pv1_0 on pv1_0.id=d1_0.procedure_version_id join procedure p1_0 on p1_0.id=pv1_0.procedure_id
left join procedure_document d2_0 on pv1_0.id=d2_0.procedure_version_id where d1_0.id = :'dossier_id' order by d2_0.position;

-- @query Dossier page: its history
select h1_0.dossier_id,h1_0.id,h1_0.actor,h1_0.agency_code,h1_0.note,h1_0.occurred_at,h1_0.status from dossier_event h1_0
where h1_0.dossier_id = :'dossier_id' order by h1_0.occurred_at,h1_0.id;

-- @query Dossier page: the staff member's open task of the dossier (Flowable, by business key, task key and group)
SELECT RES.* from ACT_RU_TASK RES WHERE exists ( select 1 from ACT_RU_EXECUTION E WHERE RES.PROC_INST_ID_ = E.ID_ and E.BUSINESS_KEY_ = :'dossier_id' )
and RES.TASK_DEF_KEY_ = 'review' and exists(select LINK.ID_ from ACT_RU_IDENTITYLINK LINK where LINK.TYPE_ = 'candidate' and LINK.TASK_ID_ = RES.ID_ and ( ( LINK.GROUP_ID_ IN ( :'agency' || ':SPECIALIST' ) ) ) ) order by RES.ID_ asc;

-- @query Dossier page: the process instance's history by business key (process diagram)
SELECT RES.* , DEF.KEY_ as PROC_DEF_KEY_, DEF.NAME_ as PROC_DEF_NAME_, DEF.VERSION_ as PROC_DEF_VERSION_, DEF.CATEGORY_ as PROC_DEF_CATEGORY_, DEF.DEPLOYMENT_ID_ as DEPLOYMENT_ID_
from ACT_HI_PROCINST RES left outer join ACT_RE_PROCDEF DEF on RES.PROC_DEF_ID_ = DEF.ID_ WHERE RES.BUSINESS_KEY_ = :'dossier_id' order by RES.ID_ asc;

-- @query Dossier page: the finished activities (process diagram)
SELECT RES.* from ACT_HI_ACTINST RES WHERE RES.PROC_INST_ID_ = :'proc_inst' and RES.END_TIME_ is not null order by RES.ID_ asc;

-- @query Citizen's "Hồ sơ của tôi" (/my/dossiers): the citizen's dossiers, newest first (up to 200)
select d1_0.id,d1_0.code,d1_0.status,d1_0.procedure_version_id,d1_0.submitted_at,d1_0.due_at,d1_0.completed_at from dossier d1_0
where d1_0.owner_id_number = :'citizen' order by d1_0.submitted_at desc fetch first 200 rows only;

-- @query Lookup by code (/lookup): a dossier's progress by its code and the last four digits of the identity number
-- @note Taken from `PublicLookup.find` (the capture's lookup request was not a sent form, so it issued no statement).
select d.code, p.name as procedure_name, d.status, d.submitted_at, d.accepted_at, d.due_at, d.completed_at, a.name as agency_name
from dossier d join procedure_version v on v.id = d.procedure_version_id join procedure p on p.id = v.procedure_id
join agency a on a.code = coalesce(d.handler_agency_code, d.receiving_agency_code)
where d.code = :'dossier_code' and right(d.owner_id_number, 4) = :'last_four';

-- @query Statistics report (/admin/statistics): the city's totals for 2025 from the summary (whole months from the monthly table)
-- @note One of the report's four queries (totals, by agency, by procedure, by month), all over the same source; taken from `DossierStatistics.report` (the page opened without a filter in the capture).
select '', '', sum(s.received), sum(s.in_progress), sum(s.done_early), sum(s.done_on_time), sum(s.done_late), sum(s.refused), sum(s.withdrawn), sum(s.stopped), sum(s.supplemented), sum(s.online), sum(s.paid), sum(s.paid_online), sum(s.rating_count), sum(s.rating_sum)
from (select agency_code, procedure_id, day, received, in_progress, done_early, done_on_time, done_late, refused, withdrawn, stopped, supplemented, online, paid, paid_online, rating_count, rating_sum from dossier_stats_daily
      where day between date '2025-01-01' and date '2025-12-31' and not (day >= date '2025-01-01' and day < date '2026-01-01')
      union all select agency_code, procedure_id, month, received, in_progress, done_early, done_on_time, done_late, refused, withdrawn, stopped, supplemented, online, paid, paid_online, rating_count, rating_sum from dossier_stats_monthly
      where month >= date '2025-01-01' and month < date '2026-01-01') s;

-- @query Statistics report: one agency, March 2026, by agency
select s.agency_code, min(a.name), sum(s.received), sum(s.in_progress), sum(s.done_early), sum(s.done_on_time), sum(s.done_late), sum(s.refused), sum(s.withdrawn), sum(s.stopped), sum(s.supplemented), sum(s.online), sum(s.paid), sum(s.paid_online), sum(s.rating_count), sum(s.rating_sum)
from (select agency_code, procedure_id, day, received, in_progress, done_early, done_on_time, done_late, refused, withdrawn, stopped, supplemented, online, paid, paid_online, rating_count, rating_sum from dossier_stats_daily
      where day between date '2026-03-01' and date '2026-03-31' and not (day >= date '2026-03-01' and day < date '2026-04-01') and agency_code = :'agency'
      union all select agency_code, procedure_id, month, received, in_progress, done_early, done_on_time, done_late, refused, withdrawn, stopped, supplemented, online, paid, paid_online, rating_count, rating_sum from dossier_stats_monthly
      where month >= date '2026-03-01' and month < date '2026-04-01' and agency_code = :'agency') s
join agency a on a.code = s.agency_code group by s.agency_code order by s.agency_code;
