package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL restarted under load (the portal must reconnect by itself, and answer no success it did not commit), and
 * the soak: a steady load for a long time, with its error rate, 95th percentile and heap after a full GC at its start
 * and its end.
 */
final class DatabaseAndSoak {

    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");

    private final FaultSettings settings;
    private final Crew crew;
    private final Checks checks;
    private final Stack stack;

    DatabaseAndSoak(FaultSettings settings, Crew crew, Checks checks, Stack stack) {
        this.settings = settings;
        this.crew = crew;
        this.checks = checks;
        this.stack = stack;
    }

    /** The machine's PostgreSQL restarted a third into a minute of submissions. */
    Outcome databaseRestart() {
        Instant since = Instant.now();
        long pid = stack.portalPid();
        GatlingRun load = crew.load("pg-restart", Crew.SUBMISSIONS, settings.loadTime(), null, null);
        CompletableFuture<Double> recovered = Stack.after(settings.loadTime().dividedBy(3), () -> {
            run(System.getProperty("faults.pg-restart",
                    "pg_ctlcluster --skip-systemctl-redirect 15 main restart").split(" "));
            Instant restarted = Instant.now();
            Stack.await(settings.portalUrl() + "/procedures", Duration.ofMinutes(2), null);
            return Duration.between(restarted, Instant.now()).toMillis() / 1000.0;
        });
        GatlingRun.LoadFigures figures = load.await();
        Set<String> answered = Crew.codes(crew.ledger("pg-restart"), "submission");
        Checks.Count count = checks.submissions(answered, since);
        List<String> problems = new ArrayList<>(count.problems());
        if (!stack.portalAlive() || stack.portalPid() != pid) {
            problems.add("the portal did not survive the database restart");
        }
        return new Outcome("PostgreSQL restarted under load", answered.size(), count.stored(),
                Math.max(0, answered.size() - count.stored()), count.duplicated(), recovered.join(), problems,
                figures.failed() + " of " + figures.requests() + " requests failed during the restart; same portal process");
    }

    /** The soak's figures, for the README. */
    record Soak(Outcome outcome, GatlingRun.LoadFigures figures, long heapAtStartMb, long heapAtEndMb) {
    }

    /** Submissions at a steady rate for the soak time. */
    Soak soak() {
        Instant since = Instant.now();
        GatlingRun load = crew.load("soak", Crew.SUBMISSIONS, settings.soakTime(), null, null);
        long start = Stack.after(Duration.ofMinutes(1), this::heapAfterGc).join();
        long end = Stack.after(settings.soakTime().minusMinutes(1).minusSeconds(20), this::heapAfterGc).join();
        GatlingRun.LoadFigures figures = load.await();
        Set<String> answered = Crew.codes(crew.ledger("soak"), "submission");
        Crew.settle(Duration.ofMinutes(1), () -> checks.submissions(answered, since).stored() >= answered.size());
        Checks.Count count = checks.submissions(answered, since);
        Outcome outcome = new Outcome("soak, " + settings.soakTime().toMinutes() + " min of submissions",
                answered.size(), count.stored(), Math.max(0, answered.size() - count.stored()), count.duplicated(), -1,
                count.problems(), String.format(Locale.ROOT, "error rate %.3f %%, p95 %d ms, heap %d → %d MB",
                        figures.errorRate() * 100, figures.p95Millis(), start, end));
        return new Soak(outcome, figures, start, end);
    }

    /** The portal's heap in use right after a full GC, in MB, as jcmd reports it. */
    private long heapAfterGc() {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(stack.portalPid()), "GC.run");
        Matcher used = HEAP_USED.matcher(run(jcmd, Long.toString(stack.portalPid()), "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
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
