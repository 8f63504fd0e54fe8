package vn.motcua.load.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The people of the portal as the load tests play them (citizens filing and paying, clerks accepting, specialists
 * reviewing, leaders approving), and the faults the suite does to the portal under them.
 */
final class Crew {

    static final String SUBMISSIONS = "vn.motcua.load.SubmissionSimulation";
    static final String PAYMENTS = "vn.motcua.load.PaymentSimulation";
    static final String ACCEPTANCES = "vn.motcua.load.staff.DeskAcceptanceSimulation";
    static final String REVIEWS = "vn.motcua.load.staff.ReviewSimulation";
    static final String APPROVALS = "vn.motcua.load.staff.ApprovalSimulation";

    private final FaultSettings settings;
    private final Stack stack;
    private final List<String> portalArguments;

    Crew(FaultSettings settings, Stack stack, List<String> portalArguments) {
        this.settings = settings;
        this.stack = stack;
        this.portalArguments = portalArguments;
    }

    /** The crew of a cluster run ({@link ClusterFaults}), whose faults are done to the nodes with {@link #when}. */
    Crew(FaultSettings settings) {
        this(settings, null, List.of());
    }

    Path ledger(String name) {
        return settings.workDirectory().resolve("ledgers").resolve(name + ".csv").toAbsolutePath();
    }

    /**
     * Starts a simulation writing to the ledger {@code name}. Citizens start for {@code duration}; staff members (one
     * per dossier of {@code feeder}, the lines of kind {@code feederKind}) start over {@code duration}. Retries of an
     * unanswered call span a restart of the portal under load (about a minute here).
     */
    GatlingRun load(String name, String simulation, Duration duration, Path feeder, String feederKind) {
        Map<String, String> properties = new HashMap<>(Map.of("ledger", ledger(name).toString(), "retries", "60"));
        if (feeder == null) {
            properties.putAll(Map.of("seconds", Long.toString(duration.toSeconds()), "retry-pause", "5",
                    "max-seconds", Long.toString(duration.toSeconds() + 360)));
            if (System.getProperty("faults.users") != null) {
                properties.put("users", System.getProperty("faults.users")); // citizens starting a filing a second
            }
        }
        else {
            properties.putAll(Map.of("feeder", feeder.toString(), "feederKind", feederKind,
                    "ramp", Long.toString(duration.toSeconds()), "seconds", Long.toString(duration.toSeconds() + 360),
                    "retryPauseMillis", "5000"));
        }
        return new GatlingRun(settings, name, simulation, properties).start();
    }

    /** Files dossiers for a while and returns the ledger of those answered, with a header (as staff feeders want). */
    Path submitted(String name, Duration duration) {
        load(name, SUBMISSIONS, duration, null, null).await();
        Path feeder = ledger(name + "-feeder");
        try {
            Files.createDirectories(feeder.getParent());
            List<String> lines = new ArrayList<>(List.of("kind,key,dossier_id,code,http_status,time"));
            if (Files.exists(ledger(name))) {
                lines.addAll(Files.readAllLines(ledger(name)));
            }
            Files.write(feeder, lines);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return feeder;
    }

    /** Works the dossiers of a feeder's lines of one kind through one staff step; returns that step's ledger. */
    Path worked(String name, String simulation, Path feeder, String feederKind) {
        load(name, simulation, Duration.ofSeconds(20), feeder, feederKind).await();
        return ledger(name);
    }

    /**
     * Kills the portal with SIGKILL once the ledger {@code name} holds {@code answered} lines (the load is flowing), or
     * after {@code atMost}; starts it again at once and returns the seconds from the kill to its home page served again.
     */
    CompletableFuture<Double> killWhen(String name, int answered, Duration atMost) {
        return when(name, answered, atMost, () -> {
            stack.killPortal();
            Instant killed = Instant.now();
            stack.startPortal(portalArguments);
            return Duration.between(killed, Instant.now()).toMillis() / 1000.0;
        });
    }

    /**
     * Does {@code fault} on another thread once the ledger {@code name} holds {@code answered} lines (the load is
     * flowing), or after {@code atMost}.
     */
    <T> CompletableFuture<T> when(String name, int answered, Duration atMost, Supplier<T> fault) {
        return CompletableFuture.supplyAsync(() -> {
            settle(atMost, () -> lines(ledger(name)) >= answered);
            return fault.get();
        });
    }

    private static long lines(Path ledger) {
        try {
            return Files.exists(ledger) ? Files.readAllLines(ledger).size() : 0;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (bounded) until a condition holds, e.g. until the jobs after a restart have done their work. */
    static boolean settle(Duration atMost, BooleanSupplier done) {
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).until(done::getAsBoolean);
            return true;
        }
        catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** The dossier codes of a ledger's acknowledged lines of one kind ({@code submission}, {@code accept}, …). */
    static Set<String> codes(Path ledger, String kind) {
        return Ledger.codes(ledger, kind);
    }
}
