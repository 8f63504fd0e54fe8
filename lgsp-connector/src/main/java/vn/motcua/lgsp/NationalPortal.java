package vn.motcua.lgsp;

/** Port to the national public-service portal, which keeps a copy of every dossier's state. */
public interface NationalPortal {

    /**
     * Delivers one sync record. The portal accepts a record id once; sending the same record again is answered as
     * accepted without being counted twice, so a caller may retry freely.
     *
     * @param record  the dossier's state after a status change
     * @param context who sends it and why (purpose = the dossier code)
     * @throws LgspException when the record is not accepted (the caller retries later)
     */
    void sync(SyncRecord record, LgspContext context);
}
