package vn.motcua.cases.dossier;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The national dossier status codes; {@link #messageKey()} names the Vietnamese label in the message bundle. The
 * status also says what may happen next: whether the legal clock runs or waits for the applicant, and which
 * transitions the desk, the leader or the applicant may ask for.
 */
public enum DossierStatus {
    SUBMITTED(1),
    ACCEPTED(2),
    REFUSED(3),
    IN_PROGRESS(4),
    SUPPLEMENT_REQUESTED(5),
    PAYMENT_REQUESTED(6),
    WITHDRAWN(7),
    STOPPED(8),
    RESULT_READY(9),
    RESULT_DELIVERED(10);

    /** Statuses in which the legal clock runs: accepted or in an agency's hands. */
    public static final Set<DossierStatus> CLOCK_RUNNING = Collections.unmodifiableSet(
            EnumSet.of(ACCEPTED, IN_PROGRESS));

    /**
     * Statuses of an accepted dossier not yet decided: the legal clock runs, or waits for the applicant's supplement or
     * fee.
     */
    public static final Set<DossierStatus> IN_COURSE = Collections.unmodifiableSet(
            EnumSet.of(ACCEPTED, IN_PROGRESS, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED));

    /** Statuses in which the result exists, so the applicant may rate the service. */
    public static final Set<DossierStatus> FINISHED = Collections.unmodifiableSet(
            EnumSet.of(RESULT_READY, RESULT_DELIVERED));

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String messageKey() {
        return "dossier.status." + code;
    }

    public boolean isClockRunning() {
        return CLOCK_RUNNING.contains(this);
    }

    public boolean isFinished() {
        return FINISHED.contains(this);
    }

    /** Whether the one-stop desk may ask for a supplement: before intake or just accepted. */
    public boolean allowsSupplementRequest() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /** Whether the applicant may withdraw: the dossier is not refused, stopped or decided. */
    public boolean allowsWithdrawal() {
        return this == SUBMITTED || IN_COURSE.contains(this);
    }

    /** Whether the agency's leader may stop processing: accepted and not yet decided. */
    public boolean allowsStop() {
        return IN_COURSE.contains(this);
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown national status code " + code));
    }
}
