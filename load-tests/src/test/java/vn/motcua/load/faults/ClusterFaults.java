package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault suite's cluster scenarios ({@code ./scripts/faults cluster-kill,cluster-rolling,cluster-lock}): the two
 * nodes of {@code ./scripts/cluster} behind HAProxy on this machine's loopback and its PostgreSQL (database
 * {@code motcua_cluster}); a node killed under load, a rolling restart under load, a job's lock holder killed. Starts
 * the cluster (without building), runs the chosen scenarios, stops the cluster, prints the suite's table (also written
 * to {@code load-tests/target/faults-cluster/report.md}) and exits 1 when anything was lost or duplicated.
 */
public final class ClusterFaults {

    private ClusterFaults() {
    }

    public static void main(String[] args) {
        defaults(Map.of("faults.database", "motcua_cluster", "faults.portal-port", "8080", "faults.sandbox-port",
                "9000", "faults.smtp-port", "2525", "faults.sandbox-host", "localhost", "faults.load-seconds", "60", "faults.users", "2",
                "faults.work", "load-tests/target/faults-cluster"));
        FaultSettings settings = FaultSettings.fromSystemProperties();
        List<String> chosen = Arrays.asList(System.getProperty("faults.scenarios", "cluster").split(","));
        Database database = new Database(settings);
        Checks checks = new Checks(database, settings.workDirectory().resolve("files"));
        Crew crew = new Crew(settings);
        List<Outcome> outcomes = new ArrayList<>();
        try (Cluster cluster = new Cluster(Path.of("."), settings.workDirectory().resolve("logs/cluster.log"))) {
            cluster.start();
            ClusterScenarios scenarios = new ClusterScenarios(settings, crew, checks, cluster,
                    Duration.ofSeconds(Long.getLong("faults.rolling-seconds", 210)));
            Map<String, Supplier<Outcome>> all = new LinkedHashMap<>();
            all.put("cluster-kill", scenarios::kill);
            all.put("cluster-rolling", scenarios::rolling);
            all.put("cluster-lock", () -> new LockTakeover(crew, database, cluster).run());
            for (Map.Entry<String, Supplier<Outcome>> scenario : all.entrySet()) {
                if (chosen.contains("cluster") || chosen.contains(scenario.getKey())) {
                    System.out.println("[faults] " + LocalDateTime.now().withNano(0) + " " + scenario.getKey());
                    outcomes.add(run(scenario.getKey(), scenario.getValue(), cluster));
                }
            }
        }
        String report = "Fault suite, cluster scenarios (two nodes behind HAProxy), " + LocalDateTime.now().withNano(0)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "\n\n" + Outcome.table(outcomes);
        System.out.println(report);
        try {
            Files.createDirectories(settings.workDirectory());
            Files.writeString(settings.workDirectory().resolve("report.md"), report);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.exit(!outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
    }

    /** Runs a scenario; afterwards whatever of the cluster is not running (a scenario that failed) starts again. */
    private static Outcome run(String name, Supplier<Outcome> scenario, Cluster cluster) {
        try {
            return scenario.get();
        }
        catch (RuntimeException e) {
            e.printStackTrace();
            return new Outcome(name, 0, 0, 0, 0, -1, List.of("the scenario could not run: " + e.getMessage()), "");
        }
        finally {
            cluster.start();
        }
    }

    private static void defaults(Map<String, String> properties) {
        properties.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
