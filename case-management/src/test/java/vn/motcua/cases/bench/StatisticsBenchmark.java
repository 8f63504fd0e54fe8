package vn.motcua.cases.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.CasesTestApplication;
import vn.motcua.cases.statistics.DossierStatistics;
import vn.motcua.cases.statistics.StatisticsFilter;
import vn.motcua.cases.statistics.StatisticsReport;

/**
 * Times the statistics on one million dossiers. Boots the case-management module on a fresh embedded PostgreSQL
 * (migrated by Flyway), adds 160 wards and 7 more procedures, generates 1,000,000 dossiers received from January 2025
 * to June 2026 with one SQL statement ({@code generate_series}; statuses, channels, due and finish times, fees spread
 * as a city would see them), plus evaluations and supplement requests; then builds the summary and times each report
 * (totals, by agency, by procedure, by month: four queries) for several filters, printing the median and 95th
 * percentile over {@code RUNS} runs after warm-up, the same figures computed straight from the dossier table for
 * comparison, and the incremental refresh after 1,000 dossiers change. Not a test: run it by hand from the repository
 * root:
 *
 * <pre>
 * ./mvnw -q -o -pl case-management -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=$PWD/case-management/target/bench.classpath -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp "case-management/target/test-classes:case-management/target/classes:$(cat \
 *     case-management/target/bench.classpath)" vn.motcua.cases.bench.StatisticsBenchmark [dossiers]
 * </pre>
 */
public final class StatisticsBenchmark {

