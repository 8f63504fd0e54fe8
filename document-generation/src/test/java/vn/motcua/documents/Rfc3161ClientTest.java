package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import vn.motcua.documents.testing.TestTimestampAuthority;
import vn.motcua.documents.timestamp.TimestampQuery;

class Rfc3161ClientTest {

    private static final byte[] SIGNATURE_VALUE = "a CMS signature value".getBytes(StandardCharsets.US_ASCII);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration BACKOFF = Duration.ofMillis(20);

    static TestTimestampAuthority tsa;
    HttpServer stub;
    ExecutorService stubThreads;

    @BeforeAll
    static void startTsa() {
        tsa = TestTimestampAuthority.start("Client Test TSA");
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    @AfterEach
    void stopStubAndRecover() {
        if (stub != null) {
            stub.stop(0);
            stubThreads.shutdownNow();
        }
        tsa.failAlways(false);
        tsa.failNext(0);
    }

    @Test
    void stampsAGivenDigestAsItIsAndRefusesOneOfAnotherLength() throws Exception {
        byte[] head = MessageDigest.getInstance("SHA-256").digest(SIGNATURE_VALUE);

        byte[] encoded = client(tsa.url(), 1).timestampDigest(head);

        DigestTimestamp stamp = DigestTimestamp.of(encoded);
        assertThat(stamp.imprint()).isEqualTo(head);
        assertThat(stamp.stampedAt()).isCloseTo(java.time.Instant.now(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        assertThatThrownBy(() -> client(tsa.url(), 1).timestampDigest(SIGNATURE_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DigestTimestamp.of(SIGNATURE_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an RFC 3161 time-stamp token");
    }

    @Test
    void asksForATokenOverTheSha256OfTheSignatureValue() throws Exception {
        byte[] encoded = client(tsa.url(), 1).timestampToken(SIGNATURE_VALUE).orElseThrow();

        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(encoded));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(SIGNATURE_VALUE));
        assertThat(token.getTimeStampInfo().getNonce()).isNotNull();
        assertThat(token.getCertificates().getMatches(token.getSID())).hasSize(1);
    }

    @Test
    void sendsTheTraceContextItIsGivenAndNoneWithoutIt() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        new Rfc3161Client(tsa.url(), TIMEOUT, 1, BACKOFF, () -> Map.of("traceparent", traceparent))
                .timestampToken(SIGNATURE_VALUE).orElseThrow();
        assertThat(tsa.lastTraceparent()).isEqualTo(traceparent);

        client(tsa.url(), 1).timestampToken(SIGNATURE_VALUE).orElseThrow();
        assertThat(tsa.lastTraceparent()).isNull();
    }

    @Test
    void retriesAfterServerErrorsWithBackoff() {
        tsa.failNext(2);
        int before = tsa.requests();
        long start = System.nanoTime();

        byte[] token = client(tsa.url(), 3).timestampToken(SIGNATURE_VALUE).orElseThrow();

        assertThat(token).isNotEmpty();
        assertThat(tsa.requests() - before).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(BACKOFF.multipliedBy(3));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        tsa.failAlways(true);
        int before = tsa.requests();

        assertThatThrownBy(() -> client(tsa.url(), 3).timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("after 3 attempts");
        assertThat(tsa.requests() - before).isEqualTo(3);
    }

    @Test
    void anUnreachableAuthorityIsUnavailable() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/tsa");
        }

        assertThatThrownBy(() -> client(closed, 2).timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("after 2 attempts")
                .cause().hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void anAuthorityThatDoesNotAnswerInTimeIsUnavailable() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch answerNow = new CountDownLatch(1);
        URI slow = stub(exchange -> {
            calls.incrementAndGet();
            awaitQuietly(answerNow, Duration.ofSeconds(3));
            answer(exchange, 200, new byte[0]);
        });
        Rfc3161Client client = new Rfc3161Client(slow, Duration.ofMillis(300), 2, BACKOFF);
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(calls).hasValue(2);
        answerNow.countDown();
    }

    @Test
    void aClientErrorIsNotRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        URI refusing = stub(exchange -> {
            calls.incrementAndGet();
            answer(exchange, 400, "bad request".getBytes(StandardCharsets.US_ASCII));
        });

        assertThatThrownBy(() -> client(refusing, 3).timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("HTTP 400");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aReplyToAnotherQueryIsRefused() throws Exception {
        byte[] otherReply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tsa.url())
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                TimestampQuery.forSignature("another signature".getBytes(StandardCharsets.US_ASCII))
                                        .encoded()))
                        .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        AtomicInteger calls = new AtomicInteger();
        URI replaying = stub(exchange -> {
            calls.incrementAndGet();
            answer(exchange, 200, otherReply);
        });

        assertThatThrownBy(() -> client(replaying, 3).timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("does not answer the request");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aReplyThatIsNoTimestampResponseIsRefused() throws IOException {
        byte[] page = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
        URI garbage = stub(exchange -> answer(exchange, 200, page));

        assertThatThrownBy(() -> client(garbage, 3).timestampToken(SIGNATURE_VALUE))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("no RFC 3161 time-stamp response");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new Rfc3161Client(tsa.url(), TIMEOUT, 0, BACKOFF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rfc3161Client(tsa.url(), Duration.ZERO, 1, BACKOFF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rfc3161Client(tsa.url(), TIMEOUT, 1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Rfc3161Client client(URI url, int attempts) {
        return new Rfc3161Client(url, TIMEOUT, attempts, BACKOFF);
    }

    private URI stub(HttpHandler handler) throws IOException {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/tsa", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            }
        });
        stubThreads = Executors.newCachedThreadPool();
        stub.setExecutor(stubThreads);
        stub.start();
        return URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/tsa");
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Holds a stub's answer until the test lets it go, or at most {@code atMost}. */
    private static void awaitQuietly(CountDownLatch release, Duration atMost) {
        try {
            release.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
