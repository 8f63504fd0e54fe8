-- Statistics of dossiers per receiving agency × procedure × day received (Asia/Ho_Chi_Minh): a summary kept up to
-- date incrementally so that the statistics pages read a few thousand rows instead of a million dossiers.
--
-- Every figure is about the dossiers RECEIVED on that day (a cohort): how many are still in progress, finished early,
-- on time or late (completed_at against due_at), refused (status 3), withdrawn or stopped (7, 8), had at least one
-- supplement request, came online (channel 2), paid their fee (and how), and how their applicants rated the service.
-- A dossier belongs to exactly one row for its whole life, so a change only ever rewrites its own day's rows.
create table dossier_stats_daily (
    agency_code      varchar(32) not null references agency (code),
    procedure_id     bigint      not null references procedure (id),
    day              date        not null,
    received         int         not null,
    in_progress      int         not null,
    done_early       int         not null,
    done_on_time     int         not null,
    done_late        int         not null,
    refused          int         not null,
    withdrawn        int         not null,
    stopped          int         not null,
    supplemented     int         not null,
    online           int         not null,
    paid             int         not null,
    paid_online      int         not null,
    rating_count     int         not null,
    rating_sum       int         not null,
    primary key (agency_code, day, procedure_id)
);
create index dossier_stats_daily_procedure_idx on dossier_stats_daily (procedure_id, day);
create index dossier_stats_daily_day_idx on dossier_stats_daily (day);

-- The same counters summed per month (month = its first day), recomputed from the days whenever one of them changes:
-- a report over a long period reads whole months here and only its partial months' days above.
create table dossier_stats_monthly (like dossier_stats_daily including all);
alter table dossier_stats_monthly rename column day to month;
alter table dossier_stats_monthly add constraint dossier_stats_monthly_first_day check (extract(day from month) = 1);

-- Dossiers changed since the summary was last refreshed. Triggers mark them in the transaction of the change, so a
-- change becomes visible to the refresh exactly when it commits (no watermark can overtake a late commit), and no
-- change escapes: the domain's transitions, evaluations, supplement requests, imports and corrections by SQL alike.
create table dossier_stats_dirty (
    dossier_id  uuid primary key
);

create function mark_dossier_stats_dirty() returns trigger language plpgsql as $$
begin
    insert into dossier_stats_dirty (dossier_id)
    values (case when tg_op = 'DELETE' then old.dossier_id else new.dossier_id end)
    on conflict do nothing;
    return null;
end $$;

create function mark_dossier_stats_dirty_self() returns trigger language plpgsql as $$
begin
    insert into dossier_stats_dirty (dossier_id) values (new.id) on conflict do nothing;
    return null;
end $$;

create trigger dossier_stats_dirty_on_dossier
    after insert or update of status, due_at, completed_at, channel, fee_paid_via on dossier
    for each row execute function mark_dossier_stats_dirty_self();
create trigger dossier_stats_dirty_on_evaluation
    after insert or update or delete on dossier_evaluation
    for each row execute function mark_dossier_stats_dirty();
create trigger dossier_stats_dirty_on_supplement
    after insert or delete on supplement_request
    for each row execute function mark_dossier_stats_dirty();

-- The refresh recomputes an agency's day from its dossiers; the register (slip 07) lists an agency's period.
create index dossier_agency_submitted_idx on dossier (receiving_agency_code, submitted_at);

-- Fill the summary for the dossiers that exist already.
insert into dossier_stats_dirty (dossier_id) select id from dossier;
