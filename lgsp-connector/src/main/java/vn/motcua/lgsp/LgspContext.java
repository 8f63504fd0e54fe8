package vn.motcua.lgsp;

/**
 * Why and for whom a call is made; carried as request headers.
 *
 * @param requestingUnit code of the agency that asks (header {@code X-Requesting-Unit}), required
 * @param official       the official on whose behalf the call is made (header {@code X-Official}), may be {@code null}
 *                       for calls that no person triggered
 * @param purpose        the reason of the call, usually the dossier code (header {@code X-Purpose}), required
 */
public record LgspContext(String requestingUnit, String official, String purpose) {

    /**
     * Checks that the unit and the purpose are given, since the gateway refuses any call without them.
     *
     * @throws IllegalArgumentException if {@code requestingUnit} or {@code purpose} is blank
     */
    public LgspContext {
        if (requestingUnit == null || requestingUnit.isBlank()) {
            throw new IllegalArgumentException("An LGSP call needs the requesting unit");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("An LGSP call needs a purpose");
        }
    }
}
