package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault suite ({@code ./scripts/faults}): the portal under load, killed, cut off from each external system,
 * without its database for a moment, and soaked; then a table of what was answered, stored, lost and duplicated.
 * Runs only on this machine's loopback, bounded in time; exits 1 when a scenario lost or duplicated anything.
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    public static void main(String[] args) {
        FaultSettings settings = FaultSettings.fromSystemProperties();
        List<String> chosen = Arrays.asList(System.getProperty("faults.scenarios", "all").split(","));
        Database database = new Database(settings);
        database.recreate();
        List<Outcome> outcomes = new ArrayList<>();
        String soak = "";
        try (Stack stack = new Stack(settings)) {
            List<String> portalArguments = portalArguments(settings, database);
            stack.start(portalArguments);
            Crew crew = new Crew(settings, stack, portalArguments);
            Switches switches = new Switches(settings.sandboxUrl());
            Checks checks = new Checks(database, settings.workDirectory().resolve("portal/data/files"));
            KillScenarios kills = new KillScenarios(settings, crew, checks, database);
            OutageScenarios outages = new OutageScenarios(crew, checks, switches, database);
            DatabaseAndSoak others = new DatabaseAndSoak(settings, crew, checks, stack);
            Map<String, Supplier<Outcome>> scenarios = new LinkedHashMap<>();
            scenarios.put("kill-submissions", kills::duringSubmissions);
            scenarios.put("kill-acceptances", kills::duringAcceptances);
            scenarios.put("kill-signing", () -> kills.duringSigning(switches));
            scenarios.put("kill-payments", kills::duringPaymentNotifications);
            scenarios.put("population", () -> outages.duringCases("population", OutageScenarios.Step.FILING,
                    "prefill at filing"));
            scenarios.put("civil-status", () -> outages.duringCases("civil-status", OutageScenarios.Step.FILING,
                    "no flow calls it yet (issue 18)"));
            scenarios.put("national-portal", () -> outages.duringCases("national-portal", OutageScenarios.Step.FILING,
                    "a sync per status"));
            scenarios.put("payment", outages::duringPayments);
            scenarios.put("tsa", () -> outages.duringCases("tsa", OutageScenarios.Step.APPROVAL,
                    "during approvals (result signing)"));
            scenarios.put("smtp", () -> outages.duringCases("smtp", OutageScenarios.Step.ACCEPTANCE,
                    "during acceptances: the first e-mails"));
            scenarios.put("pg-restart", others::databaseRestart);
            for (Map.Entry<String, Supplier<Outcome>> scenario : scenarios.entrySet()) {
                if (chosen.contains("all") || chosen.contains(scenario.getKey())) {
                    outcomes.add(run(scenario.getKey(), scenario.getValue(), switches, stack, portalArguments));
                }
            }
            if (chosen.contains("all") || chosen.contains("soak")) {
                DatabaseAndSoak.Soak figures = others.soak();
                outcomes.add(figures.outcome());
                soak = String.format(Locale.ROOT, "Soak: %d min of submissions, %d requests (%.1f/s), error rate %.3f %%,"
                        + " p95 %d ms; portal heap after a full GC: %d MB after the first minute, %d MB at the end.%n",
                        settings.soakTime().toMinutes(), figures.figures().requests(),
                        figures.figures().requestsPerSecond(), figures.figures().errorRate() * 100,
                        figures.figures().p95Millis(), figures.heapAtStartMb(), figures.heapAtEndMb());
            }
        }
        String report = header() + Outcome.table(outcomes) + "\n" + soak;
        System.out.println(report);
        write(settings.workDirectory().resolve("report.md"), report);
        System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
    }

    private static Outcome run(String name, Supplier<Outcome> scenario, Switches switches, Stack stack,
            List<String> portalArguments) {
        System.out.println("[faults] " + LocalDateTime.now().withNano(0) + " " + name);
        try {
            Outcome outcome = scenario.get();
            System.out.println("[faults] " + Outcome.table(List.of(outcome)).lines().skip(2).findFirst().orElse(""));
            return outcome;
        }
        catch (RuntimeException e) {
            e.printStackTrace();
            return new Outcome(name, 0, 0, 0, 0, -1, List.of("the scenario could not run: " + e.getMessage()), "");
        }
        finally {
            switches.reset();
            if (!stack.portalAlive()) {
                stack.startPortal(portalArguments);
            }
        }
    }

    static List<String> portalArguments(FaultSettings settings, Database database) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--server.port=" + settings.portalPort(), "--management.server.port=" + (settings.portalPort() + 1),
                "--motcua.sandbox.embedded=false",
                "--motcua.embedded-db.enabled=false", "--motcua.eid.base-url=" + settings.sandboxUrl(),
                "--spring.mail.port=" + settings.smtpPort(),
                "--motcua.documents.public-base-url=" + settings.portalUrl(),
                // Load: many drafts and uploads per citizen within the hour.
                "--motcua.quota.open-drafts=100000", "--motcua.quota.uploads-per-hour=100000"));
        arguments.addAll(database.portalArguments());
        return arguments;
    }

    private static String header() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Fault suite, %s, %d cores, %d GiB, Java %s, %s%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                runtime.availableProcessors(), Math.round(totalMemoryGib()), System.getProperty("java.version"),
                System.getProperty("os.name"));
    }

    private static double totalMemoryGib() {
        try {
            String line = Files.readAllLines(Path.of("/proc/meminfo")).get(0);
            return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
        }
        catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
