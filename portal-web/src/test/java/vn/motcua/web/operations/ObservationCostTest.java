package vn.motcua.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.observation.ObservationRegistry;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * What observation (the request's timer and its span, trace ids in the logs) costs a request: 200 requests to the
 * home page over HTTP with observations on and 200 with every observation refused, in three alternating rounds, the
 * fastest round's average of each printed. It asserts that both answered, never a time.
 */
class ObservationCostTest extends PortalIntegrationTest {

    private static final int REQUESTS = 200;
    private static final AtomicBoolean OFF = new AtomicBoolean();

    @Test
    void printsTheCostPerRequestOfObservation(@Autowired ObservationRegistry observations) throws Exception {
        observations.observationConfig().observationPredicate((name, context) -> !OFF.get());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(URI.create(portalUrl("/"))).GET().build();
        measure(http, home); // warm-up
        // rounds alternate, so that JIT warm-up and the machine's other load fall on both; the fastest round counts
        long with = Long.MAX_VALUE;
        long without = Long.MAX_VALUE;
        try {
            for (int round = 0; round < 3; round++) {
                OFF.set(false);
                with = Math.min(with, measure(http, home));
                OFF.set(true);
                without = Math.min(without, measure(http, home));
            }
        } finally {
            OFF.set(false);
        }
        System.out.printf("Observation cost: %d requests to /: %.3f ms each with metrics and tracing, %.3f ms without "
                + "(%.3f ms a request)%n", REQUESTS, with / 1e6 / REQUESTS, without / 1e6 / REQUESTS,
                (with - without) / 1e6 / REQUESTS);
        assertThat(with).isPositive();
        assertThat(without).isPositive();
    }

    private static long measure(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
        return System.nanoTime() - start;
    }
}
