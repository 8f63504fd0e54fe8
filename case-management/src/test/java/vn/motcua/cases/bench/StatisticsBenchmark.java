package vn.motcua.cases.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * as a city would see them), plus evaluations and supplement requests (the SQL of
 * {@code vn/motcua/db/bench/dossiers.sql} in db-migrations, shared with the city data generator); then builds the summary and times each report
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
        // the dossiers, their evaluations and supplement requests: the SQL shared with the city data generator
        for (String statement : script("/vn/motcua/db/bench/dossiers.sql")) {
            JdbcClient.StatementSpec spec = jdbc.sql(statement);
            for (Map.Entry<String, Object> parameter : Map.<String, Object>of("n", dossiers, "agencies", "BW.%",
                    "owners", Math.max(1, dossiers / 3), "open", true).entrySet()) {
                if (statement.contains(":" + parameter.getKey())) {
                    spec = spec.param(parameter.getKey(), parameter.getValue());
                }
            }
            spec.update();
        }
    }

    /** The statements of a classpath SQL script (split where a line ends with a semicolon), comments aside. */
    private static List<String> script(String resource) {
        try (InputStream in = StatisticsBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\\n"))
                    .map(String::strip)
                    .filter(s -> !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
