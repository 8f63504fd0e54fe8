package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two-node cluster of {@code ./scripts/cluster} (README, "Running several nodes"), driven by that script: two
 * portal nodes (8181 and 8182, management ports 8191 and 8192) behind HAProxy on 8080, on the machine's PostgreSQL.
 * A node can be killed with SIGKILL, or stopped with SIGTERM and started again ({@code restart-node}).
 */
final class Cluster implements AutoCloseable {

    static final String STATISTICS = "http://127.0.0.1:8404/;csv";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final Path log;

    Cluster(Path root, Path log) {
        this.root = root.toAbsolutePath();
        this.log = log;
    }

    /** Starts what is not running (the script refuses a port that something else holds) and waits until ready. */
    void start() {
        script("start", "--no-build");
    }

    /** SIGTERM to a node, a minute at most for its clean end, then starts it again and waits for its readiness. */
    void restartNode(int node) {
        script("restart-node", Integer.toString(node));
    }

    /** Kills a node with SIGKILL, as the kernel's out-of-memory killer or a power cut would. */
    void kill(int node) {
        ProcessHandle process = ProcessHandle.of(pid(node))
                .orElseThrow(() -> new IllegalStateException("node-" + node + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** The process id of a node, from the script's pid file. */
    long pid(int node) {
        try {
            return Long.parseLong(Files.readString(root.resolve("data/cluster/run/node-" + node + ".pid")).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node (1 or 2) of a process id, or 0 when neither runs in it. */
    int nodeOf(long pid) {
        for (int node = 1; node <= 2; node++) {
            if (pid(node) == pid) {
                return node;
            }
        }
        return 0;
    }

    /** Whether a node's readiness probe (on its management port) answers 200. */
    boolean ready(int node) {
        return Stack.answers("http://127.0.0.1:" + (8190 + node) + "/actuator/health/readiness");
    }

    /** Whether a node's HTTP port accepts a connection. */
    boolean accepting(int node) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 8180 + node), 500);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    /**
     * HAProxy's counters of each node (its statistics page as CSV): {@code stot} (requests sent to it),
     * {@code hrsp_5xx}, {@code econ} (connections that failed), {@code eresp} (responses that failed), {@code wretr}
     * (retries), {@code wredis} (redispatches to the other node) and {@code status}, by node name.
     */
    Map<String, Map<String, String>> balancer() {
        try {
            String csv = HTTP.send(HttpRequest.newBuilder(URI.create(STATISTICS)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> lines = csv.lines().toList();
            List<String> header = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(","));
            Map<String, Map<String, String>> servers = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length > 1 && cells[0].equals("nodes") && cells[1].startsWith("node-")) {
                    Map<String, String> counters = new HashMap<>();
                    for (String name : List.of("stot", "hrsp_5xx", "econ", "eresp", "wretr", "wredis", "status")) {
                        counters.put(name, cells[header.indexOf(name)]);
                    }
                    servers.put(cells[1], counters);
                }
            }
            return servers;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops everything the script started. */
    @Override
    public void close() {
        script("stop");
    }

    private void script(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("scripts/cluster").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // Load: a few citizens file many drafts and uploads within the hour, as in the one-node suite.
            builder.environment().put("CLUSTER_NODE_ARGS",
                    "--motcua.quota.open-drafts=100000 --motcua.quota.uploads-per-hour=100000");
            Process process = builder.start();
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments) + " failed; see " + log);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
