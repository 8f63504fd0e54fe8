package vn.motcua.cases.storage;

/** What a stored file is to its dossier. */
public enum FileKind {
    ATTACHMENT, SLIP, RESULT
}
