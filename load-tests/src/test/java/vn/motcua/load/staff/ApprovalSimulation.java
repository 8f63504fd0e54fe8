package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * The leader approves dossiers (`POST /inbox/dossiers/{id}/approve`); the portal then signs and timestamps each result in the background.
 * One virtual user per dossier, from {@code -Dfeeder=} or else from {@code /inbox}; every acknowledged action is a
 * line {@code approve} of the ledger ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
public class ApprovalSimulation extends Simulation {

    private final StaffSettings settings = StaffSettings.fromSystemProperties();
    private final StaffLedger ledger = new StaffLedger(settings.ledger());

    {
        StaffAction action = StaffAction.APPROVE;
        List<Map<String, Object>> dossiers = DossierList.load(settings, action, "/inbox", false, DossierList.INBOX_LINK);
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
