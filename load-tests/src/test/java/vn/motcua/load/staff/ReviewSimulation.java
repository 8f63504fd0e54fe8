package vn.motcua.load.staff;

/**
 * The specialist reviews dossiers and forwards them to the leader (`POST /inbox/dossiers/{id}/review`).
 * One virtual user per dossier, from {@code -Dfeeder=} or else from {@code /inbox}; every acknowledged action is a
 * line {@code review} of the ledger ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
public class ReviewSimulation extends StaffSimulation {

    public ReviewSimulation() {
        super(StaffAction.REVIEW, "/inbox", false, DossierList.INBOX_LINK);
    }
}