    private static final int RUNS = 30;
    private static final int WARM_UP = 5;

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasesTestApplication.class)
                .properties("motcua.statistics.refresh-interval=1h", "logging.level.root=WARN",
                        "motcua.storage.directory=${java.io.tmpdir}/motcua-bench-files")
                .run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            DossierStatistics statistics = context.getBean(DossierStatistics.class);

            long start = System.nanoTime();
            generate(jdbc, dossiers);
            print("generate %,d dossiers (with evaluations, supplements; triggers on)", dossiers, start);
            start = System.nanoTime();
            jdbc.sql("analyze").update();
            print("analyze", 0, start);
            start = System.nanoTime();
            statistics.rebuild();
            jdbc.sql("analyze dossier_stats_daily").update();
            print("build the summary from scratch", 0, start);
            long rows = jdbc.sql("select count(*) from dossier_stats_daily").query(Long.class).single();
            System.out.printf(Locale.ROOT, "summary rows (agency × procedure × day): %,d%n", rows);

            String agency = "BW.017";
            String procedure = "BP.03";
            List<Object[]> filters = List.of(
                    new Object[] {"all city, year 2025", new StatisticsFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null)},
                    new Object[] {"all city, 18 months", new StatisticsFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), null, null)},
                    new Object[] {"all city, March 2026", new StatisticsFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null)},
                    new Object[] {"one agency, year 2025", new StatisticsFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), agency, null)},
                    new Object[] {"one procedure, year 2025", new StatisticsFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, procedure)},
                    new Object[] {"one agency × procedure, March 2026", new StatisticsFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), agency, procedure)});
            System.out.printf(Locale.ROOT, "%nreport = totals + by agency + by procedure + by month (4 queries), %d runs each after %d warm-up%n", RUNS, WARM_UP);
            System.out.printf(Locale.ROOT, "%-36s %10s %10s %10s%n", "filter", "received", "median ms", "p95 ms");
            for (Object[] f : filters) {
                StatisticsFilter filter = (StatisticsFilter) f[1];
                StatisticsReport report = statistics.report(filter);
                double[] times = time(() -> statistics.report(filter));
                System.out.printf(Locale.ROOT, "%-36s %,10d %10.1f %10.1f%n", f[0], report.total().received(),
                        percentile(times, 50), percentile(times, 95));
            }

            System.out.printf(Locale.ROOT, "%nthe same totals straight from the dossier table (no summary), 5 runs%n");
            for (Object[] f : List.of(filters.get(0), filters.get(2), filters.get(3))) {
                StatisticsFilter filter = (StatisticsFilter) f[1];
                double[] times = timeRuns(5, 1, () -> direct(jdbc, filter));
                System.out.printf(Locale.ROOT, "%-36s %10s %10.1f %10.1f%n", f[0], "", percentile(times, 50),
                        percentile(times, 95));
            }

            start = System.nanoTime();
            int changed = jdbc.sql("""
                    update dossier set status = 9, completed_at = due_at - interval '2 hours'
                    where id in (select id from dossier where status = 4 limit 1000)""").update();
            print("change %,d dossiers (status 4 → 9)", changed, start);
            start = System.nanoTime();
            int taken = statistics.refreshAll(20_000);
            print("incremental refresh of %,d changed dossiers", taken, start);
        }
    }

    private static void generate(JdbcClient jdbc, int dossiers) {
        jdbc.sql("""
                insert into agency (code, name, superior_name, parent_code, place)
                select 'BW.' || lpad(i::text, 3, '0'), 'Ủy ban nhân dân phường thử ' || i,
                       'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'H29', 'Thành phố Hồ Chí Minh'
                from generate_series(1, 160) i""").update();
        jdbc.sql("""
                insert into procedure (code, name, field, online_level)
                select 'BP.' || lpad(i::text, 2, '0'), 'Thủ tục thử ' || i, 'Thử', 'FULL' from generate_series(1, 7) i""")
                .update();
        jdbc.sql("""
                insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                    deadline_working_days, result_title, published_at)
                select id, 1, 'Thử', 'H29.12.05', 'bench', 3, 'KẾT QUẢ', now() from procedure where code like 'BP.%'""")
                .update();
        // every dossier: an agency and a procedure version picked by its number, received at a random moment of the
        // 18 months, due 1-5 days later; statuses: 70 % finished (finished 0-7 days after receipt, so early, on
        // time and late all occur), 15 % in progress, 5 % refused, withdrawn or stopped, the rest waiting
        jdbc.sql("""
                with v as (select array_agg(id order by id) ids from procedure_version),
                a as (select array_agg(code order by code) codes from agency where code like 'BW.%'),
                g as (
                    select i, v.ids[1 + floor(random() * array_length(v.ids, 1))::int] version_id,
                           a.codes[1 + floor(random() * array_length(a.codes, 1))::int] agency,
                           timestamptz '2025-01-01 00:00+07' + random() * interval '546 days' submitted,
                           random() r, random() c, random() d
                    from generate_series(1, :n) i, v, a)
                insert into dossier (id, code, procedure_version_id, receiving_agency_code, owner_id_number,
                    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data,
                    submitted_at, accepted_at, due_at, completed_at, applicant_check,
                    fee_paid_at, fee_paid_via, fee_receipt_number, fee_amount_vnd, fee_recorded_by)
                select gen_random_uuid(), agency || '-' || i, version_id, agency, '079090001234',
                       'Người nộp ' || i, date '1990-05-12', 'male', '0901234567',
                       case when c < 0.7 then 2 when c < 0.95 then 1 else 3 end,
                       case when r < 0.70 then 9 + (i % 2) when r < 0.85 then 4 when r < 0.87 then 3
                            when r < 0.89 then 7 when r < 0.90 then 8 when r < 0.95 then 2 else 1 end,
                       '{}'::jsonb, submitted,
                       case when r < 0.87 and r >= 0.85 then null else submitted end,
                       case when r < 0.87 and r >= 0.85 then null else submitted + (1 + (i % 5)) * interval '1 day' end,
                       case when r < 0.70 then submitted + d * interval '7 days' end,
                       'FROM_POPULATION',
                       case when i % 3 = 0 then submitted end,
                       case when i % 3 = 0 then (case when d < 0.6 then 'ONLINE' else 'DESK' end) end,
                       case when i % 3 = 0 then 'BL-' || i end,
                       case when i % 3 = 0 then 8000 end,
                       case when i % 3 = 0 then 'bench' end
                from g""").param("n", dossiers).update();
        jdbc.sql("""
                insert into dossier_evaluation (id, dossier_id, rating, evaluated_at)
                select gen_random_uuid(), id, 1 + floor(random() * 5)::int, completed_at
                from dossier where status in (9, 10) and random() < 0.3""").update();
        jdbc.sql("""
                insert into supplement_request (id, dossier_id, reason, missing_items, requested_by, requested_at,
                    answer_due_at, answered_at)
                select gen_random_uuid(), id, 'Thiếu giấy tờ', '[]'::jsonb, 'bench', submitted_at,
                       submitted_at + interval '5 days', submitted_at + interval '1 day'
                from dossier where random() < 0.1""").update();
    }

    /** The totals computed from the dossiers themselves, as a report would without the summary. */
    private static long direct(JdbcClient jdbc, StatisticsFilter filter) {
        return jdbc.sql("""
                select count(*) + count(*) filter (where d.status in (9, 10) and d.completed_at > d.due_at)
                     + count(*) filter (where d.channel = 2) + count(e.rating)
                     + count(*) filter (where d.id in (select s.dossier_id from supplement_request s))
                from dossier d join procedure_version v on v.id = d.procedure_version_id
                left join dossier_evaluation e on e.dossier_id = d.id
                where d.submitted_at >= (cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                  and d.submitted_at < ((cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
                  and (cast(:agency as varchar) is null or d.receiving_agency_code = :agency)""")
                .param("from", java.sql.Date.valueOf(filter.from())).param("to", java.sql.Date.valueOf(filter.to()))
                .param("agency", filter.agencyCode()).query(Long.class).single();
    }

    private static double[] time(Supplier<?> run) {
        return timeRuns(RUNS, WARM_UP, run);
    }

    private static double[] timeRuns(int runs, int warmUp, Supplier<?> run) {
        for (int i = 0; i < warmUp; i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void print(String what, long count, long startNanos) {
        System.out.printf(Locale.ROOT, "%-60s %,10.0f ms%n", String.format(Locale.ROOT, what, count),
                (System.nanoTime() - startNanos) / 1e6);
    }
}
