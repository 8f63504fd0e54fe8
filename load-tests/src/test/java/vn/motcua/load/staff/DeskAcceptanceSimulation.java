package vn.motcua.load.staff;

/**
 * The one-stop clerk accepts submitted dossiers at the desk (`POST /desk/dossiers/{id}/accept`).
 * One virtual user per dossier, from {@code -Dfeeder=} or else from {@code /desk?state=WAITING}; every acknowledged action is a
 * line {@code accept} of the ledger ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
public class DeskAcceptanceSimulation extends StaffSimulation {

    public DeskAcceptanceSimulation() {
        super(StaffAction.ACCEPT, "/desk?state=WAITING", true, DossierList.DESK_LINK);
    }
}
