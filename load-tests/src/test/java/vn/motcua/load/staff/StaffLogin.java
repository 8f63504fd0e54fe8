package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * A staff member's login as a browser does it, in the OpenID Connect code flow: the portal sends the browser to the
 * e-ID stand-in's login page, the form is posted with the name, the demo password and the page's CSRF token, and the
 * stand-in sends the browser back to the portal's callback, which opens the portal session (cookies are the virtual
 * user's own). When the e-ID provider still has a session of its own for the browser, it sends the browser straight
 * back without the form. Sets {@link #LOGGED_IN} in the session: whether the browser ended up on the portal, logged in.
 */
public final class StaffLogin {

    /** Session key: whether the last login ended on the portal. */
    public static final String LOGGED_IN = "loggedIn";

    static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";
    private static final String EID_CSRF = "eidCsrf";
    private static final String EID_PAGE = "eidPage";
    private static final String LANDING = "landing";

    private StaffLogin() {
    }

    public static ChainBuilder chain(StaffSettings settings, String username) {
        return exec(session -> session.removeAll(EID_CSRF, EID_PAGE, LANDING).set(LOGGED_IN, false))
                .exec(http("login: e-ID page").get(settings.portal() + "/oauth2/authorization/eid")
                        .check(currentLocation().saveAs(EID_PAGE))
                        .check(status().is(200))
                        .check(regex(CSRF).saveAs(EID_CSRF)))
                // the e-ID provider that still knows the browser (its own session outlived the portal's) sends it
                // straight back, logged in
                .exec(session -> session.set(LOGGED_IN, landedOnPortal(settings, session.getString(EID_PAGE))))
                .doIf(session -> !session.getBoolean(LOGGED_IN) && session.contains(EID_CSRF)).then(
                        exec(http("login: e-ID form").post(session -> loginAction(settings, session))
                                .formParam("username", username)
                                .formParam("password", StaffSettings.PASSWORD)
                                .formParam("_csrf", "#{" + EID_CSRF + "}")
                                .check(currentLocation().saveAs(LANDING))
                                .check(status().is(200)))
                        .exec(session -> session.set(LOGGED_IN, landedOnPortal(settings, session.getString(LANDING)))));
    }

    /** Where the login form posts: the e-ID address given, or the one the portal sent the browser to. */
    private static String loginAction(StaffSettings settings, Session session) {
        if (!settings.eid().isBlank()) {
            return settings.eid() + "/login";
        }
        return URI.create(session.getString(EID_PAGE)).resolve("/login").toString();
    }

    /** Back on the portal, and not sent to log in again (a refused login stays on the e-ID page). */
    private static boolean landedOnPortal(StaffSettings settings, String landing) {
        return landing != null && landing.startsWith(settings.portal()) && !landing.contains("/oauth2/")
                && !landing.contains("error");
    }
}
