package vn.motcua.cases.statistics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics of dossiers received per agency, procedure and period. Reports read the summary
 * {@code dossier_stats_daily} (agency × procedure × day received); database triggers mark every changed dossier, and
 * {@link #refresh(int)} recomputes the days of the marked dossiers' agencies from the dossiers themselves.
 */
@Service
public class DossierStatistics {

    private static final String ZONE = "'Asia/Ho_Chi_Minh'";

    /** The summary's figures of the dossiers matching {@code %s}, grouped by agency, procedure and day received. */
    private static final String AGGREGATE = """
            select d.receiving_agency_code, v.procedure_id, (d.submitted_at at time zone %1$s)::date,
                   count(*),
                   count(*) filter (where d.status in (1, 2, 4, 5, 6)),
                   count(*) filter (where d.status in (9, 10) and d.completed_at <= d.due_at
                                     and (d.completed_at at time zone %1$s)::date < (d.due_at at time zone %1$s)::date),
                   count(*) filter (where d.status in (9, 10) and (d.due_at is null or d.completed_at is null
                                     or (d.completed_at <= d.due_at
                                         and (d.completed_at at time zone %1$s)::date >= (d.due_at at time zone %1$s)::date))),
                   count(*) filter (where d.status in (9, 10) and d.completed_at > d.due_at),
                   count(*) filter (where d.status = 3),
                   count(*) filter (where d.status = 7),
                   count(*) filter (where d.status = 8),
                   count(*) filter (where d.id in (select s.dossier_id from supplement_request s)),
                   count(*) filter (where d.channel = 2),
                   count(*) filter (where d.fee_paid_via is not null),
                   count(*) filter (where d.fee_paid_via = 'ONLINE'),
                   count(e.rating),
                   coalesce(sum(e.rating), 0)
            from dossier d
            join procedure_version v on v.id = d.procedure_version_id
            left join dossier_evaluation e on e.dossier_id = d.id
            %2$s
            group by 1, 2, 3
            """;

    private static final String INSERT = """
            insert into dossier_stats_daily (agency_code, procedure_id, day, received, in_progress, done_early,
                done_on_time, done_late, refused, withdrawn, stopped, supplemented, online, paid, paid_online,
                rating_count, rating_sum)
            """;

    private static final String COUNTERS = """
            received, in_progress, done_early, done_on_time, done_late, refused, withdrawn, stopped, supplemented,
            online, paid, paid_online, rating_count, rating_sum""";

    /** The months of the days in {@code %s} summed from the days. */
    private static final String ROLL_UP = """
            insert into dossier_stats_monthly (agency_code, procedure_id, month, %1$s)
            select s.agency_code, s.procedure_id, date_trunc('month', s.day)::date, %2$s
            from dossier_stats_daily s %3$s
            group by 1, 2, 3""";

    private static final String SUMS = """
            sum(s.received), sum(s.in_progress), sum(s.done_early), sum(s.done_on_time), sum(s.done_late),
            sum(s.refused), sum(s.withdrawn), sum(s.stopped), sum(s.supplemented), sum(s.online), sum(s.paid),
            sum(s.paid_online), sum(s.rating_count), sum(s.rating_sum)""";

    private final JdbcClient jdbc;

    DossierStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report of the filter: totals, and the figures by agency, by procedure and by month received. */
    @Transactional(readOnly = true)
    public StatisticsReport report(StatisticsFilter filter) {
        // whole months from the monthly summary, the days of partial months at either end from the daily one
        LocalDate monthsFrom = filter.from().getDayOfMonth() == 1 ? filter.from() : filter.from().plusMonths(1).withDayOfMonth(1);
        LocalDate monthsUntil = filter.to().plusDays(1).withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsUntil)) {
            monthsFrom = monthsUntil;
        }
        String scope = (filter.agencyCode() == null ? "" : " and agency_code = :agency")
                + (filter.procedureCode() == null ? "" : " and procedure_id = (select id from procedure where code = :procedure)");
        String source = " from (select agency_code, procedure_id, day, " + COUNTERS + " from dossier_stats_daily"
                + " where day between :from and :to and not (day >= :monthsFrom and day < :monthsUntil)" + scope
                + " union all select agency_code, procedure_id, month, " + COUNTERS + " from dossier_stats_monthly"
                + " where month >= :monthsFrom and month < :monthsUntil" + scope + ") s";
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("from", Date.valueOf(filter.from()));
        params.put("to", Date.valueOf(filter.to()));
        params.put("monthsFrom", Date.valueOf(monthsFrom));
        params.put("monthsUntil", Date.valueOf(monthsUntil));
        if (filter.agencyCode() != null) {
            params.put("agency", filter.agencyCode());
        }
        if (filter.procedureCode() != null) {
            params.put("procedure", filter.procedureCode());
        }
        List<ReportRow> total = rows("select '', '', " + SUMS + source, params);
        List<ReportRow> byAgency = rows("select s.agency_code, min(a.name), " + SUMS
                + source + " join agency a on a.code = s.agency_code"
                + " group by s.agency_code order by s.agency_code", params);
        List<ReportRow> byProcedure = rows("select min(p.code), min(p.name), " + SUMS
                + source + " join procedure p on p.id = s.procedure_id"
                + " group by s.procedure_id order by min(p.code)", params);
        List<ReportRow> byMonth = rows("select to_char(date_trunc('month', s.day), 'YYYY-MM') m, "
                + "to_char(date_trunc('month', s.day), 'YYYY-MM'), " + SUMS + source
                + " group by m order by m", params);
        Figures totals = total.isEmpty() || total.get(0).figures() == null ? Figures.NONE : total.get(0).figures();
        return new StatisticsReport(filter, totals, byAgency, byProcedure, byMonth);
    }

    private List<ReportRow> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new ReportRow(rs.getString(1), rs.getString(2), figures(rs, 3)))
                .list();
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        long[] v = new long[14];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.getLong(first + i);
        }
        return new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
    }

    /**
     * Takes in up to {@code batch} dossiers changed since the last refresh: recomputes every day of their agencies on
     * which one of them was received. One refresh runs at a time (an advisory lock); a change that commits during it
     * is marked again and taken by the next one.
     *
     * @return how many changed dossiers were taken in
     */
    @Transactional
    public int refresh(int batch) {
        lock();
        List<UUID> changed = jdbc.sql("""
                delete from dossier_stats_dirty where dossier_id in (
                    select dossier_id from dossier_stats_dirty limit :batch for update skip locked)
                returning dossier_id""").param("batch", batch).query(UUID.class).list();
        if (changed.isEmpty()) {
            return 0;
        }
        List<Object[]> keys = jdbc.sql("select distinct receiving_agency_code, (submitted_at at time zone " + ZONE
                + ")::date from dossier where id = any(:ids)").param("ids", changed.toArray(UUID[]::new))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2)}).list();
        String[] agencies = keys.stream().map(k -> (String) k[0]).toArray(String[]::new);
        Date[] days = keys.stream().map(k -> (Date) k[1]).toArray(Date[]::new);
        String keyTable = "(select * from unnest(cast(:agencies as varchar[]), cast(:days as date[]))) k(agency, day)";
        jdbc.sql("delete from dossier_stats_daily s using " + keyTable + " where s.agency_code = k.agency and s.day = k.day")
                .param("agencies", agencies).param("days", days).update();
        jdbc.sql(INSERT + AGGREGATE.formatted(ZONE, "join " + keyTable + " on d.receiving_agency_code = k.agency"
                + " and d.submitted_at >= (k.day::timestamp at time zone " + ZONE + ")"
                + " and d.submitted_at < ((k.day + 1)::timestamp at time zone " + ZONE + ")"))
                .param("agencies", agencies).param("days", days).update();
        String monthKeys = "(select distinct agency, date_trunc('month', day)::date from unnest(cast(:agencies as varchar[]),"
                + " cast(:days as date[])) u(agency, day)) k(agency, month)";
        jdbc.sql("delete from dossier_stats_monthly m using " + monthKeys
                + " where m.agency_code = k.agency and m.month = k.month")
                .param("agencies", agencies).param("days", days).update();
        jdbc.sql(ROLL_UP.formatted(COUNTERS, SUMS, "join " + monthKeys + " on s.agency_code = k.agency"
                + " and s.day >= k.month and s.day < (k.month + interval '1 month')"))
                .param("agencies", agencies).param("days", days).update();
        return changed.size();
    }

    /** Takes in every changed dossier, in batches, until none is left. */
    public int refreshAll(int batch) {
        int total = 0;
        for (int n = refresh(batch); n > 0; n = refresh(batch)) {
            total += n;
        }
        return total;
    }

    /** Recomputes the whole summary from the dossiers, e.g. after a bulk import. */
    @Transactional
    public void rebuild() {
        lock();
        jdbc.sql("delete from dossier_stats_dirty").update();
        jdbc.sql("delete from dossier_stats_daily").update();
        jdbc.sql(INSERT + AGGREGATE.formatted(ZONE, "")).update();
        jdbc.sql("delete from dossier_stats_monthly").update();
        jdbc.sql(ROLL_UP.formatted(COUNTERS, SUMS, "")).update();
    }

    /** How many changed dossiers wait for the next refresh. */
    @Transactional(readOnly = true)
    public long pendingChanges() {
        return jdbc.sql("select count(*) from dossier_stats_dirty").query(Long.class).single();
    }

    /** Every agency, by code, for the filter. */
    @Transactional(readOnly = true)
    public List<Choice> agencies() {
        return jdbc.sql("select code, name from agency order by code").query(Choice.class).list();
    }

    /** Every procedure, by code, for the filter. */
    @Transactional(readOnly = true)
    public List<Choice> procedures() {
        return jdbc.sql("select code, name from procedure order by code").query(Choice.class).list();
    }

    private void lock() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('dossier_stats_refresh'))").query(Integer.class).single();
    }
}
