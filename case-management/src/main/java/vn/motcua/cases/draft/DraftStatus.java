package vn.motcua.cases.draft;

/** A draft is being filled in, or has become a dossier. */
public enum DraftStatus {
    OPEN, SUBMITTED
}
