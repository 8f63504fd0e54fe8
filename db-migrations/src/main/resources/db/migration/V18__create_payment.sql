-- Online fee payments through the payment platform (PayGov-like). One row per order sent to the platform; a dossier
-- may have several (a cancelled one, then a new attempt) but at most one waiting and at most one that took money.
create table payment (
    id                   uuid         primary key,
    dossier_id           uuid         not null references dossier (id),
    order_id             varchar(64)  not null unique check (order_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    amount_vnd           bigint       not null check (amount_vnd > 0),
    fee_type             varchar(8)   not null check (fee_type in ('PHI', 'LE_PHI')),
    status               varchar(10)  not null check (status in ('PENDING', 'PAID', 'CANCELLED', 'FAILED', 'REFUNDED')),
    requested_by         varchar(100) not null,
    created_at           timestamptz  not null,
    platform_payment_id  varchar(64),
    pay_url              varchar(500),
    transaction_id       varchar(64),
    paid_at              timestamptz,
    closed_at            timestamptz,
    refund_id            varchar(64),
    refund_reason        varchar(255),
    refunded_at          timestamptz,
    receipt_id           uuid,
    version              bigint       not null default 0,
    constraint payment_paid_has_transaction check (
        status not in ('PAID', 'REFUNDED') or (transaction_id is not null and paid_at is not null)),
    constraint payment_refund_complete check (
        (status = 'REFUNDED') = (refund_id is not null and refunded_at is not null))
);
-- Every payment counted once: money taken at most once per dossier, and one order waiting at a time.
create unique index payment_one_paid_per_dossier on payment (dossier_id) where status in ('PAID', 'REFUNDED');
create unique index payment_one_pending_per_dossier on payment (dossier_id) where status = 'PENDING';
create index payment_status_created_idx on payment (status, created_at);

-- How the fee of a procedure version is reckoned beyond procedure_version's type, amount and per-copy flag: which form
-- field gives the number of copies, whether a paid fee is given back when the dossier is refused or stopped, and the
-- exemptions: a JSON list of {"field": form field key, "values": [values]}; the fee is waived when any field of the
-- dossier's form holds one of its values. A version without a row: one copy, not refundable, no exemption.
create table fee_rule (
    procedure_version_id  bigint       primary key references procedure_version (id),
    copies_field          varchar(64),
    refundable            boolean      not null default false,
    exemptions            jsonb        not null default '[]'
);
insert into fee_rule (procedure_version_id, copies_field, refundable, exemptions)
select v.id, r.copies_field, r.refundable, cast(r.exemptions as jsonb)
from procedure_version v join procedure p on p.id = v.procedure_id
join (values
    ('2.000635', 'copies', false, '[]'),
    ('HCM.HKD.01', null, true, '[]')
) as r (code, copies_field, refundable, exemptions) on r.code = p.code
where v.version = 1;
