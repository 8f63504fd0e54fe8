package vn.motcua.documents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.documents.timestamp.TimestampQuery;
import vn.motcua.documents.timestamp.UnusableReply;

/**
 * Asks an RFC 3161 time-stamping authority over HTTP ({@code POST} of {@code application/timestamp-query}) for a
 * token over the signature value: SHA-256 imprint, a fresh nonce per attempt, the TSA certificate requested. The
 * reply must grant the request, answer it (imprint, nonce) and verify with the TSA certificate it carries.
 * <p>
 * A connection failure, a time-out, an HTTP 5xx or 429, or a reply reporting a passing failure (systemFailure,
 * timeNotAvailable) is retried after a pause that starts at {@code backoff} and doubles, up to {@code attempts}
 * attempts in all; then, as for any other unusable reply, a {@link TimestampUnavailableException} is thrown. It
 * never returns an empty token. Each attempt carries the {@link TraceHeaders} current on the calling thread (the W3C
 * {@code traceparent} of the request or job that asks), and is logged at debug level with the authority's address, so
 * that the trace id of the log line is the one the authority received. Thread-safe.
 */
public final class Rfc3161Client implements SignatureTimestamper {

    private static final Logger LOG = LoggerFactory.getLogger(Rfc3161Client.class);
    private static final String QUERY_TYPE = "application/timestamp-query";
    private static final int MAX_DOUBLINGS = 16;

    private final URI tsaUrl;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient http;
    private final TraceHeaders traceHeaders;

    /**
     * @param tsaUrl   the authority's URL, e.g. {@code http://localhost:8090/tsa}
     * @param timeout  the limit of each attempt, for connecting and again for the whole exchange
     * @param attempts how many attempts in all, at least 1
     * @param backoff  the pause before the second attempt, doubled before each further one; zero or more
     */
    public Rfc3161Client(URI tsaUrl, Duration timeout, int attempts, Duration backoff) {
        this(tsaUrl, timeout, attempts, backoff, TraceHeaders.NONE);
    }

    /**
     * @param tsaUrl       the authority's URL, e.g. {@code http://localhost:8090/tsa}
     * @param timeout      the limit of each attempt, for connecting and again for the whole exchange
     * @param attempts     how many attempts in all, at least 1
     * @param backoff      the pause before the second attempt, doubled before each further one; zero or more
     * @param traceHeaders the trace context to send with each attempt
     */
    public Rfc3161Client(URI tsaUrl, Duration timeout, int attempts, Duration backoff, TraceHeaders traceHeaders) {
        this.traceHeaders = Objects.requireNonNull(traceHeaders, "traceHeaders");
        this.tsaUrl = Objects.requireNonNull(tsaUrl, "tsaUrl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("the backoff must not be negative: " + backoff);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + attempts);
        }
        this.attempts = attempts;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param signatureValue the CMS signature value
     * @return the DER-encoded time-stamp token, never empty
     * @throws TimestampUnavailableException if no usable token was obtained
     */
    @Override
    public Optional<byte[]> timestampToken(byte[] signatureValue) {
        Objects.requireNonNull(signatureValue, "signatureValue");
        return Optional.of(obtain(() -> TimestampQuery.forSignature(signatureValue)));
    }

    /**
     * Time-stamps a digest computed elsewhere: the token's message imprint is the digest itself (for instance the head
     * hash of the personal-data access log's chain), with the same attempts and checks as a signature's time-stamp.
     *
     * @param sha256 the SHA-256 digest, 32 bytes
     * @return the DER-encoded time-stamp token
     * @throws TimestampUnavailableException if no usable token was obtained
     */
    public byte[] timestampDigest(byte[] sha256) {
        Objects.requireNonNull(sha256, "sha256");
        TimestampQuery.forDigest(sha256); // refuses a wrong length before any attempt
        return obtain(() -> TimestampQuery.forDigest(sha256));
    }

    private byte[] obtain(Supplier<TimestampQuery> queries) {
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(attempt - 1, last);
            }
            try {
                return ask(queries.get());
            } catch (TransientFailure e) {
                LOG.warn("time-stamp attempt {} of {} at {} failed: {}", attempt, attempts, tsaUrl, e.getMessage());
                last = e;
            } catch (UnusableReply e) {
                if (!e.transientFailure()) {
                    throw new TimestampUnavailableException(e.getMessage() + " (" + tsaUrl + ")", e);
                }
                LOG.warn("time-stamp attempt {} of {} at {} refused: {}", attempt, attempts, tsaUrl, e.getMessage());
                last = e;
            }
        }
        throw new TimestampUnavailableException("no time-stamp from " + tsaUrl + " after " + attempts
                + (attempts == 1 ? " attempt" : " attempts"), last);
    }

    private byte[] ask(TimestampQuery query) throws TransientFailure, UnusableReply {
        HttpRequest.Builder builder = HttpRequest.newBuilder(tsaUrl)
                .timeout(timeout)
                .header("Content-Type", QUERY_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(query.encoded()));
        traceHeaders.current().forEach(builder::header);
        HttpRequest request = builder.build();
        LOG.debug("TSA query to {}", tsaUrl);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampUnavailableException("interrupted while asking " + tsaUrl + " for a time-stamp", e);
        }
        int status = response.statusCode();
        if (status >= 500 || status == 429) {
            throw new TransientFailure("HTTP " + status, null);
        }
        if (status != 200) {
            throw new TimestampUnavailableException("the time-stamping authority " + tsaUrl + " answered HTTP "
                    + status, null);
        }
        return query.token(response.body());
    }

    private void pause(int retry, Exception cause) {
        Duration wait = backoff.multipliedBy(1L << Math.min(retry - 1, MAX_DOUBLINGS));
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            TimestampUnavailableException failure = new TimestampUnavailableException(
                    "interrupted while waiting to ask " + tsaUrl + " again for a time-stamp", e);
            if (cause != null) {
                failure.addSuppressed(cause);
            }
            throw failure;
        }
    }

    /** A failure worth another attempt: no connection, a time-out, a server error. */
    private static final class TransientFailure extends Exception {

        private static final long serialVersionUID = 1L;

        TransientFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public String toString() {
        return "Rfc3161Client[" + tsaUrl + ", " + attempts + " attempts]";
    }
}
