package vn.motcua.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * An access token of the public mobile client, obtained as the mobile app does: the authorization-code flow with
 * PKCE through the e-ID stand-in's login form. Needs {@code citizen} in the session; leaves {@code token} and the
 * token's claims {@code name}, {@code birthdate}, {@code gender}.
 */
final class MobileLogin {

    static final String CLIENT_ID = "motcua-mobile";
    static final String REDIRECT_URI = "vn.motcua.mobile:/callback";
    static final String SCOPE = "openid dossiers.read dossiers.write";
    /** A browser's Accept: the e-ID provider remembers the authorization request only for pages. */
    static final String HTML = "text/html,application/xhtml+xml";
    static final String CSRF = "name=\"_csrf\" value=\"([^\"]+)\"";

    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_HOPS = 5;

    private MobileLogin() {
    }

    static ChainBuilder token() {
        String eid = LoadSettings.eid();
        return exec(MobileLogin::pkce)
                .exec(http("e-ID authorize").get(eid + "/oauth2/authorize").header("Accept", HTML)
                        .queryParam("response_type", "code").queryParam("client_id", CLIENT_ID)
                        .queryParam("scope", SCOPE).queryParam("redirect_uri", REDIRECT_URI)
                        .queryParam("state", "#{state}").queryParam("code_challenge_method", "S256")
                        .queryParam("code_challenge", "#{challenge}")
                        .check(status().is(200), regex(CSRF).saveAs("csrf")))
                .exitHereIfFailed()
                .exec(http("e-ID login").post(eid + "/login").header("Accept", HTML).disableFollowRedirect()
                        .formParam("username", "#{citizen}").formParam("password", LoadSettings.password())
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").saveAs("next")))
                .exitHereIfFailed()
                .exec(session -> session.set("hops", 0))
                .asLongAs(session -> !session.getString("next").startsWith(REDIRECT_URI)
                        && session.getInt("hops") < MAX_HOPS).on(
                        exec(http("e-ID redirect").get("#{next}").header("Accept", HTML).disableFollowRedirect()
                                .check(status().in(302, 303), header("Location").saveAs("next")))
                                .exitHereIfFailed()
                                .exec(session -> session.set("hops", session.getInt("hops") + 1)))
                .exec(MobileLogin::code)
                .exitHereIfFailed()
                .exec(http("e-ID token").post(eid + "/oauth2/token")
                        .formParam("grant_type", "authorization_code").formParam("client_id", CLIENT_ID)
                        .formParam("redirect_uri", REDIRECT_URI).formParam("code_verifier", "#{verifier}")
                        .formParam("code", "#{code}")
                        .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
                .exitHereIfFailed()
                .exec(MobileLogin::claims);
    }

    private static Session pkce(Session session) {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        try {
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            return session.set("verifier", verifier).set("challenge", challenge)
                    .set("state", UUID.randomUUID().toString());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session code(Session session) {
        Matcher code = CODE.matcher(session.getString("next"));
        if (!code.find()) {
            return session.markAsFailed();
        }
        return session.set("code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8));
    }

    /** The citizen's name, birth date and gender, as the stand-in puts them in the access token. */
    private static Session claims(Session session) {
        String payload = session.getString("token").split("\\.")[1];
        try {
            Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(payload),
                    new TypeReference<Map<String, Object>>() { });
            return session.set("name", String.valueOf(claims.get("name")))
                    .set("birthdate", String.valueOf(claims.get("birthdate")))
                    .set("gender", String.valueOf(claims.get("gender")));
        }
        catch (java.io.IOException e) {
            return session.markAsFailed();
        }
    }
}
