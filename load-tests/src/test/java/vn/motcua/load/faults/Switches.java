package vn.motcua.load.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The stand-ins' fault switches ({@code /sandbox/faults}) and what they recorded, over HTTP. */
final class Switches {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String sandboxUrl;

    Switches(String sandboxUrl) {
        this.sandboxUrl = sandboxUrl;
    }

    /** Takes an API down (503 to every call; for smtp, the server stops) or brings it back. */
    void outage(String api, boolean down) {
        send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults/" + api))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"outage\":" + down + "}")));
    }

    /** Makes an API answer slowly. */
    void latency(String api, long millis) {
        send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults/" + api))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"latencyMillis\":" + millis + "}")));
    }

    /** Ends every fault. */
    void reset() {
        send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/sandbox/faults")).DELETE());
    }

    /** A JSON document the stand-ins show about themselves, e.g. {@code /sandbox/national-portal/records}. */
    String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(sandboxUrl + path)).GET());
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.build().uri() + " answered " + answer.statusCode());
            }
            return answer.body();
        }
        catch (IOException e) {
            throw new IllegalStateException("The stand-ins do not answer", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
