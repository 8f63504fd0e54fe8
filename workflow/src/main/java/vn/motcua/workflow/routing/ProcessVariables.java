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

    private ProcessVariables() {
    }
}
