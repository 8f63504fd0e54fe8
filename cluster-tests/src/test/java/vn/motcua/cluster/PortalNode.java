package vn.motcua.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One portal node: the demo jar with the settings {@code scripts/cluster} gives its nodes (demo profile, stand-ins in
 * their own process, the shared PostgreSQL and S3 bucket, one signing-key directory), on ports chosen at run time,
 * with the periodic jobs due every {@link #JOB_INTERVAL} so that both nodes keep trying to run them.
 */
final class PortalNode {

    /** The interval of the deadline scanner and the national-portal sync retrier on both nodes. */
    static final String JOB_INTERVAL = "2s";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final String name;
    private final int port = ClusterProcess.freePort();
    private final int managementPort = ClusterProcess.freePort();
    private final ClusterProcess process;

    /**
     * @param settings the cluster's settings shared by every node ({@code --name=value})
     */
    PortalNode(String name, Path demoJar, List<String> settings, Path clusterDirectory) {
        this.name = name;
        List<String> command = new ArrayList<>(List.of(ClusterProcess.java(), "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-jar", demoJar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--management.server.port=" + managementPort, "--motcua.node-name=" + name,
                "--motcua.deadline.scan-interval=" + JOB_INTERVAL, "--motcua.sync.retry-interval=" + JOB_INTERVAL,
                "--motcua.operations.figures-cache=1s"));
        command.addAll(settings);
        this.process = new ClusterProcess(name, command, clusterDirectory);
    }

    /** Starts the node and waits until it is ready (its first start migrates an empty database). */
    void start() {
        process.start();
        process.awaitAnswer(managementUrl("/actuator/health/readiness"), START_TIMEOUT);
    }

    /** SIGKILL. */
    void kill() {
        process.kill();
    }

    void stop() {
        process.stop();
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    /** The node's own address, bypassing the balancer. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }
}
