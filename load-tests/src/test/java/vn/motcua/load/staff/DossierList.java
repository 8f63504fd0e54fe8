package vn.motcua.load.staff;

import static io.gatling.javaapi.core.CoreDsl.csv;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dossiers a simulation works on, as feeder records with the keys {@code dossierId} and {@code code}: read from
 * the CSV named by {@link StaffSettings#feeder()} (an id column {@code dossier_id}, {@code dossierId} or {@code id};
 * a code column {@code code}, {@code dossier_code} or {@code dossierCode}; rows filtered on a {@code kind} column when
 * {@link StaffSettings#feederKind()} is set, so a staff ledger feeds the next step), or else listed, before the
 * simulation starts, from the staff member's own queue page as that member sees it after logging in.
 */
public final class DossierList {

    /** The desk queue's link to a waiting dossier: its code, then its page. */
    public static final Pattern DESK_LINK = Pattern.compile(
            "id=\"open-([^\"]+)\"\\s+href=\"[^\"]*/desk/dossiers/([0-9a-f-]{36})\"");
    /** The inbox's link to a dossier with a task for the member. */
    public static final Pattern INBOX_LINK = Pattern.compile(
            "id=\"task-([^\"]+)\"\\s+href=\"[^\"]*/inbox/dossiers/([0-9a-f-]{36})\"");

    private static final Pattern CSRF = Pattern.compile(StaffLogin.CSRF);
    private static final int MAX_PAGES = 100;

    private DossierList() {
    }

    /**
     * The feeder's dossiers, or those of the queue ({@code queuePath}, paged with {@code page=} when {@code paged}),
     * at most {@link StaffSettings#users()} of them when that is set.
     */
    public static List<Map<String, Object>> load(StaffSettings settings, StaffAction action, String queuePath,
            boolean paged, Pattern link) {
        List<Map<String, Object>> dossiers = settings.feeder() != null ? fromFeeder(settings)
                : fromQueue(settings, action.username(), queuePath, paged, link);
        if (settings.users() > 0 && dossiers.size() > settings.users()) {
            dossiers = dossiers.subList(0, settings.users());
        }
        if (dossiers.isEmpty()) {
            throw new IllegalStateException("No dossier to " + action.kind() + ": the feeder "
                    + (settings.feeder() != null ? settings.feeder() : "(none: " + queuePath + ")") + " lists none");
        }
        System.out.printf("%s: %d dossiers%n", action.kind(), dossiers.size());
        return dossiers;
    }

    static List<Map<String, Object>> fromFeeder(StaffSettings settings) {
        List<Map<String, Object>> dossiers = new ArrayList<>();
        for (Map<String, Object> row : csv(settings.feeder().toAbsolutePath().toString()).readRecords()) {
            Object kind = row.get("kind");
            if (!settings.feederKind().isBlank() && kind != null && !settings.feederKind().equals(kind.toString())) {
                continue;
            }
            Object id = first(row, "dossier_id", "dossierId", "id");
            if (id == null || id.toString().isBlank()) {
                continue;
            }
            Object code = first(row, "code", "dossier_code", "dossierCode");
            dossiers.add(record(id.toString().strip(), code == null ? "" : code.toString().strip()));
        }
        return dossiers;
    }

    private static List<Map<String, Object>> fromQueue(StaffSettings settings, String username, String queuePath,
            boolean paged, Pattern link) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        logIn(client, settings, username);
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        for (int page = 0; page < (paged ? MAX_PAGES : 1); page++) {
            String url = settings.portal() + queuePath + (paged ? (queuePath.contains("?") ? "&" : "?") + "page=" + page : "");
            Matcher links = link.matcher(get(client, url).body());
            int before = found.size();
            while (links.find()) {
                found.putIfAbsent(links.group(2), record(links.group(2), links.group(1)));
            }
            if (found.size() == before) {
                break;
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void logIn(HttpClient client, StaffSettings settings, String username) {
        HttpResponse<String> loginPage = get(client, settings.portal() + "/oauth2/authorization/eid");
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No e-ID login page at " + loginPage.uri());
        }
        String action = settings.eid().isBlank() ? loginPage.uri().resolve("/login").toString() : settings.eid() + "/login";
        String form = "username=" + encode(username) + "&password=" + encode(StaffSettings.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> landing = send(client, HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (!landing.uri().toString().startsWith(settings.portal())) {
            throw new IllegalStateException(username + " could not log in: the login ended at " + landing.uri());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The portal did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> record(String id, String code) {
        return Map.of("dossierId", id, "code", code);
    }

    private static Object first(Map<String, Object> row, String... names) {
        for (String name : names) {
            if (row.get(name) != null) {
                return row.get(name);
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
