package vn.motcua.workflow.routing;

/** Names of the few process variables: ids and small values only. */
public final class ProcessVariables {

    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String AGENCY_CODE = "agencyCode";
    public static final String DECIDED_BY = "decidedBy";
    public static final String DECIDED_BY_NAME = "decidedByName";
    /** Set when the fee step completes: the receipt or transaction number, DESK or ONLINE, and who recorded it. */
    public static final String FEE_RECEIPT_NUMBER = "feeReceiptNumber";
    public static final String FEE_PAID_VIA = "feePaidVia";
    public static final String FEE_RECORDED_BY = "feeRecordedBy";

    /** How the last user task was decided: {@link #FORWARD} (the default) or {@link #RETURN} to an earlier step. */
    public static final String DECISION = "decision";
    public static final String FORWARD = "forward";
    public static final String RETURN = "return";
    /** Set by procedure HCM.LT.01: the child's identity number and the health-insurance card. */
    public static final String CHILD_ID_NUMBER = "childIdNumber";
    public static final String INSURANCE_CARD_NUMBER = "insuranceCardNumber";
    public static final String INSURANCE_VALID_FROM = "insuranceValidFrom";
    public static final String INSURANCE_VALID_TO = "insuranceValidTo";

    /** Who completed the user task of that key: {@code {taskKey}By}, and the name: {@code {taskKey}ByName}. */
    public static String decidedBy(String taskKey) {
        return taskKey + "By";
    }

    public static String decidedByName(String taskKey) {
        return taskKey + "ByName";
    }

    private ProcessVariables() {
    }
}
