package vn.motcua.lgsp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.PopulationRegistry;

class AccessTokenHandlingTest {

    FakeGateway gateway;
    MutableClock clock = new MutableClock();
    PopulationRegistry registry;

    @BeforeEach
    void start() throws IOException {
        gateway = new FakeGateway();
        gateway.api = request -> new FakeGateway.Reply(200, HttpPopulationRegistryTest.BICH);
        // The read cache is off: every call here must reach the gateway.
        LgspProperties properties = new LgspProperties(gateway.baseUrl(), FakeGateway.CLIENT_ID,
                FakeGateway.CLIENT_SECRET, Duration.ofSeconds(2), null, null, null, null,
                new LgspProperties.Cache(Duration.ZERO, 0));
        registry = LgspHttpAdapter.create(properties, RestClient.builder(), clock).populationRegistry();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void tokenIsFetchedOnceAndReused() {
        find();
        find();

        assertThat(gateway.tokenRequests()).isEqualTo(1);
        assertThat(gateway.apiRequests).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-1");
    }

    @Test
    void tokenIsRenewedThirtySecondsBeforeItExpires() {
        gateway.expiresIn = 300;
        find();

        clock.advance(Duration.ofSeconds(269));
        find();
        assertThat(gateway.tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        find();
        assertThat(gateway.tokenRequests()).isEqualTo(2);
        assertThat(gateway.apiRequests.get(2).header("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void tokenIsRenewedAfterItExpired() {
        gateway.expiresIn = 60;
        find();

        clock.advance(Duration.ofMinutes(5));
        find();

        assertThat(gateway.tokenRequests()).isEqualTo(2);
        assertThat(gateway.apiRequests.get(1).header("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void refusedTokenIsRefreshedOnceAndTheCallRetried() {
        find();
        gateway.revokeTokens();

        assertThat(find().fullName()).isEqualTo("Trần Thị Bích");

        assertThat(gateway.tokenRequests()).isEqualTo(2);
        assertThat(gateway.apiRequests).hasSize(3);
        FakeGateway.Request refused = gateway.apiRequests.get(1);
        FakeGateway.Request retried = gateway.apiRequests.get(2);
        assertThat(refused.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(retried.header("Authorization")).isEqualTo("Bearer token-2");
        assertThat(retried.header("X-Request-Id")).isEqualTo(refused.header("X-Request-Id"));
    }

    @Test
    void tokenRefusedAgainAfterRefreshIsUnauthorized() {
        gateway.api = request -> new FakeGateway.Reply(401, "{\"error\":\"invalid_token\"}");

        HttpPopulationRegistryTest.assertFailure(this::find, Kind.UNAUTHORIZED);

        assertThat(gateway.tokenRequests()).isEqualTo(2);
        assertThat(gateway.apiRequests).hasSize(2);
    }

    @Test
    void concurrentCallersShareOneTokenRequest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return find();
            }));
        }
        go.countDown();
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(gateway.tokenRequests()).isEqualTo(1);
        assertThat(gateway.apiRequests).hasSize(8);
    }

    private vn.motcua.lgsp.CitizenProfile find() {
        return registry.findCitizen("079195005678", HttpPopulationRegistryTest.CONTEXT).orElseThrow();
    }
}
