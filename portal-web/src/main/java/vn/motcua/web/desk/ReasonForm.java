package vn.motcua.web.desk;

/** A staff decision that needs a reason: refusing at intake, returning to an earlier step, stopping processing. */
public record ReasonForm(@Reason String reason) {

    /** The reason as recorded: without NUL characters, stripped. */
    public String text() {
        return normal(reason);
    }

    static String normal(String reason) {
        return reason == null ? "" : reason.replace("\u0000", "").strip();
    }
}
