package vn.motcua.web.dataaccess;

import java.io.Serializable;
import java.time.Instant;

import vn.motcua.cases.access.ChainVerification;

/**
 * The outcome of a chain check, carried to the page after the redirect.
 *
 * @param breachKey message key of the kind of breach, or {@code null} when the chain is intact
 */
record ChainVerdict(boolean valid, long rowsChecked, Long brokenAtSeq, String breachKey, Instant checkedAt)
        implements Serializable {

    static ChainVerdict of(ChainVerification verification, Instant checkedAt) {
        return new ChainVerdict(verification.valid(), verification.rowsChecked(), verification.brokenAtSeq(),
                verification.breach() == null ? null : "admin.access.breach." + verification.breach().name(),
                checkedAt);
    }
}
