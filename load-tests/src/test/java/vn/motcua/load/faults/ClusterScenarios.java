package vn.motcua.load.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Citizens file through HAProxy, round-robin over the two nodes of {@code ./scripts/cluster}, while one node is killed
 * with SIGKILL and started again ({@code cluster-kill}), or while both are stopped with SIGTERM and started again one
 * after the other ({@code cluster-rolling}).
 */
final class ClusterScenarios {

    private final FaultSettings settings;
    private final Crew crew;
    private final Checks checks;
    private final Cluster cluster;
    private final Duration rollingLoad;

    ClusterScenarios(FaultSettings settings, Crew crew, Checks checks, Cluster cluster, Duration rollingLoad) {
        this.settings = settings;
        this.crew = crew;
        this.checks = checks;
        this.cluster = cluster;
        this.rollingLoad = rollingLoad;
    }

    /** A node killed in the middle of a minute of submissions, once the load flows, and started again at once. */
    Outcome kill() {
        Instant since = Instant.now();
        Map<String, Map<String, String>> before = cluster.balancer();
        GatlingRun load = crew.load("cluster-kill", Crew.SUBMISSIONS, settings.loadTime(), null, null);
        CompletableFuture<String> fault = Stack.after(settings.loadTime().dividedBy(2), () -> {
            long answeredBefore = Ledger.lines(crew.ledger("cluster-kill"), "submission");
            cluster.kill(2);
            Instant killed = Instant.now();
            cluster.restartNode(2);
            return String.format(Locale.ROOT, "node-2 killed %d s in (%d answered before), ready again in %.1f s",
                    Duration.between(since, killed).toSeconds(), answeredBefore, seconds(killed));
        });
        GatlingRun.LoadFigures figures = load.await();
        String killed = fault.join();
        return outcome("cluster: kill -9 of a node under submissions", since, "cluster-kill", figures,
                before, killed, false);
    }

    /**
     * A rolling restart under submissions: node 1 stopped with SIGTERM, started and ready again, then node 2. For each
     * stop, when its readiness probe went down, HAProxy took it out, and its HTTP port closed, from the signal on.
     */
    Outcome rolling() {
        Instant since = Instant.now();
        Map<String, Map<String, String>> before = cluster.balancer();
        GatlingRun load = crew.load("cluster-rolling", Crew.SUBMISSIONS, rollingLoad, null, null);
        CompletableFuture<String> restarts = Stack.after(Duration.ofSeconds(15), () -> {
            List<String> notes = new ArrayList<>();
            for (int node = 1; node <= 2; node++) {
                Drain drain = Drain.watch(cluster, node);
                Instant stopped = Instant.now();
                cluster.restartNode(node);
                notes.add(String.format(Locale.ROOT, "node-%d: %s; ready again %.1f s after the SIGTERM", node,
                        drain.await(), seconds(stopped)));
            }
            return String.join("; ", notes);
        });
        GatlingRun.LoadFigures figures = load.await();
        String restarted = restarts.join();
        return outcome("cluster: rolling restart (SIGTERM) under submissions", since, "cluster-rolling", figures,
                before, restarted, true);
    }

    private Outcome outcome(String scenario, Instant since, String ledger, GatlingRun.LoadFigures figures,
            Map<String, Map<String, String>> before, String fault, boolean errorsFail) {
        Set<String> answered = Crew.codes(crew.ledger(ledger), "submission");
        Crew.settle(Duration.ofMinutes(2), () -> checks.submissions(answered, since).stored() >= answered.size());
        Checks.Count count = checks.submissions(answered, since);
        long withoutProcess = checks.withoutProcess();
        List<String> problems = new ArrayList<>(count.problems());
        if (errorsFail && figures.failed() > 0) {
            problems.add(figures.failed() + " request(s) failed during the graceful stops");
        }
        String note = String.format(Locale.ROOT, "%s; dossiers without a process: %d; Gatling: %d requests, %d failed;"
                + " balancer: %s", fault, withoutProcess, figures.requests(), figures.failed(),
                perNode(before, cluster.balancer()));
        System.out.println("[faults] " + scenario + ": answered " + answered.size() + ", stored " + count.stored()
                + ", lost " + Math.max(0, answered.size() - count.stored()) + ", duplicated " + count.duplicated()
                + ", dossiers without a process " + withoutProcess + "; " + note);
        return new Outcome(scenario, answered.size(), count.stored(), Math.max(0, answered.size() - count.stored()),
                count.duplicated(), -1, problems, note);
    }

    /** What HAProxy sent to each node during the scenario: requests, 5xx answers, failed connections, redispatches. */
    private static String perNode(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after) {
        List<String> nodes = new ArrayList<>();
        for (String node : List.of("node-1", "node-2")) {
            nodes.add(String.format(Locale.ROOT, "%s %d requests, %d 5xx, %d failed connections, %d redispatched",
                    node, delta(before, after, node, "stot"), delta(before, after, node, "hrsp_5xx"),
                    delta(before, after, node, "econ"), delta(before, after, node, "wredis")));
        }
        return String.join(", ", nodes);
    }

    private static long delta(Map<String, Map<String, String>> before, Map<String, Map<String, String>> after,
            String node, String counter) {
        return number(after, node, counter) - number(before, node, counter);
    }

    private static long number(Map<String, Map<String, String>> counters, String node, String counter) {
        String value = counters.getOrDefault(node, Map.of()).getOrDefault(counter, "");
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    private static double seconds(Instant from) {
        return Duration.between(from, Instant.now()).toMillis() / 1000.0;
    }
}
