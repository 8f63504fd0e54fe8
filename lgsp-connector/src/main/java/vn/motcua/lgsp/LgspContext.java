package vn.motcua.lgsp;

/**
 * Why and for whom a call is made, carried as request headers, and whether the caller may wait for its turn.
 *
 * @param requestingUnit code of the agency that asks (header {@code X-Requesting-Unit}), required
 * @param official       the official on whose behalf the call is made (header {@code X-Official}), may be {@code null}
 *                       for calls that no person triggered
 * @param purpose        the reason of the call, usually the dossier code (header {@code X-Purpose}), required
 * @param background     whether background work makes the call (a delivery, a process job, a check after filing):
 *                       when the portal's rate limit is reached it waits for a free call for up to
 *                       {@code motcua.lgsp.rate-limit.background-wait}; a call someone waits for on screen does not,
 *                       it fails after {@code motcua.lgsp.rate-limit.max-wait}
 */
public record LgspContext(String requestingUnit, String official, String purpose, boolean background) {

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

    /**
     * The context of a call someone waits for on screen.
     *
     * @param requestingUnit code of the agency that asks, required
     * @param official       the official on whose behalf the call is made, may be {@code null}
     * @param purpose        the reason of the call, required
     * @throws IllegalArgumentException if {@code requestingUnit} or {@code purpose} is blank
     */
    public LgspContext(String requestingUnit, String official, String purpose) {
        this(requestingUnit, official, purpose, false);
    }

    /**
     * The same context for background work, which waits for its turn under the rate limit instead of failing.
     *
     * @return this context with {@code background} set
     */
    public LgspContext inBackground() {
        return new LgspContext(requestingUnit, official, purpose, true);
    }
}
