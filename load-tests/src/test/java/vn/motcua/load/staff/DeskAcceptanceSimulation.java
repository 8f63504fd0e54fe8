package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

/**
 * The one-stop clerk accepts submitted dossiers at the desk (`POST /desk/dossiers/{id}/accept`).
 * One virtual user per dossier, from {@code -Dfeeder=} or else from {@code /desk?state=WAITING}; every acknowledged action is a
 * line {@code accept} of the ledger ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
public class DeskAcceptanceSimulation extends Simulation {

    private final StaffSettings settings = StaffSettings.fromSystemProperties();
    private final StaffLedger ledger = new StaffLedger(settings.ledger());

    {
        StaffAction action = StaffAction.ACCEPT;
        List<Map<String, Object>> dossiers = DossierList.load(settings, action, "/desk?state=WAITING", true, DossierList.DESK_LINK);
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
