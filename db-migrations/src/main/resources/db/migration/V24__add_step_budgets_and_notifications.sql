-- The legal clock in hours, each step's share of the deadline, the deadline of every opened step, overdue dossiers
-- with the new date of their apology slip, and the notifications of citizens and staff.
alter table procedure_version add column deadline_hours int check (deadline_hours > 0);

create table step_budget (
    procedure_version_id  bigint       not null references procedure_version (id),
    task_key              varchar(100) not null,
    share_percent         int          not null check (share_percent between 0 and 100),
    primary key (procedure_version_id, task_key)
);

-- Shares of the seed processes; parallel steps (confirmResidence, confirmInsurance) each own their share of the
-- same stretch of time. The fee step runs while the clock is paused (status 6): it owns no share.
insert into step_budget (procedure_version_id, task_key, share_percent)
select v.id, b.task_key, b.share_percent
from procedure_version v join (values
    ('civil-status-extract-copy', 'intake', 20),
    ('civil-status-extract-copy', 'review', 40),
    ('civil-status-extract-copy', 'approval', 40),
    ('household-business-registration', 'intake', 15),
    ('household-business-registration', 'fee', 0),
    ('household-business-registration', 'review', 55),
    ('household-business-registration', 'approval', 30),
    ('birth-residence-insurance', 'intake', 10),
    ('birth-residence-insurance', 'registerBirth', 30),
    ('birth-residence-insurance', 'confirmResidence', 40),
    ('birth-residence-insurance', 'confirmInsurance', 40),
    ('birth-residence-insurance', 'returnResults', 20)
) as b(process_key, task_key, share_percent) on b.process_key = v.process_key;

create table step_deadline (
    task_id      varchar(64)  primary key,
    dossier_id   uuid         not null references dossier (id),
    task_key     varchar(100) not null,
    agency_code  varchar(32)  not null,
    opened_at    timestamptz  not null,
    due_at       timestamptz,
    warn_at      timestamptz,
    warned_at    timestamptz,
    closed_at    timestamptz,
    on_time      boolean
);
create index step_deadline_dossier_idx on step_deadline (dossier_id, opened_at);
create index step_deadline_warn_idx on step_deadline (warn_at) where closed_at is null and warned_at is null;

alter table dossier add column overdue_at timestamptz;
alter table dossier add column apology_due_at timestamptz;
create index dossier_running_due_idx on dossier (due_at) where overdue_at is null and status in (2, 4);

create table notification (
    id              uuid         primary key,
    audience        varchar(8)   not null check (audience in ('CITIZEN', 'STAFF')),
    recipient       varchar(100) not null,
    dossier_id      uuid         not null references dossier (id),
    dossier_code    varchar(48)  not null,
    kind            varchar(32)  not null,
    created_at      timestamptz  not null,
    read_at         timestamptz,
    email_to        varchar(254),
    email_state     varchar(8)   not null check (email_state in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    email_attempts  int          not null default 0,
    email_error     varchar(500),
    sms_to          varchar(20)
);
create index notification_recipient_idx on notification (audience, recipient, created_at desc);
create index notification_email_idx on notification (email_state) where email_state in ('PENDING', 'FAILED');
