package vn.motcua.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A login at the portal's pages through the e-ID stand-in, as a browser does: the portal page sends the browser to the
 * provider's login form, the user types their name and the demo password, and the provider sends the browser back
 * to the page it asked for. Starts from an empty cookie jar; leaves the portal page's CSRF token in {@code csrf}.
 */
final class WebLogin {

    private WebLogin() {
    }

    /**
     * @param portalPath the portal page to open (EL allowed), which asks for a login
     * @param username   the e-ID account (EL allowed)
     */
    static ChainBuilder open(String portalPath, String username) {
        return exec(flushCookieJar())
                .exec(http("web login page").get(LoadSettings.portal() + portalPath).header("Accept", MobileLogin.HTML)
                        .check(status().is(200), regex(MobileLogin.CSRF).saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("web login").post(LoadSettings.eid() + "/login").header("Accept", MobileLogin.HTML)
                        .formParam("username", username).formParam("password", LoadSettings.password())
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), regex(MobileLogin.CSRF).saveAs("csrf")))
                .exitHereIfFailed();
    }
}
