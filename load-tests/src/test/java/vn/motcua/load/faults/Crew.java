package vn.motcua.load.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

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

    Path ledger(String name) {
        return settings.workDirectory().resolve("ledgers").resolve(name + ".csv").toAbsolutePath();
    }

    /** Starts a simulation writing to the ledger {@code name}; staff simulations read the dossiers of {@code feeder}. */
    GatlingRun load(String name, String simulation, Duration duration, Path feeder) {
        // Retries of an unanswered call span a restart of the portal under load (about a minute here).
        Map<String, String> properties = new HashMap<>(Map.of("ledger", ledger(name).toString(),
                "seconds", Long.toString(duration.toSeconds()), "retries", "40", "retry-pause", "3"));
        if (feeder != null) {
            properties.put("feeder", feeder.toString());
        }
        return new GatlingRun(settings, name, simulation, properties).start();
    }

    /** Files dossiers for a while and returns the ledger of those answered. */
    Path submitted(String name, Duration duration) {
        load(name, SUBMISSIONS, duration, null).await();
        return ledger(name);
    }

    /** Works a ledger's dossiers through one staff step and returns the ledger of the steps answered. */
    Path worked(String name, String simulation, Path feeder) {
        load(name, simulation, settings.loadTime(), feeder).await();
        return ledger(name);
    }

    /**
     * Kills the portal with SIGKILL after {@code after}, starts it again at once and returns the seconds from the kill
     * to its home page served again.
     */
    CompletableFuture<Double> killAfter(Duration after) {
        return CompletableFuture.supplyAsync(() -> {
            Stack.pause(after);
            stack.killPortal();
            Instant killed = Instant.now();
            stack.startPortal(portalArguments);
            return Duration.between(killed, Instant.now()).toMillis() / 1000.0;
        });
    }

    /** Waits (bounded) until a condition holds, e.g. until the jobs after a restart have done their work. */
    static boolean settle(Duration atMost, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (done.getAsBoolean()) {
                return true;
            }
            Stack.pause(Duration.ofSeconds(2));
        }
        return done.getAsBoolean();
    }

    static Set<String> codes(Path ledger) {
        return Ledger.codes(ledger, null);
    }
}
