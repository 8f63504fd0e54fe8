package vn.motcua.cases.dossier;

import java.util.Arrays;

/** The national dossier status codes; {@link #messageKey()} names the Vietnamese label in the message bundle. */
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

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown national status code " + code));
    }
}
