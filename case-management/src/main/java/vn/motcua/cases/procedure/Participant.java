package vn.motcua.cases.procedure;

/**
 * An agency that takes part in a procedure version besides the receiving one (một cửa liên thông).
 *
 * @param agencyCode its code
 * @param agencyName its name
 * @param task       what it does for the dossier
 */
public record Participant(String agencyCode, String agencyName, String task) {
}
