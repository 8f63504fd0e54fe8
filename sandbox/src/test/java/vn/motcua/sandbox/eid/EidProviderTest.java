package vn.motcua.sandbox.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.sandbox.RunningSandbox;

/** The OpenID Connect provider, driven over HTTP as a browser and the portal would. */
class EidProviderTest {

    static final String PORTAL = "http://localhost:8080";
    static final String TEST_PORTAL = "http://localhost:12345";
    static RunningSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox("--sandbox.eid.portal-base-url=" + PORTAL + "," + TEST_PORTAL);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void servesTheDiscoveryDocument() {
        Map<String, Object> discovery = RunningSandbox.json(sandbox.get("/.well-known/openid-configuration").body());
        String issuer = "http://localhost:" + sandbox.port();

        assertThat(discovery).containsEntry("issuer", issuer)
                .containsEntry("authorization_endpoint", issuer + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer + "/oauth2/token")
                .containsEntry("jwks_uri", issuer + "/oauth2/jwks")
                .containsEntry("userinfo_endpoint", issuer + "/userinfo")
                .containsEntry("end_session_endpoint", issuer + "/connect/logout");
        assertThat(RunningSandbox.json(sandbox.get("/oauth2/jwks").body())).containsKey("keys");
    }

    @Test
    void authorizeSendsAnAnonymousBrowserToTheLoginPage() {
        HttpResponse<String> answer = new Browser().get(authorizeUrl(PORTAL, "s-0"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(sandbox.uri("/login").toString());
        assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("EID_SESSION="));
    }

    @Test
    void loginPageSpeaksVietnamese() {
        String page = sandbox.get("/login", "Accept-Language", "en-US").body();

        assertThat(page).contains("<title>Đăng nhập bằng định danh điện tử</title>", "id=\"username\"",
                "id=\"password\"", "id=\"login-submit\"", "Số định danh cá nhân / tên đăng nhập", "Mật khẩu",
                ">Đăng nhập</button>");
        assertThat(sandbox.get("/login?error").body()).contains("Sai tên đăng nhập hoặc mật khẩu.");
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() {
        Browser browser = new Browser();
        browser.get(authorizeUrl(PORTAL, "s-1"));

        HttpResponse<String> answer = browser.login("079090001234", "wrong");

        assertThat(answer.headers().firstValue("Location")).hasValue(sandbox.uri("/login?error").toString());
    }

    @Test
    void citizenLogsInAndThePortalGetsTheirClaims() {
        Map<String, Object> tokens = new Browser().authorizationCode(PORTAL, "079090001234");

        Map<String, Object> idToken = payload((String) tokens.get("id_token"));
        assertThat(idToken).containsEntry("iss", "http://localhost:" + sandbox.port())
                .containsEntry("sub", "079090001234")
                .containsEntry("aud", "motcua-portal")
                .containsEntry("nonce", "n-" + PORTAL.hashCode())
                .containsEntry("name", "Nguyễn Văn An")
                .containsEntry("birthdate", "1990-05-12")
                .containsEntry("gender", "male")
                .containsEntry("account_type", "citizen")
                .containsEntry("acr", "eid-high");
        assertThat(tokens).containsKeys("access_token", "refresh_token");

        Map<String, Object> userInfo = userInfo((String) tokens.get("access_token"));
        assertThat(userInfo).containsEntry("sub", "079090001234").containsEntry("name", "Nguyễn Văn An")
                .containsEntry("birthdate", "1990-05-12").containsEntry("gender", "male")
                .containsEntry("account_type", "citizen").containsEntry("acr", "eid-high");
    }

    @Test
    void staffLogsInWithAgencyAndRolesForASecondPortal() {
        Map<String, Object> tokens = new Browser().authorizationCode(TEST_PORTAL, "lanhdao.benthanh");

        Map<String, Object> idToken = payload((String) tokens.get("id_token"));
        assertThat(idToken).containsEntry("sub", "lanhdao.benthanh").containsEntry("account_type", "staff")
                .containsEntry("agency", "H29.12.05").containsEntry("roles", List.of("LEADER"))
                .containsKey("name").doesNotContainKey("birthdate");
        assertThat(userInfo((String) tokens.get("access_token"))).containsEntry("agency", "H29.12.05")
                .containsEntry("roles", List.of("LEADER"));

        HttpResponse<String> refreshed = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/oauth2/token"))
                .header("Authorization", RunningSandbox.basic("motcua-portal", "motcua-portal-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("grant_type", "refresh_token", "refresh_token",
                        (String) tokens.get("refresh_token")))));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(userInfo((String) RunningSandbox.json(refreshed.body()).get("access_token")))
                .containsEntry("sub", "lanhdao.benthanh");
    }

