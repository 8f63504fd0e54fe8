package vn.motcua.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One process of the cluster (the stand-ins, a portal node, HAProxy), a child of the test's JVM whose output goes to
 * {@code logs/NAME.log} under the cluster's directory (appended across restarts). It can be killed as a power cut
 * would (SIGKILL) and started again; a shutdown hook kills it with its descendants if the JVM ends first.
 */
final class ClusterProcess {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Path workDirectory;
    private final Path log;
    private Process process;

    ClusterProcess(String name, List<String> command, Path clusterDirectory) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workDirectory = clusterDirectory.resolve(name);
        this.log = clusterDirectory.resolve("logs").resolve(name + ".log");
    }

    /** Starts the process (again, once it ended). */
    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        try {
            Files.createDirectories(workDirectory);
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n=== " + Instant.now() + " start " + name + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> killTree(started), name + "-kill"));
    }

    /** Waits until the URL answers 200, failing as soon as the process ended. */
    void awaitAnswer(String url, Duration atMost) {
        Process started = current();
        await(name + " answering " + url).atMost(atMost).pollInterval(Duration.ofMillis(500))
                .failFast(name + " ended; see " + log, () -> !started.isAlive())
                .until(() -> answers(url));
    }

    /** SIGKILL, as the kernel's out-of-memory killer or a power cut: no shutdown hook, no clean end. */
    synchronized void kill() {
        Process running = current();
        killTree(running);
        try {
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still alive 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM for a clean end, SIGKILL after half a minute; nothing if the process is not running. */
    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                killTree(process);
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
        }
    }

    private synchronized Process current() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process;
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static boolean answers(String url) {
        try {
            HttpResponse<Void> response = PROBE.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A port free on the loopback address now, for a process started next. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java executable of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
