-- The portal's own record of staff: which agency each account works for and which roles it holds. The e-ID provider
-- (the city's directory) proves who someone is; this table decides what they may do. An account seen for the first
-- time is recorded with the agency and roles its directory states; from then on an administrator keeps it here.
create table staff_account (
    username     varchar(100) primary key,
    full_name    varchar(200) not null,
    agency_code  varchar(32)  not null references agency (code),
    active       boolean      not null default true,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null
);

create table staff_role (
    username  varchar(100) not null references staff_account (username),
    role      varchar(16)  not null check (role in ('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')),
    primary key (username, role)
);
create index staff_role_role_idx on staff_role (role, username);

-- The demo staff of the e-ID stand-in, as its directory states them.
insert into staff_account (username, full_name, agency_code, updated_at, updated_by) values
    ('tiepnhan.benthanh',   'Phạm Thị Thu Hà', 'H29.12.05', now(), 'seed'),
    ('chuyenvien.benthanh', 'Võ Minh Tuấn',    'H29.12.05', now(), 'seed'),
    ('lanhdao.benthanh',    'Đặng Quốc Hùng',  'H29.12.05', now(), 'seed'),
    ('tiepnhan.tanphu',     'Huỳnh Ngọc Lan',  'H29.12.07', now(), 'seed'),
    ('quantri',             'Bùi Thanh Sơn',   'H29',       now(), 'seed');
insert into staff_role (username, role) values
    ('tiepnhan.benthanh', 'CLERK'),
    ('chuyenvien.benthanh', 'SPECIALIST'),
    ('lanhdao.benthanh', 'LEADER'),
    ('tiepnhan.tanphu', 'CLERK'),
    ('quantri', 'ADMIN');
