package vn.motcua.cases.dossier;

/** A transition the dossier's current status does not allow (e.g. accepting a dossier twice). */
public class IllegalTransitionException extends IllegalStateException {

    private final DossierStatus from;

    IllegalTransitionException(String dossierCode, DossierStatus from, String transition) {
        super("Dossier " + dossierCode + " in status " + from.code() + " cannot " + transition);
        this.from = from;
    }

    public DossierStatus from() {
        return from;
    }
}
