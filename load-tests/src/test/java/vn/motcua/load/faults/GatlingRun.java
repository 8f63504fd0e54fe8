package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a Gatling simulation of this module, in a JVM of its own (the portal may be killed under it; the load
 * generator is not), with its knobs as system properties. Its figures come from the summary Gatling prints.
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
                "-Xmx1g", "-XX:+UseG1GC", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", settings.classpath()));
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

    /** The figures of the summary Gatling prints at the end of a run ("Global Information"). */
    private LoadFigures figures() {
        try {
            String log = Files.readString(results.resolve("gatling.log"));
            int global = log.lastIndexOf("---- Global Information");
            if (global < 0) {
                throw new IllegalStateException("Gatling printed no summary: see " + results.resolve("gatling.log"));
            }
            String summary = log.substring(global);
            return new LoadFigures(column(summary, "request count", 1), column(summary, "request count", 3),
                    column(summary, "response time 95th percentile", 1),
                    Double.parseDouble(cell(summary, "mean throughput", 1)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long column(String summary, String row, int column) {
        return Long.parseLong(cell(summary, row, column));
    }

    /** A cell of a summary row: {@code > name | total | OK | KO}, thousands separated by commas. */
    private static String cell(String summary, String row, int column) {
        Matcher line = Pattern.compile("> " + Pattern.quote(row) + "[^|]*((\\|[^|\\n]*)+)").matcher(summary);
        if (!line.find()) {
            throw new IllegalStateException("No '" + row + "' in Gatling's summary");
        }
        return line.group(1).split("\\|")[column].strip().replace(",", "");
    }

    /** What Gatling measured: requests sent, failed ones, the 95th percentile of response times, the mean rate. */
    record LoadFigures(long requests, long failed, long p95Millis, double requestsPerSecond) {

        double errorRate() {
            return requests == 0 ? 0 : (double) failed / requests;
        }
    }
}
