package vn.motcua.cases.audit;

import java.time.Instant;

/**
 * One entry of the security audit trail.
 *
 * @param at        when it happened
 * @param kind      what happened
 * @param principal the user's subject (identity number or staff user name), or {@code null} if unknown
 * @param address   the client's address
 * @param method    the HTTP method of the request, if any
 * @param path      the request path, if any
 * @param detail    a short reason (an error code, never a secret or a token)
 */
public record SecurityEvent(Instant at, Kind kind, String principal, String address, String method, String path,
        String detail) {

    /** The kinds of event the trail keeps. */
    public enum Kind {
        /** A user logged in through the e-ID provider. */
        LOGIN_SUCCESS,
        /** A login came back refused, forged or expired. */
        LOGIN_FAILURE,
        /** A user logged out. */
        LOGOUT,
        /** A logged-in user asked for something their role does not allow (403). */
        ACCESS_DENIED,
        /** An object was asked for that does not exist or is not the user's (answered 404). */
        OBJECT_REFUSED,
        /** A state-changing request came without a valid CSRF token. */
        CSRF_REJECTED,
        /** A request came with a session id that is unknown, expired or past its absolute lifetime. */
        SESSION_REJECTED,
        /** An API request came with a missing, forged or expired bearer token. */
        TOKEN_REJECTED,
        /** Someone looked a dossier up by its code and the last digits of its owner's identity number, and found it. */
        PUBLIC_LOOKUP,
        /** A client went over the number of requests it may make in a period (answered 429). */
        RATE_LIMITED,
        /**
         * A message from the payment platform was refused: a forged checksum, an unknown order, a changed amount or a
         * contradiction of the books.
         */
        PAYMENT_REFUSED,
        /**
         * A staff member logged in to whom the portal gives no role (an account not granted one yet, or locked): they
         * see only a page saying that an administrator must grant one.
         */
        STAFF_WITHOUT_ROLE,
        /** The one-time command that creates the first administrator was refused (one exists, or a wrong argument). */
        ADMIN_BOOTSTRAP_REFUSED
    }
}
