package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of a Gatling simulation of this module, in a JVM of its own (the portal may be killed under it; the load
 * generator is not), with its knobs as system properties. Its figures come from the report Gatling writes.
 */
final class GatlingRun {

    private final FaultSettings settings;
    private final String simulation;
    private final Map<String, String> properties;
    private final Path results;
    private Process process;

    GatlingRun(FaultSettings settings, String name, String simulation, Map<String, String> properties) {
        this.settings = settings;
        this.simulation = simulation;
        this.properties = properties;
        this.results = settings.workDirectory().resolve("gatling").resolve(name);
    }

    /** Starts the simulation and returns at once. */
    GatlingRun start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", settings.classpath()));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dportal=" + settings.portalUrl(), "-Deid=" + settings.sandboxUrl(),
                "io.gatling.app.Gatling", "--simulation", simulation, "--results-folder",
                results.toAbsolutePath().toString(), "--launcher", "maven"));
        try {
            Files.createDirectories(results);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(results.resolve("gatling.log").toFile())).start();
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start Gatling", e);
        }
    }

    /** Waits for the simulation to end by itself (every simulation of this module is bounded in time). */
    LoadFigures await() {
        try {
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException(simulation + " did not end");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return figures();
    }

    /** Runs the simulation to its end. */
    LoadFigures run() {
        return start().await();
    }

    private LoadFigures figures() {
        try (Stream<Path> runs = Files.list(results)) {
            Path stats = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .map(run -> run.resolve("js").resolve("stats.json")).filter(Files::exists)
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + results
                            + " (see gatling.log there)"));
            JsonNode all = JsonMapper.builder().build().readTree(stats.toFile()).path("stats");
            return new LoadFigures(all.path("numberOfRequests").path("total").asLong(),
                    all.path("numberOfRequests").path("ko").asLong(), all.path("percentiles3").path("total").asLong(),
                    all.path("meanNumberOfRequestsPerSecond").path("total").asDouble());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Gatling measured: requests sent, failed ones, the 95th percentile of response times, the mean rate. */
    record LoadFigures(long requests, long failed, long p95Millis, double requestsPerSecond) {

        double errorRate() {
            return requests == 0 ? 0 : (double) failed / requests;
        }
    }
}
