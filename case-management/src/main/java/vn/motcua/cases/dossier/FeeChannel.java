package vn.motcua.cases.dossier;

/** How a dossier's fee was paid: at the one-stop desk against a paper receipt, or online through the payment platform. */
public enum FeeChannel {
    DESK, ONLINE
}
