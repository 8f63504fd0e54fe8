package vn.motcua.web.admin;

/** Why a document is revoked, as the administrator types it. */
record RevocationForm(String reason) {

    static final int MAX_REASON = 1000;
}
