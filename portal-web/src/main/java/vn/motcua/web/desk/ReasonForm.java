package vn.motcua.web.desk;

/** A staff decision that needs a reason: refusing at intake, returning to an earlier step, stopping processing. */
public record ReasonForm(String reason) {
}