    @Test
    void theWardPoliceAndSocialInsuranceHaveStaffAccountsOfTheirAgencies() {
        assertThat(payload((String) new Browser().authorizationCode(TEST_PORTAL, "congan.benthanh").get("id_token")))
                .containsEntry("agency", "H29.12.05.CA").containsEntry("roles", List.of("SPECIALIST", "LEADER"));
        assertThat(payload((String) new Browser().authorizationCode(TEST_PORTAL, "bhxh.thanhpho").get("id_token")))
                .containsEntry("agency", "H29.BHXH").containsEntry("roles", List.of("SPECIALIST"));
    }

    @Test
    void directLoginShowsWhoIsLoggedIn() {
        Browser browser = new Browser();

        HttpResponse<String> answer = browser.login("079201000321", "demo");

        assertThat(answer.headers().firstValue("Location")).hasValue(sandbox.uri("/").toString());
        assertThat(browser.get(sandbox.uri("/")).body()).contains("Đang đăng nhập: Lê Minh Khoa (079201000321)");
    }

    @Test
    void logoutReturnsToThePortal() {
        Browser browser = new Browser();
        String idToken = (String) browser.authorizationCode(PORTAL, "079195005678").get("id_token");

        HttpResponse<String> answer = browser.get(sandbox.uri("/connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + encode(PORTAL + "/")));

        assertThat(answer.headers().firstValue("Location")).hasValue(PORTAL + "/");
    }

    @Test
    void logoutReturnsToARegisteredLoopbackPortalOnAnyPortButNowhereElse() {
        Browser browser = new Browser();
        String idToken = (String) browser.authorizationCode(PORTAL, "079195005678").get("id_token");
        HttpResponse<String> elsewhere = browser.get(sandbox.uri("/connect/logout?id_token_hint=" + idToken
                + "&post_logout_redirect_uri=" + encode("http://evil.example/")));
        assertThat(elsewhere.statusCode()).isEqualTo(400);

        RunningSandbox loopback = new RunningSandbox("--sandbox.eid.portal-base-url=http://127.0.0.1:8080");
        try {
            Browser loopbackBrowser = new Browser(loopback);
            loopbackBrowser.get(loopback.uri("/oauth2/authorize?response_type=code&client_id=motcua-portal&scope=openid"
                    + "&redirect_uri=" + encode("http://127.0.0.1:4567/login/oauth2/code/eid") + "&state=l&nonce=n"));
            HttpResponse<String> loggedIn = loopbackBrowser.login("079195005678", "demo");
            URI resumed = loopback.uri("/").resolve(loggedIn.headers().firstValue("Location").orElseThrow());
            String code = loopbackBrowser.get(resumed).headers().firstValue("Location").orElseThrow()
                    .replaceAll(".*code=([^&]+).*", "$1");
            HttpResponse<String> tokens = loopback.send(HttpRequest.newBuilder(loopback.uri("/oauth2/token"))
                    .header("Authorization", RunningSandbox.basic("motcua-portal", "motcua-portal-secret"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(RunningSandbox.form(Map.of("grant_type", "authorization_code", "code",
                            URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri",
                            "http://127.0.0.1:4567/login/oauth2/code/eid"))));
            String loopbackIdToken = (String) RunningSandbox.json(tokens.body()).get("id_token");

            HttpResponse<String> answer = loopbackBrowser.get(loopback.uri("/connect/logout?id_token_hint="
                    + loopbackIdToken + "&post_logout_redirect_uri=" + encode("http://127.0.0.1:4567/")));

            assertThat(answer.headers().firstValue("Location")).hasValue("http://127.0.0.1:4567/");
        }
        finally {
            loopback.close();
        }
    }

    @Test
    void unregisteredRedirectUriIsRefused() {
        HttpResponse<String> answer = new Browser().get(authorizeUrl("http://evil.example", "s-2"));

        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMobileAppGetsAnApiAccessTokenWithPkceAndTheAccountClaims() throws Exception {
        Browser browser = new Browser();
        String verifier = "v".repeat(20) + "-mobile-pkce-verifier-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorize = sandbox.uri("/oauth2/authorize?response_type=code&client_id=motcua-mobile"
                + "&scope=openid%20dossiers.read&redirect_uri=" + encode("vn.motcua.mobile:/callback")
                + "&state=m-1&code_challenge_method=S256&code_challenge=" + challenge);
        browser.get(authorize);
        browser.login("079090001234", "demo");
        String callback = browser.get(authorize).headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("vn.motcua.mobile:/callback?code=");
        String code = URLDecoder.decode(callback.replaceAll(".*code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        HttpResponse<String> withoutVerifier = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(RunningSandbox.form(Map.of("grant_type", "authorization_code", "client_id", "motcua-mobile",
                        "code", code, "redirect_uri", "vn.motcua.mobile:/callback"))));
        assertThat(withoutVerifier.statusCode()).as("a public client must prove the code with its verifier")
                .isIn(400, 401);

        browser.get(authorize);
        String secondCode = URLDecoder.decode(browser.get(authorize).headers().firstValue("Location").orElseThrow()
                .replaceAll(".*code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        HttpResponse<String> answer = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("grant_type", "authorization_code", "client_id", "motcua-mobile",
                        "code", secondCode, "redirect_uri", "vn.motcua.mobile:/callback", "code_verifier", verifier))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, Object> accessToken = payload((String) RunningSandbox.json(answer.body()).get("access_token"));
        assertThat(accessToken).containsEntry("sub", "079090001234").containsEntry("account_type", "citizen")
                .containsEntry("acr", "eid-high").containsEntry("aud", "motcua-mobile");
        assertThat((List<Object>) accessToken.get("scope")).containsExactlyInAnyOrder("openid", "dossiers.read");
    }

    @Test
    void sixteenConcurrentLoginsAllGetTheirTokens() throws Exception {
        List<String> accounts = List.of("079090001234", "079195005678", "079201000321", "lanhdao.benthanh");
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map<String, Object>>> logins = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String account = accounts.get(i % accounts.size());
                logins.add(threads.submit(() -> {
                    start.await();
                    return new Browser().authorizationCode(PORTAL, account);
                }));
            }
            start.countDown();

            Set<Object> accessTokens = new HashSet<>();
            for (int i = 0; i < logins.size(); i++) {
                Map<String, Object> tokens = logins.get(i).get(60, TimeUnit.SECONDS);
                assertThat(payload((String) tokens.get("id_token"))).containsEntry("sub", accounts.get(i % accounts.size()));
                accessTokens.add(tokens.get("access_token"));
            }
            assertThat(accessTokens).hasSize(16);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aChildHasTheBasicLevelOnly() {
        Map<String, Object> idToken = payload((String) new Browser().authorizationCode(PORTAL, "079215000456")
                .get("id_token"));

        assertThat(idToken).containsEntry("name", "Phạm Gia Huy").containsEntry("acr", "eid-basic");
    }

    static URI authorizeUrl(String portal, String state) {
        return sandbox.uri("/oauth2/authorize?response_type=code&client_id=motcua-portal&scope=openid%20profile"
                + "&redirect_uri=" + encode(portal + "/login/oauth2/code/eid") + "&state=" + state + "&nonce=n-"
                + portal.hashCode());
    }

    static Map<String, Object> userInfo(String accessToken) {
        HttpResponse<String> answer = sandbox.get("/userinfo", "Authorization", "Bearer " + accessToken);
        assertThat(answer.statusCode()).isEqualTo(200);
        return RunningSandbox.json(answer.body());
    }

    static Map<String, Object> payload(String jwt) {
        return RunningSandbox.json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keeps the cookies a browser would keep, and sends HTML requests. */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final RunningSandbox sandbox;

        Browser() {
            this(EidProviderTest.sandbox);
        }

        Browser(RunningSandbox sandbox) {
            this.sandbox = sandbox;
        }

        HttpResponse<String> get(URI uri) {
            return remember(sandbox.send(withCookies(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET())));
        }

        HttpResponse<String> login(String username, String password) {
            Matcher csrf = CSRF.matcher(get(sandbox.uri("/login")).body());
            assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
            return remember(sandbox.send(withCookies(HttpRequest.newBuilder(sandbox.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(RunningSandbox.form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))))));
        }

        /** Logs in through the authorize endpoint and exchanges the code as the portal would. */
        Map<String, Object> authorizationCode(String portal, String username) {
            get(authorizeUrl(portal, "s-flow"));
            HttpResponse<String> loggedIn = login(username, "demo");
            URI resumed = sandbox.uri("/").resolve(loggedIn.headers().firstValue("Location").orElseThrow());
            assertThat(resumed.getPath()).isEqualTo("/oauth2/authorize");
            URI callback = URI.create(get(resumed).headers().firstValue("Location").orElseThrow());
            assertThat(callback.toString()).startsWith(portal + "/login/oauth2/code/eid?");
            assertThat(callback.getQuery()).contains("state=s-flow");
            String code = callback.getQuery().replaceAll(".*code=([^&]+).*", "$1");

            HttpResponse<String> answer = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/oauth2/token"))
                    .header("Authorization", RunningSandbox.basic("motcua-portal", "motcua-portal-secret"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(RunningSandbox.form(Map.of("grant_type", "authorization_code", "code",
                            URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri",
                            portal + "/login/oauth2/code/eid"))));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return RunningSandbox.json(answer.body());
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
            }
            return request;
        }

        private HttpResponse<String> remember(HttpResponse<String> answer) {
            for (String header : answer.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return answer;
        }
    }
}
