package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * A staff member's action on many dossiers: one virtual user per dossier, from {@code -Dfeeder=} or else from the
 * member's queue page, started at once or over {@code -Dramp=}; every acknowledged action is a line of the ledger
 * ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
abstract class StaffSimulation extends Simulation {

    private final StaffSettings settings = StaffSettings.fromSystemProperties();
    private final StaffLedger ledger = new StaffLedger(settings.ledger());

    /**
     * @param action    what the member does to each dossier
     * @param queuePath the member's queue, read when there is no feeder
     * @param allPages  whether every page of the queue is read
     * @param link      how a dossier's link looks on the queue page
     */
    StaffSimulation(StaffAction action, String queuePath, boolean allPages, Pattern link) {
        List<Map<String, Object>> dossiers = DossierList.load(settings, action, queuePath, allPages, link);
        OpenInjectionStep users = settings.ramp().isZero() ? atOnceUsers(dossiers.size())
                : rampUsers(dossiers.size()).during(settings.ramp());
        setUp(action.journey(settings, dossiers, ledger).injectOpen(users))
                .protocols(StaffAction.protocol(settings))
                .maxDuration(settings.seconds());
    }

    @Override
    public void after() {
        ledger.close();
    }
}
