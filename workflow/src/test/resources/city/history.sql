-- The history (dossier_event) of the generated dossiers, as the portal writes it: filed (1), accepted at the desk (2),
-- in the agency's hands (4), then the outcome (3 refused, 7 withdrawn, 8 stopped, 9 result ready, 10 result given).
-- Only dossiers without any event yet (the generated ones) get a history.
insert into dossier_event (dossier_id, status, occurred_at, actor, agency_code, note)
select d.id, e.status, e.at, e.actor, d.receiving_agency_code, e.note
from dossier d
cross join lateral (values
    (1, 1, d.submitted_at, 'citizen', null::varchar),
    (2, 2, d.accepted_at, d.accepted_by, null),
    (3, 4, d.accepted_at + interval '2 hours', 'system', null),
    (4, d.status, case d.status when 3 then d.submitted_at + interval '1 day'
                                when 7 then d.submitted_at + interval '3 hours'
                                when 8 then d.accepted_at + interval '1 day'
                                else d.completed_at end,
     case when d.status in (3, 8) then 'lanhdao' when d.status = 7 then 'citizen' else 'system' end,
     case d.status when 3 then 'Hồ sơ không đủ điều kiện' when 7 then 'Công dân rút hồ sơ'
                   when 8 then 'Dừng xử lý theo đề nghị của cơ quan' end)
) as e (ord, status, at, actor, note)
where e.at is not null and (e.ord < 4 or d.status not in (1, 2, 4))
  and not exists (select 1 from dossier_event x where x.dossier_id = d.id);
