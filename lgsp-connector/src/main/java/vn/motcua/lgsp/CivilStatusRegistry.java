package vn.motcua.lgsp;

import java.util.List;
import java.util.Optional;

/** Port to the civil-status database (cơ sở dữ liệu hộ tịch điện tử) through the LGSP. */
public interface CivilStatusRegistry {

    /**
     * Fetches one entry of the register by its number.
     *
     * @param registerNumber the entry's register number
     * @param context        who asks and why
     * @return the entry, or empty when the register holds no such number
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    Optional<CivilStatusRecord> findRecord(String registerNumber, LgspContext context);

    /**
     * Fetches every entry that names a person (their birth, their marriages, their children's births).
     *
     * @param idNumber the person's 12-digit identity number
     * @param context  who asks and why
     * @return the entries, oldest first; empty when the register names no such person
     * @throws LgspException when the gateway cannot answer or answers something unusable
     */
    List<CivilStatusRecord> findRecordsOf(String idNumber, LgspContext context);
}
