-- Generates :n finished and ongoing dossiers as a city would see them, for the benchmarks (not a migration: it lies
-- outside Flyway's locations). Used by case-management's StatisticsBenchmark and workflow's city data generator
-- (vn.motcua.city.CityData), which run it statement by statement (split where a line ends with a semicolon) with the
-- named parameters :n (dossiers), :agencies (a LIKE pattern of the receiving agencies' codes), :owners (how many
-- citizens filed them) and :open (false: every dossier finished, refused, withdrawn or stopped, for a database whose
-- open dossiers have running processes of their own).
--
-- Every dossier: an agency and a procedure version picked at random, received at a random moment of the 18 months
-- January 2025 - June 2026, due 1-5 days later; statuses: 70 % finished (0-7 days after receipt, so early, on time and
-- late all occur), 15 % in progress, 5 % refused, withdrawn or stopped, the rest waiting. Codes in the national
-- format {agency}-{yyMMdd}-{number}. Triggers stay on (the statistics are marked dirty as in production).
with v as (select array_agg(id order by id) ids from procedure_version),
a as (select array_agg(code order by code) codes from agency where code like :agencies),
x as (
    select i, v.ids[1 + floor(random() * array_length(v.ids, 1))::int] version_id,
           a.codes[1 + floor(random() * array_length(a.codes, 1))::int] agency,
           timestamptz '2025-01-01 00:00+07' + random() * interval '546 days' submitted,
           random() r0, random() c, random() d
    from generate_series(1, :n) i, v, a),
g as (
    select x.*, case when :open or (r0 >= 0.85 and r0 < 0.90) then r0 else r0 * 0.7 end r from x)
insert into dossier (id, code, procedure_version_id, receiving_agency_code, handler_agency_code, owner_id_number,
    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data,
    submitted_at, accepted_at, accepted_by, due_at, completed_at, applicant_check,
    fee_paid_at, fee_paid_via, fee_receipt_number, fee_amount_vnd, fee_recorded_by)
select gen_random_uuid(),
       agency || '-' || to_char(submitted at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(i::text, 7, '0'),
       version_id, agency, agency, '0790' || lpad((i % :owners)::text, 8, '0'),
       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'])[1 + i % 8] || ' '
           || (array['Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc', 'Thanh'])[1 + (i / 8) % 6] || ' '
           || (array['An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Tâm', 'Vy'])[1 + (i / 48) % 12],
       date '1960-01-01' + (i % 16000), case when i % 2 = 0 then 'male' else 'female' end, '09' || lpad((i % 100000000)::text, 8, '0'),
       case when c < 0.7 then 2 when c < 0.95 then 1 else 3 end,
       case when r < 0.70 then 9 + (i % 2) when r < 0.85 then 4 when r < 0.87 then 3
            when r < 0.89 then 7 when r < 0.90 then 8 when r < 0.95 then 2 else 1 end,
       '{}'::jsonb, submitted,
       case when (r < 0.87 and r >= 0.85) or r >= 0.95 then null else submitted end,
       case when (r < 0.87 and r >= 0.85) or r >= 0.95 then null else 'tiepnhan' end,
       case when (r < 0.87 and r >= 0.85) or r >= 0.95 then null else submitted + (1 + (i % 5)) * interval '1 day' end,
       case when r < 0.70 then submitted + d * interval '7 days' end,
       'FROM_POPULATION',
       case when i % 3 = 0 then submitted end,
       case when i % 3 = 0 then (case when d < 0.6 then 'ONLINE' else 'DESK' end) end,
       case when i % 3 = 0 then 'BL-' || i end,
       case when i % 3 = 0 then 8000 end,
       case when i % 3 = 0 then 'bench' end
from g;

insert into dossier_evaluation (id, dossier_id, rating, evaluated_at)
select gen_random_uuid(), id, 1 + floor(random() * 5)::int, completed_at
from dossier where status in (9, 10) and random() < 0.3;

insert into supplement_request (id, dossier_id, reason, missing_items, requested_by, requested_at, answer_due_at,
    answered_at)
select gen_random_uuid(), id, 'Thiếu giấy tờ', '[]'::jsonb, 'bench', submitted_at, submitted_at + interval '5 days',
       submitted_at + interval '1 day'
from dossier where random() < 0.1;
