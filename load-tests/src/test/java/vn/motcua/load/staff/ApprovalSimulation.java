package vn.motcua.load.staff;

/**
 * The leader approves dossiers (`POST /inbox/dossiers/{id}/approve`); the portal then signs and timestamps each result in the background.
 * One virtual user per dossier, from {@code -Dfeeder=} or else from {@code /inbox}; every acknowledged action is a
 * line {@code approve} of the ledger ({@link StaffAction}). Stops by itself after {@code -Dseconds=} at the latest.
 */
public class ApprovalSimulation extends StaffSimulation {

    public ApprovalSimulation() {
        super(StaffAction.APPROVE, "/inbox", false, DossierList.INBOX_LINK);
    }
}
