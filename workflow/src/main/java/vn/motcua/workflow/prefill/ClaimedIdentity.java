package vn.motcua.workflow.prefill;

import java.time.LocalDate;

/**
 * Who a person says they are: as the e-ID provider vouched for a logged-in citizen, or as a clerk typed a walk-in
 * applicant's identity. Values may be missing.
 */
public interface ClaimedIdentity {

    /** The identity number. */
    String subject();

    String fullName();

    LocalDate birthDate();

    /** As the e-ID states it ({@code male}, {@code female}), or {@code null}. */
    String gender();
}
