package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The processes the fault suite runs on this machine's loopback: the stand-ins (the demo jar started with the
 * sandbox's main class, so that they outlive the portal) and one portal node (the demo jar on the machine's
 * PostgreSQL, without embedded stand-ins). The portal can be killed with SIGKILL and started again.
 */
final class Stack implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final FaultSettings settings;
    private final Path logs;
    private Process sandbox;
    private Process portal;
    private int portalStarts;

    Stack(FaultSettings settings) {
        this.settings = settings;
        this.logs = settings.workDirectory().resolve("logs");
    }

    /** Starts the stand-ins and the portal and waits until both answer. */
    void start(List<String> portalArguments) {
        try {
            Files.createDirectories(logs);
            Files.createDirectories(settings.workDirectory().resolve("portal"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sandbox = launch("sandbox", sandboxCommand(), settings.workDirectory());
        await(settings.sandboxUrl() + "/.well-known/openid-configuration", Duration.ofMinutes(2), sandbox);
        startPortal(portalArguments);
    }

    /** Starts a portal node (again) and returns how long it took to serve its home page. */
    Duration startPortal(List<String> portalArguments) {
        Instant started = Instant.now();
        portalStarts++;
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-jar",
                settings.demoJar().toAbsolutePath().toString()));
        command.addAll(portalArguments);
        portal = launch("portal-" + portalStarts, command, settings.workDirectory().resolve("portal"));
        await(settings.portalUrl() + "/", Duration.ofMinutes(10), portal);
        return Duration.between(started, Instant.now());
    }

    /** Kills the portal as the kernel's out-of-memory killer or a power cut would: SIGKILL, no shutdown hook. */
    void killPortal() {
        portal.destroyForcibly();
        try {
            portal.waitFor(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's process id (for jcmd). */
    long portalPid() {
        return portal.pid();
    }

    boolean portalAlive() {
        return portal != null && portal.isAlive();
    }

    /** Waits until a URL answers 200, failing early when the process died. */
    static void await(String url, Duration atMost, Process process) {
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("The process for " + url + " ended with " + process.exitValue());
                }
                return answers(url);
            });
        }
        catch (ConditionTimeoutException e) {
            throw new IllegalStateException(url + " did not answer within " + atMost, e);
        }
    }

    static boolean answers(String url) {
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code work} once {@code delay} has passed, on another thread (a fault at its time in a scenario). */
    static <T> CompletableFuture<T> after(Duration delay, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work,
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        for (Process process : new Process[] { portal, sandbox }) {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }
    }

    private List<String> sandboxCommand() {
        return List.of(java(), "-Xmx512m", "-Dloader.main=vn.motcua.sandbox.SandboxApplication", "-cp",
                settings.demoJar().toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + settings.sandboxPort(),
                "--sandbox.eid.portal-base-url=" + settings.portalUrl(),
                "--sandbox.mail.smtp-port=" + settings.smtpPort(),
                // The platform keeps notifying for about four minutes (2 s doubling, 8 attempts): longer than a restart.
                "--sandbox.payment.notify-attempts=8");
    }

    private Process launch(String name, List<String> command, Path directory) {
        try {
            Path log = logs.resolve(name + ".log");
            return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
