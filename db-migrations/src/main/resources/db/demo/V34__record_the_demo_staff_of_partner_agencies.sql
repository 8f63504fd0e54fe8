-- The demo staff of the e-ID stand-in that V30 did not record: the ward police (H29.12.05.CA) and the city's social
-- insurance (H29.BHXH), who take part in the linked procedure HCM.LT.01. The portal used to record them at their first
-- login with the roles their token stated; roles now come from the portal's own record only, so the demo records them
-- here. A demo database that has recorded them already keeps its record.
insert into staff_account (username, full_name, agency_code, updated_at, updated_by) values
    ('congan.benthanh', 'Trương Văn Lực',  'H29.12.05.CA', now(), 'seed'),
    ('bhxh.thanhpho',   'Lý Thị Ngọc Mai', 'H29.BHXH',     now(), 'seed')
on conflict (username) do nothing;
insert into staff_role (username, role)
select r.username, r.role
from (values ('congan.benthanh', 'SPECIALIST'), ('congan.benthanh', 'LEADER'), ('bhxh.thanhpho', 'SPECIALIST'))
     as r (username, role)
join staff_account a on a.username = r.username and a.updated_by = 'seed'
on conflict (username, role) do nothing;
