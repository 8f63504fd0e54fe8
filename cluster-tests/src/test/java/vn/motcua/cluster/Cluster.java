package vn.motcua.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

import vn.motcua.cases.testing.S3ProxyServer;

/**
 * The portal as a cluster on this machine's loopback, as {@code scripts/cluster} runs it but on ports chosen at run
 * time and an embedded PostgreSQL: S3Proxy, the stand-ins in a process of their own (the demo jar with the sandbox's
 * main class), two portal nodes started one after the other (the first migrates the database) and HAProxy. Everything
 * lives under the cluster directory ({@code target/cluster}): the logs under {@code logs/}, the objects, the signing
 * keys, the database's files.
 */
final class Cluster implements AutoCloseable {

    private final Path directory;
    private final ClusterDatabase database;
    private final S3ProxyServer objects;
    private final int sandboxPort = ClusterProcess.freePort();
    private final int smtpPort = ClusterProcess.freePort();
    private final int balancerPort = ClusterProcess.freePort();
    private final ClusterProcess sandbox;
    private final List<PortalNode> nodes = new ArrayList<>();
    private final Balancer balancer;

    private Cluster(Path directory, Path demoJar) {
        this.directory = directory;
        this.database = ClusterDatabase.start(directory.resolve("postgres"));
        database.prepareSchema();
        this.objects = S3ProxyServer.start(directory.resolve("s3"), "motcua-files");
        for (String name : List.of("node-1", "node-2")) {
            nodes.add(new PortalNode(name, demoJar, nodeSettings(), directory));
        }
        this.balancer = new Balancer(balancerPort, nodes, directory);
        StringBuilder portals = new StringBuilder(balancer.url(""));
        nodes.forEach(node -> portals.append(',').append(node.url("")));
        this.sandbox = new ClusterProcess("sandbox", List.of(ClusterProcess.java(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-Dloader.main=vn.motcua.sandbox.SandboxApplication", "-cp",
                demoJar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + sandboxPort,
                "--sandbox.eid.portal-base-url=" + portals, "--sandbox.mail.smtp-port=" + smtpPort), directory);
    }

    /** Starts everything under {@code directory} (emptied first) and waits until the balancer answers. */
    static Cluster start(Path directory, Path demoJar) {
        if (!Files.isRegularFile(demoJar)) {
            throw new IllegalStateException("The demo jar is missing at " + demoJar + " (the demo module packages it)");
        }
        try {
            FileSystemUtils.deleteRecursively(directory);
            Files.createDirectories(directory.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cluster cluster = new Cluster(directory, demoJar);
        try {
            cluster.sandbox.start();
            cluster.sandbox.awaitAnswer(cluster.sandboxUrl("/.well-known/openid-configuration"), Duration.ofMinutes(5));
            cluster.nodes.forEach(PortalNode::start);
            cluster.balancer.start();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** What {@code scripts/cluster} passes to every node, with this run's addresses. */
    private List<String> nodeSettings() {
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--motcua.sandbox.embedded=false", "--motcua.embedded-db.enabled=false",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + ClusterDatabase.APP,
                "--spring.datasource.password=" + ClusterDatabase.PASSWORD,
                "--spring.flyway.user=" + ClusterDatabase.OWNER,
                "--spring.flyway.password=" + ClusterDatabase.PASSWORD,
                "--motcua.eid.base-url=" + sandboxUrl(""), "--spring.mail.port=" + smtpPort,
                "--motcua.documents.public-base-url=http://127.0.0.1:" + balancerPort,
                "--motcua.documents.key-directory=" + directory.resolve("keys")));
        for (Map.Entry<String, String> setting : objects.portalSettings().entrySet()) {
            settings.add("--" + setting.getKey() + "=" + setting.getValue());
        }
        return settings;
    }

    PortalNode node(int number) {
        return nodes.get(number - 1);
    }

    Balancer balancer() {
        return balancer;
    }

    ClusterDatabase database() {
        return database;
    }

    String sandboxUrl(String path) {
        return "http://localhost:" + sandboxPort + path;
    }

    /** Stops the balancer, the nodes, the stand-ins, S3Proxy and PostgreSQL, in that order. */
    @Override
    public void close() {
        if (balancer != null) {
            balancer.stop();
        }
        nodes.forEach(PortalNode::stop);
        if (sandbox != null) {
            sandbox.stop();
        }
        objects.close();
        try {
            database.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
