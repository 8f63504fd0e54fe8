package vn.motcua.load.staff;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The knobs of the staff simulations, as JVM system properties with defaults. With the Gatling Maven plugin they are
 * given on the command line ({@code -Dportal=http://127.0.0.1:8282}): the plugin passes the Maven JVM's system
 * properties on to the Gatling JVM it forks, except names under {@code java.}, {@code user.}, {@code gatling.} and the
 * like, and values with a space.
 *
 * @param portal     the portal's base address
 * @param eid        the e-ID provider's base address to post the login form to; blank: the address the portal sends
 *                   the browser to (the e-ID stand-in's own name for itself, e.g. {@code localhost} against
 *                   {@code 127.0.0.1}, matters for its session cookie)
 * @param feeder     the CSV of dossiers to work on, or {@code null} to list them from the staff member's queue page
 * @param feederKind when the feeder has a {@code kind} column, the rows to take (e.g. {@code accept}); blank: all
 * @param ledger     the CSV the acknowledged actions are appended to
 * @param users      at most this many virtual users, one per dossier; 0: one per dossier found
 * @param ramp       the users start over this time
 * @param seconds    the simulation stops after this time whatever is left
 * @param retries    how many times a user reloads the page and tries again after a connection error or a 5xx
 * @param retryPause the wait before each such try
 */
public record StaffSettings(String portal, String eid, Path feeder, String feederKind, Path ledger, int users,
        Duration ramp, Duration seconds, int retries, Duration retryPause) {

    /** The password of every demo account of the e-ID stand-in. */
    public static final String PASSWORD = "demo";

    /** Reads the system properties, each missing one taking its default. */
    public static StaffSettings fromSystemProperties() {
        String feeder = text("feeder", "");
        return new StaffSettings(trimSlash(text("portal", "http://127.0.0.1:8080")), trimSlash(text("eid", "")),
                feeder.isBlank() ? null : Path.of(feeder), text("feederKind", ""),
                Path.of(text("ledger", "target/staff-ledger.csv")), number("users", 0),
                Duration.ofSeconds(number("ramp", 10)), Duration.ofSeconds(number("seconds", 60)),
                number("retries", 20), Duration.ofMillis(number("retryPauseMillis", 3000)));
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        String value = text(name, "");
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
