package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;

import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One staff action on one dossier, as a staff member does it in the browser: log in, open the dossier's page, press
 * its one button (a form with the page's CSRF token), and read the notice on the page the portal sends them to. The
 * portal answers the button with a redirect only after its transaction committed: that answer is the acknowledgement,
 * and the only outcome the ledger records under the plain {@link #kind()}.
 *
 * <p>On a connection error or a 5xx (of the page or of the button) the user waits, reloads the page and presses the
 * button again if it is still there, at most {@link StaffSettings#retries()} times; a lost portal session (the
 * portal restarted) means logging in again. Other outcomes go to the ledger as {@code kind-…}: {@code conflict}
 * (409), {@code gone} (404), {@code refused} (another answer), {@code not-waiting} (no button on a first look),
 * {@code unconfirmed} (no button after a try whose answer was lost), {@code gave-up} (tries used up).
 *
 * @param kind        the ledger's name of the action, e.g. {@code accept}
 * @param username    the e-ID account of the staff member
 * @param pagePrefix  the dossier page's path without the id, e.g. {@code /desk/dossiers/}
 * @param buttonId    the id of the action's button on that page
 * @param actionPath  what the button's form posts to, after the id, e.g. {@code /accept}
 * @param landingPath where the portal sends the browser when the action is done
 * @param noticeId    the id of the notice that names the dossier's code there
 */
public record StaffAction(String kind, String username, String pagePrefix, String buttonId, String actionPath,
        String landingPath, String noticeId) {

    /** The one-stop clerk of Bến Thành ward accepts a submitted dossier. */
    public static final StaffAction ACCEPT = new StaffAction("accept", "tiepnhan.benthanh", "/desk/dossiers/",
            "accept", "/accept", "/desk", "accepted-notice");
    /** The specialist forwards the dossier to the leader. */
    public static final StaffAction REVIEW = new StaffAction("review", "chuyenvien.benthanh", "/inbox/dossiers/",
            "forward", "/review", "/inbox", "reviewed-notice");
    /** The leader approves; the portal then issues the signed result in the background. */
    public static final StaffAction APPROVE = new StaffAction("approve", "lanhdao.benthanh", "/inbox/dossiers/",
            "approve", "/approve", "/inbox", "approved-notice");

    private static final String TRIES = "tries";
    private static final String DONE = "done";
    private static final String TRIED = "tried";
    private static final String NEXT = "next";
    private static final String PAGE_STATUS = "pageStatus";
    private static final String PAGE_URL = "pageUrl";
    private static final String CSRF = "csrf";
    private static final String BUTTONS = "buttons";
    private static final String ANSWER = "answer";
    private static final String LOCATION = "location";

    /** The browser's protocol: HTML pages, redirects followed unless a request says otherwise. */
    public static HttpProtocolBuilder protocol(StaffSettings settings) {
        return http.baseUrl(settings.portal()).acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("vi").userAgentHeader("motcua-load-staff").disableCaching();
    }

    /** One virtual user per dossier of the list (keys {@code dossierId} and {@code code}). */
    public ScenarioBuilder journey(StaffSettings settings, List<Map<String, Object>> dossiers, StaffLedger ledger) {
        return scenario(kind).feed(listFeeder(dossiers).queue())
                .exec(session -> session.set(TRIES, 0).set(DONE, false).set(TRIED, false)
                        .set(StaffLogin.LOGGED_IN, false))
                .asLongAs(session -> !session.getBoolean(DONE) && session.getInt(TRIES) <= settings.retries()).on(
                        exec(session -> session.remove(NEXT))
                                .doIf(session -> !session.getBoolean(StaffLogin.LOGGED_IN))
                                .then(StaffLogin.chain(settings, username))
                                .doIfOrElse(session -> session.getBoolean(StaffLogin.LOGGED_IN))
                                .then(attempt(settings, ledger))
                                .orElse(exec(session -> session.set(NEXT, "retry")))
                                .doIf(session -> "retry".equals(session.getString(NEXT)))
                                .then(exec(session -> session.set(TRIES, session.getInt(TRIES) + 1))
                                        .pause(settings.retryPause())))
                .exec(session -> {
                    if (!session.getBoolean(DONE)) {
                        ledger.append(kind + "-gave-up", id(session), code(session), 0);
                    }
                    return session;
                });
    }

    /** Opens the page, presses the button if it is there, and reads the notice after an acknowledgement. */
    private ChainBuilder attempt(StaffSettings settings, StaffLedger ledger) {
        return exec(session -> session.removeAll(PAGE_STATUS, PAGE_URL, CSRF, BUTTONS, ANSWER, LOCATION))
                .exec(http(kind + ": dossier page").get(settings.portal() + pagePrefix + "#{dossierId}")
                        .check(status().saveAs(PAGE_STATUS))
                        .check(status().in(200, 404))
                        .check(currentLocation().saveAs(PAGE_URL))
                        .check(regex(StaffLogin.CSRF).optional().saveAs(CSRF))
                        .check(css("#" + buttonId).count().saveAs(BUTTONS)))
                .exec(session -> afterPage(settings, session, ledger))
                .doIf(session -> "press".equals(session.getString(NEXT))).then(
                        exec(http(kind + ": " + buttonId).post(settings.portal() + pagePrefix + "#{dossierId}" + actionPath)
                                .formParam("_csrf", "#{" + CSRF + "}")
                                .disableFollowRedirect()
                                .check(status().saveAs(ANSWER))
                                .check(status().is(302))
                                .check(header("Location").optional().saveAs(LOCATION)))
                        .exec(session -> afterButton(session, ledger)))
                .doIf(session -> "confirm".equals(session.getString(NEXT))).then(
                        exec(http(kind + ": notice").get(settings.portal() + landingPath)
                                .check(status().is(200))
                                .check(css("#" + noticeId).transformWithSession((text, session) ->
                                        text.contains(code(session))).is(true))));
    }

    private Session afterPage(StaffSettings settings, Session session, StaffLedger ledger) {
        Integer status = session.contains(PAGE_STATUS) ? session.getInt(PAGE_STATUS) : null;
        String url = session.getString(PAGE_URL);
        if (status == null || status >= 500) {
            return session.set(NEXT, "retry");
        }
        if (url == null || !url.startsWith(settings.portal() + pagePrefix)) {
            // the portal lost the session (a restart) and sent the browser to log in
            return session.set(StaffLogin.LOGGED_IN, false).set(NEXT, "retry");
        }
        if (status == 200 && session.contains(BUTTONS) && session.getInt(BUTTONS) > 0 && session.contains(CSRF)) {
            return session.set(NEXT, "press");
        }
        String outcome = status != 200 ? (status == 404 ? "gone" : "refused")
                : session.getBoolean(TRIED) ? "unconfirmed" : "not-waiting";
        ledger.append(kind + "-" + outcome, id(session), code(session), status);
        return session.set(DONE, true);
    }

    private Session afterButton(Session session, StaffLedger ledger) {
        Integer status = session.contains(ANSWER) ? session.getInt(ANSWER) : null;
        if (status == null || status >= 500) {
            return session.set(TRIED, true).set(NEXT, "retry");
        }
        String location = session.getString(LOCATION);
        if (status == 302 && location != null && URI.create(location).getPath().equals(landingPath)) {
            ledger.append(kind, id(session), code(session), status);
            return session.set(DONE, true).set(NEXT, "confirm");
        }
        if (status == 302 || status == 403) {
            // sent to log in, or the CSRF token refused: the portal lost the session (a restart), the button did nothing
            return session.set(StaffLogin.LOGGED_IN, false).set(NEXT, "retry");
        }
        String outcome = status == 409 ? "conflict" : status == 404 ? "gone" : "refused";
        ledger.append(kind + "-" + outcome, id(session), code(session), status);
        return session.set(DONE, true);
    }

    private static String id(Session session) {
        return session.getString("dossierId");
    }

    private static String code(Session session) {
        return session.contains("code") ? session.getString("code") : "";
    }
}
