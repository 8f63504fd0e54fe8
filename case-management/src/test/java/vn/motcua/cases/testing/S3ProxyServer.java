package vn.motcua.cases.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * S3Proxy ({@code org.gaul:s3proxy}, its self-contained jar) as a process of its own on a local port, storing objects
 * under a directory with jclouds' {@code filesystem} provider: a real S3-compatible server for tests (and the model of
 * the cluster script's). It can be stopped and started again on the same port with the same objects, as an object store
 * that goes down for a while. The jar is the one the build copies ({@code motcua.s3proxy.jar}, see the parent pom).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "motcua-test";
    public static final String SECRET_KEY = "motcua-test-secret";

    private final Path directory;
    private final String bucket;
    private final int port;
    private Process process;

    private S3ProxyServer(Path directory, String bucket, int port) {
        this.directory = directory;
        this.bucket = bucket;
        this.port = port;
    }

    /** Starts a server on a free port whose objects live under the directory, with the bucket already there. */
    public static S3ProxyServer start(Path directory, String bucket) {
        S3ProxyServer server = new S3ProxyServer(directory.toAbsolutePath(), bucket, freePort());
        server.start();
        return server;
    }

    /** Starts the process (again, after {@link #stop}) and waits until it answers on its port. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.createDirectories(objects().resolve(bucket));
            Path settings = directory.resolve("s3proxy.conf");
            Files.writeString(settings, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + objects()) + "\n");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-jar", jar().toString(),
                    "--properties", settings.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("s3proxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start S3Proxy", e);
        }
        Process started = process;
        // a JVM that ends without stop() leaves no server behind
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "s3proxy-stop"));
        await("S3Proxy listening on port " + port).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .failFast("S3Proxy exited; see " + directory.resolve("s3proxy.log"), () -> !started.isAlive())
                .until(this::listening);
    }

    /** Stops the process and waits until its port is closed; the objects stay in the directory. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        await("S3Proxy port " + port + " closed").atMost(Duration.ofSeconds(20)).until(() -> !listening());
    }

    @Override
    public void close() {
        stop();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String bucket() {
        return bucket;
    }

    /** The file in which the filesystem provider keeps an object, for tests that change bytes behind the store. */
    public Path objectFile(String key) {
        return objects().resolve(bucket).resolve(key);
    }

    /** The portal's settings that store files in this server's bucket. */
    public Map<String, String> portalSettings() {
        return Map.of("motcua.storage.kind", "s3",
                "motcua.storage.s3.endpoint", endpoint().toString(),
                "motcua.storage.s3.bucket", bucket,
                "motcua.storage.s3.access-key", ACCESS_KEY,
                "motcua.storage.s3.secret-key", SECRET_KEY,
                "motcua.storage.s3.path-style", "true");
    }

    private Path objects() {
        return directory.resolve("objects");
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Path jar() {
        String configured = System.getProperty("motcua.s3proxy.jar");
        if (configured == null || !Files.isRegularFile(Path.of(configured))) {
            throw new IllegalStateException("S3Proxy's jar not found at " + configured
                    + " (the build copies it: see the s3proxy execution of maven-dependency-plugin in the parent pom)");
        }
        return Path.of(configured);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
