package vn.motcua.lgsp;

/** Port to Vietnam Social Security (BHXH) through the LGSP. */
public interface SocialInsurance {

    /**
     * Issues a health-insurance card to a child under six. This is not idempotent as far as the portal knows, so it
     * is never retried automatically: after a failure, the caller must find out whether a card was issued before it
     * tries again.
     *
     * @param application the child and the applicant
     * @param context     who asks and why
     * @return the issued card
     * @throws LgspException when the card was not issued, or when it is unknown whether it was (UNAVAILABLE, TIMEOUT)
     */
    HealthInsuranceCard issueChildCard(HealthInsuranceCardApplication application, LgspContext context);
}
