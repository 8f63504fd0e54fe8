package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: real HTTP to the portal and the e-ID provider, cookies kept per host, redirects followed
 * one by one so that tests can look at (or tamper with) each step of the OpenID Connect login.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> post(String url, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** Posts a form with the CSRF token of the page it is on. */
    public HttpResponse<String> submit(String pageUrl, String actionUrl, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(get(pageUrl).body()));
        return post(actionUrl, withToken);
    }

    /** Follows redirects from an answer until one is not a redirect or its target matches {@code stopAt}. */
    public HttpResponse<String> follow(HttpResponse<String> answer, Predicate<String> stopAt) {
        HttpResponse<String> current = answer;
        for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
            String target = location(current);
            if (stopAt.test(target)) {
                return current;
            }
            current = get(target);
        }
        return current;
    }

    public HttpResponse<String> follow(HttpResponse<String> answer) {
        return follow(answer, target -> false);
    }

    /**
     * Logs in at the portal through the e-ID provider: the portal sends the browser to the provider, the user types
     * their name and the demo password, the provider sends the browser back with a code.
     *
     * @return the answer to the provider's redirect back to the portal (the callback), before it is followed
     */
    public HttpResponse<String> loginUntilCallback(String portalBaseUrl, String username) {
        HttpResponse<String> loginPage = follow(get(portalBaseUrl + "/oauth2/authorization/eid"));
        assertThat(loginPage.uri().getPath()).isEqualTo("/login");
        String eid = loginPage.uri().resolve("/").toString();
        HttpResponse<String> loggedIn = post(eid + "login", Map.of("username", username, "password", "demo",
                "_csrf", csrfToken(loginPage.body())));
        return follow(loggedIn, target -> target.startsWith(portalBaseUrl + "/login/oauth2/code/"));
    }

    /** Logs in at the portal and lands on the page the portal shows afterwards. */
    public HttpResponse<String> login(String portalBaseUrl, String username) {
        HttpResponse<String> callback = loginUntilCallback(portalBaseUrl, username);
        return follow(get(location(callback)));
    }

    public String cookie(String host, String name) {
        return cookies.getCookieStore().get(URI.create("http://" + host)).stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public void setCookie(String host, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create("http://" + host), cookie);
    }

    public static String location(HttpResponse<String> answer) {
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow()).toString();
    }

    public static String csrfToken(String page) {
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private static boolean isRedirect(HttpResponse<String> answer) {
        return answer.statusCode() / 100 == 3 && answer.headers().firstValue("Location").isPresent();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
