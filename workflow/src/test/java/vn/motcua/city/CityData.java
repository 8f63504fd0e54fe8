package vn.motcua.city;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.statistics.DossierStatistics;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Fills a database with a city: 168 agencies (the seed's five, the city's other wards and communes, its special zone
 * and departments, each with a clerk, a specialist and a leader), {@code dossiers} finished, refused, withdrawn or
 * stopped dossiers of January 2025 - June 2026 with their histories, evaluations and supplement requests (the SQL of
 * {@code vn/motcua/db/bench/dossiers.sql} in db-migrations, shared with the statistics benchmark), and {@code open}
 * open dossiers whose processes really run ({@link OpenCases}). Boots the portal's modules ({@link CityApplication})
 * against the database, which Flyway migrates first (with the demo data, as the demo profile does); builds the
 * statistics summary at the end and prints the time of each step; the script then analyses every table (the machine's
 * PostgreSQL runs without autovacuum). Not a test: {@code ./scripts/city-data} runs it (docs/performance.md).
 */
public final class CityData {

    private CityData() {
    }

    public static void main(String[] args) throws Exception {
        CitySettings settings = CitySettings.fromSystemProperties();
        System.out.println("city data: " + settings);
        long all = System.nanoTime();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CityApplication.class)
                .web(WebApplicationType.NONE).run(arguments(settings))) {
            print("boot, migrate, deploy the processes", start);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long existing = jdbc.sql("select count(*) from dossier").query(Long.class).single();
            if (existing > 0) {
                throw new IllegalStateException("The database holds " + existing + " dossiers already: give a fresh one");
            }
            start = System.nanoTime();
            script(jdbc, "/city/agencies.sql", Map.of());
            print("agencies and their staff", start);

            start = System.nanoTime();
            script(jdbc, "/vn/motcua/db/bench/dossiers.sql", Map.of("n", settings.dossiers(), "agencies", "H29%",
                    "owners", Math.max(1, settings.dossiers() / 3), "open", false));
            print(String.format(Locale.ROOT, "%,d past dossiers, evaluations, supplements", settings.dossiers()), start);
            start = System.nanoTime();
            script(jdbc, "/city/history.sql", Map.of());
            print("their histories", start);
            start = System.nanoTime();
            OpenCases open = new OpenCases(jdbc, context.getBean(TransactionTemplate.class), context,
                    context.getBean(DeskActions.class));
            Map<String, Integer> steps = open.open(settings.open(), settings.real(), settings.openAtBenThanh(),
                    settings.threads());
            print(String.format(Locale.ROOT, "%,d open dossiers with running processes %s", settings.open(),
                    new TreeMap<>(steps)), start);

            start = System.nanoTime();
            context.getBean(DossierStatistics.class).rebuild();
            print("the statistics summary, built from scratch", start);
            summary(jdbc);
        }
        print("generation in all", all);
    }

    /** The settings, as command-line arguments: above the workflow tests' application.properties on this classpath. */
    private static String[] arguments(CitySettings settings) {
        return Map.ofEntries(
                Map.entry("spring.datasource.url", settings.url()),
                Map.entry("spring.datasource.username", settings.appRole()),
                Map.entry("spring.datasource.password", settings.password()),
                Map.entry("spring.datasource.hikari.maximum-pool-size", String.valueOf(settings.threads() + 2)),
                Map.entry("spring.flyway.user", settings.ownerRole()),
                Map.entry("spring.flyway.password", settings.password()),
                Map.entry("spring.flyway.locations", "classpath:db/migration,classpath:db/demo"),
                Map.entry("motcua.embedded-db.enabled", "false"),
                Map.entry("spring.jpa.open-in-view", "false"),
                Map.entry("flowable.database-schema-update", "true"),
                Map.entry("flowable.async-executor-activate", "false"),
                Map.entry("flowable.idm.enabled", "false"),
                Map.entry("flowable.eventregistry.enabled", "false"),
                Map.entry("spring.modulith.events.jdbc.schema-initialization.enabled", "false"),
                Map.entry("spring.modulith.events.completion-mode", "delete"),
                Map.entry("motcua.deadline.scan-interval", "0"),
                // the summary is built once at the end rather than refreshed while the dossiers are written
                Map.entry("motcua.statistics.refresh-interval", "1h"),
                Map.entry("motcua.payment.reconcile-interval", "0"),
                Map.entry("motcua.storage.directory", "${java.io.tmpdir}/motcua-city/files"),
                Map.entry("motcua.documents.key-source", "development"),
                Map.entry("motcua.documents.key-directory", "${java.io.tmpdir}/motcua-city/keys"),
                Map.entry("motcua.documents.keystore-password", "motcua-development"),
                Map.entry("motcua.documents.public-base-url", "http://127.0.0.1:8080"),
                Map.entry("motcua.lgsp.base-url", "http://127.0.0.1:9"),
                Map.entry("motcua.lgsp.client-id", "motcua-portal"),
                Map.entry("motcua.lgsp.client-secret", "lgsp-secret"),
                Map.entry("motcua.payment.base-url", "http://127.0.0.1:9"),
                Map.entry("motcua.payment.merchant-code", "MOTCUA"),
                Map.entry("motcua.payment.secret", "paygov-demo-secret"),
                Map.entry("logging.level.root", "WARN"))
                .entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** Runs a classpath SQL script statement by statement (split where a line ends with a semicolon). */
    static void script(JdbcClient jdbc, String resource, Map<String, ?> parameters) throws IOException {
        String text;
        try (InputStream in = CityData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : Arrays.stream(text.split(";\\s*\\n")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--")))
                .toList()) {
            JdbcClient.StatementSpec spec = jdbc.sql(statement);
            for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
                if (statement.contains(":" + parameter.getKey())) {
                    spec = spec.param(parameter.getKey(), parameter.getValue());
                }
            }
            spec.update();
        }
    }

    private static void summary(JdbcClient jdbc) {
        System.out.println();
        jdbc.sql("""
                select 'agencies' what, count(*) n from agency union all
                select 'staff accounts', count(*) from staff_account union all
                select 'dossiers', count(*) from dossier union all
                select 'dossier events', count(*) from dossier_event union all
                select 'open tasks', count(*) from act_ru_task union all
                select 'running process instances', count(*) from act_ru_execution where parent_id_ is null union all
                select 'process variables', count(*) from act_ru_variable union all
                select 'jobs and timers', (select count(*) from act_ru_job) + (select count(*) from act_ru_timer_job)""")
                .query((rs, n) -> String.format(Locale.ROOT, "%-28s %,12d", rs.getString(1), rs.getLong(2)))
                .list().forEach(System.out::println);
        jdbc.sql("""
                select t.task_def_key_, count(*) from act_ru_task t group by 1 order by 1""")
                .query((rs, n) -> String.format(Locale.ROOT, "  open %-24s %,10d", rs.getString(1), rs.getLong(2)))
                .list().forEach(System.out::println);
        jdbc.sql("""
                select split_part(l.group_id_, ':', 1) agency, count(*) from act_ru_identitylink l
                where l.task_id_ is not null and l.type_ = 'candidate' group by 1 order by 2 desc limit 3""")
                .query((rs, n) -> String.format(Locale.ROOT, "  tasks at %-22s %,10d", rs.getString(1), rs.getLong(2)))
                .list().forEach(System.out::println);
    }

    private static void print(String what, long startNanos) {
        System.out.printf(Locale.ROOT, "%-72s %,10.1f s%n", what, (System.nanoTime() - startNanos) / 1e9);
    }
}
