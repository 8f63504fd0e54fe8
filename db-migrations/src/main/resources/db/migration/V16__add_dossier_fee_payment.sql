-- The fee (phí or lệ phí) of a dossier whose process asks for it (status 6): who recorded the payment, how it was paid
-- (at the desk against a paper receipt, or online through the payment platform), the receipt or transaction number
-- and the amount. One payment per dossier; null while none was asked for or received.
alter table dossier add column fee_paid_at timestamptz;
alter table dossier add column fee_paid_via varchar(8) check (fee_paid_via in ('DESK', 'ONLINE'));
alter table dossier add column fee_receipt_number varchar(50);
alter table dossier add column fee_amount_vnd bigint check (fee_amount_vnd >= 0);
alter table dossier add column fee_recorded_by varchar(100);
alter table dossier add constraint dossier_fee_complete check (
    (fee_paid_at is null and fee_paid_via is null and fee_receipt_number is null and fee_amount_vnd is null
        and fee_recorded_by is null)
    or (fee_paid_at is not null and fee_paid_via is not null and fee_receipt_number is not null
        and fee_amount_vnd is not null and fee_recorded_by is not null));
create index dossier_awaiting_fee_idx on dossier (receiving_agency_code, submitted_at) where status = 6;
