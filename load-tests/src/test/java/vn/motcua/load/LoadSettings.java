package vn.motcua.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Every knob of a load run, read from system properties ({@code -Dname=value} on the Maven command line) with the
 * defaults of a local demo. A run is always bounded: it injects for {@link #seconds()} and stops by itself after
 * {@link #maxSeconds()} whatever happens to the portal.
 */
public final class LoadSettings {

    /**
     * Citizens of the e-ID stand-in with the high e-ID level (password {@code demo}): the three demo citizens (An,
     * Bích, Khoa) and adults of the generated population, which is always the same (fixed seed).
     */
    static final String DEFAULT_CITIZENS = "079090001234,079195005678,079201000321,"
            + "079193045225,079064357849,079167897169,079074331556,079177370442,079176257919,079192867648,"
            + "079176325921,079177220428,079198616706,079193548163,079092028012,079195626937,079168745235,"
            + "079059386004,079164166525,079088942397";

    private LoadSettings() {
    }

    /** The portal's base address, without a trailing slash ({@code portal}). */
    public static String portal() {
        return trimmed(text("portal", "http://127.0.0.1:8080"));
    }

    /**
     * The e-ID stand-in's base address ({@code eid}); it must be the portal's {@code motcua.eid.base-url}, since the
     * access tokens carry the address they were asked at as their issuer. The payment platform stand-in lives there
     * too.
     */
    public static String eid() {
        return trimmed(text("eid", "http://127.0.0.1:9000"));
    }

    /** Virtual users started per second ({@code users}, decimals allowed). */
    public static double users() {
        double users = Double.parseDouble(text("users", "1"));
        if (users <= 0) {
            throw new IllegalArgumentException("users must be positive");
        }
        return users;
    }

    /** How long users are injected, in seconds ({@code seconds}). */
    public static int seconds() {
        return positive("seconds", 30);
    }

    /**
     * The hard end of the run, in seconds from its start ({@code max-seconds}); by default the injection time plus
     * enough for the last users to finish their retries.
     */
    public static int maxSeconds() {
        return positive("max-seconds", seconds() + submitRetries() * retryPauseSeconds() + 90);
    }

    /** The procedure to file ({@code procedure}), with the simulation's own default. */
    public static String procedure(String fallback) {
        return text("procedure", fallback);
    }

    /** Where the ledger of answered operations is written ({@code ledger}), with the simulation's own default. */
    public static Path ledger(String fallbackName) {
        return Path.of(text("ledger", "target/ledger/" + fallbackName + ".csv"));
    }

    /** The identity numbers of the citizens who file, in turn ({@code citizens}, comma-separated). */
    public static List<String> citizens() {
        return Arrays.stream(text("citizens", DEFAULT_CITIZENS).split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    /** The e-ID password of every account of the stand-in ({@code password}). */
    public static String password() {
        return text("password", "demo");
    }

    /** How many times an unanswered submission (connection failure, 5xx) is sent again ({@code retries}). */
    public static int submitRetries() {
        return Integer.parseInt(text("retries", "10"));
    }

    /** The pause before each retry, in seconds ({@code retry-pause}). */
    public static int retryPauseSeconds() {
        return positive("retry-pause", 3);
    }

    public static Duration retryPause() {
        return Duration.ofSeconds(retryPauseSeconds());
    }

    /** The staff account that accepts dossiers at the desk in the payment simulation ({@code clerk}). */
    public static String clerk() {
        return text("clerk", "tiepnhan.benthanh");
    }

    /** One line that says what a run uses, for the console. */
    public static String describe() {
        return "portal=" + portal() + " eid=" + eid() + " users/s=" + users() + " seconds=" + seconds()
                + " max-seconds=" + maxSeconds() + " retries=" + submitRetries() + " retry-pause=" + retryPauseSeconds()
                + "s citizens=" + citizens().size();
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int positive(String name, int fallback) {
        int value = Integer.parseInt(text(name, String.valueOf(fallback)));
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
