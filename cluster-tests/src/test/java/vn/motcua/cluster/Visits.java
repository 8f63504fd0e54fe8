package vn.motcua.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests made beside the browser with its session cookie, to see which node answers each one
 * ({@code X-Motcua-Node}) and to fetch files from a given node. Redirects are not followed: a page that sends to the
 * login means the node did not know the session.
 */
final class Visits {

    static final String NODE_HEADER = "X-Motcua-Node";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String sessionCookie;

    /** @param sessionCookie the value of the browser's {@code JSESSIONID} */
    Visits(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /** One answer: its status, the node that gave it and its body. */
    record Answer(int status, String node, byte[] body) {
    }

    Answer get(String url) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", "JSESSIONID=" + sessionCookie).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue(NODE_HEADER).orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answers to the same page asked for several times in a row. */
    List<Answer> repeat(String url, int times) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(get(url));
        }
        return answers;
    }

    /** Which node gave each answer, in order. */
    static List<String> nodes(List<Answer> answers) {
        return answers.stream().map(Answer::node).toList();
    }

    /** A node's Prometheus reading, without a session: the management port serves no login. */
    static String prometheus(PortalNode node) {
        return new String(new Visits("").get(node.managementUrl("/actuator/prometheus")).body(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
