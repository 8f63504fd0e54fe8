package vn.motcua.payment.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.payment.Notification;
import vn.motcua.payment.NotificationRefusedException;
import vn.motcua.payment.Order;
import vn.motcua.payment.PaymentPlatform;
import vn.motcua.payment.PaymentProperties;
import vn.motcua.payment.Placed;
import vn.motcua.payment.PlatformStatus;
import vn.motcua.payment.PlatformUnavailableException;
import vn.motcua.payment.Report;
import vn.motcua.payment.SignedReturn;

/**
 * The payment platform's HTTP adapter: signs every request with the shared secret and trusts an answer only when its
 * checksum is the one of its fields; any other answer is a {@link PlatformUnavailableException}. Field orders are
 * the platform's (see the sandbox's {@code vn.motcua.sandbox.payment} package documentation). Each call is logged at
 * debug level (method and path, no checksum), so that the trace id of the log line is the one of the
 * {@code traceparent} the platform received.
 */
public final class PayGovClient implements PaymentPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(PayGovClient.class);
    private static final String API = "/paygov/api";

    private final PaymentProperties properties;
    private final PayGovChecksums checksums;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClient http;

    /** A client made with a plain {@link RestClient} builder (no observation: no trace context is sent). */
    public PayGovClient(PaymentProperties properties, Clock clock) {
        this(properties, clock, RestClient.builder());
    }

    /**
     * A client made from the application's {@link RestClient} builder, so that every call is observed (timed, and
     * carries the W3C {@code traceparent} of the request or job that makes it).
     *
     * @param builder a builder to start from; its request factory is replaced
     */
    public PayGovClient(PaymentProperties properties, Clock clock, RestClient.Builder builder) {
        this.properties = properties;
        this.checksums = new PayGovChecksums(properties.secret());
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(properties.timeout());
        this.http = builder.clone().requestFactory(requests).build();
    }

    @Override
    public Placed place(Order order) {
        String createdAt = WireTimes.format(clock.instant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantCode", properties.merchantCode());
        body.put("orderId", order.orderId());
        body.put("amount", order.amountVnd());
        body.put("feeType", order.feeKind().name());
        body.put("description", order.description());
        body.put("returnUrl", order.returnUrl());
        body.put("notifyUrl", order.notifyUrl());
        body.put("createdAt", createdAt);
        body.put("checksum", checksums.sign(properties.merchantCode(), order.orderId(), order.amountVnd(),
                order.feeKind().name(), order.description(), order.returnUrl(), order.notifyUrl(), createdAt));
        Answer answer = send(HttpMethod.POST, URI.create(properties.baseUrl() + API + "/payments"),
                json.writeValueAsString(body));
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new PlatformUnavailableException("The platform refused order " + order.orderId() + ": HTTP "
                    + answer.statusCode() + " " + answer.body());
        }
        Map<String, Object> placed = read(answer.body());
        String paymentId = text(placed, "paymentId");
        String payUrl = text(placed, "payUrl");
        if (paymentId.isEmpty() || !payUrl.startsWith(properties.baseUrl() + "/")) {
            throw new PlatformUnavailableException("The platform's answer for order " + order.orderId()
                    + " has no payment or a pay page elsewhere: " + payUrl);
        }
        return new Placed(paymentId, payUrl);
    }

    @Override
    public Optional<Report> query(String orderId) {
        String merchant = properties.merchantCode();
        URI uri = URI.create(properties.baseUrl() + API + "/payments/" + encode(orderId) + "?merchantCode="
                + encode(merchant) + "&checksum=" + checksums.sign(merchant, orderId));
        Answer answer = send(HttpMethod.GET, uri, null);
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        if (answer.statusCode() != 200) {
            throw new PlatformUnavailableException("The platform did not answer about order " + orderId + ": HTTP "
                    + answer.statusCode());
        }
        Map<String, Object> state = read(answer.body());
        if (!checksums.matches(text(state, "checksum"), text(state, "merchantCode"), text(state, "orderId"),
                text(state, "paymentId"), text(state, "status"), text(state, "amount"), text(state, "feeType"),
                text(state, "refundedAmount"), text(state, "transactionId"), text(state, "paidAt"),
                text(state, "cancelledAt")) || !merchant.equals(text(state, "merchantCode"))
                || !orderId.equals(text(state, "orderId"))) {
            throw new PlatformUnavailableException("The platform's answer about order " + orderId
                    + " does not carry a valid checksum");
        }
        return Optional.of(report(state));
    }

    @Override
    public Instant refund(String orderId, String refundId, long amountVnd, String reason) {
        String merchant = properties.merchantCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchantCode", merchant);
        body.put("orderId", orderId);
        body.put("refundId", refundId);
        body.put("amount", amountVnd);
        body.put("reason", reason);
        body.put("checksum", checksums.sign(merchant, orderId, refundId, amountVnd, reason));
        Answer answer = send(HttpMethod.POST, URI.create(properties.baseUrl() + API + "/refunds"),
                json.writeValueAsString(body));
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new PlatformUnavailableException("The platform refused refund " + refundId + ": HTTP "
                    + answer.statusCode() + " " + answer.body());
        }
        Map<String, Object> refund = read(answer.body());
        if (!checksums.matches(text(refund, "checksum"), text(refund, "merchantCode"), text(refund, "orderId"),
                text(refund, "refundId"), text(refund, "amount"), text(refund, "refundedAt"),
                text(refund, "paymentStatus"), text(refund, "refundedAmount"))
                || !refundId.equals(text(refund, "refundId"))) {
            throw new PlatformUnavailableException("The platform's refund answer does not carry a valid checksum");
        }
        Instant at = WireTimes.parse(text(refund, "refundedAt"));
        return at == null ? clock.instant() : at;
    }

    @Override
    public Notification readNotification(String body) {
        Map<String, Object> fields;
        try {
            fields = read(body == null ? "" : body);
        }
        catch (PlatformUnavailableException ex) {
            throw new NotificationRefusedException(NotificationRefusedException.Reason.MALFORMED, "",
                    "unreadable notification");
        }
        String orderId = text(fields, "orderId");
        if (!checksums.matches(text(fields, "checksum"), text(fields, "notificationId"), text(fields, "merchantCode"),
                orderId, text(fields, "paymentId"), text(fields, "status"), text(fields, "amount"),
                text(fields, "feeType"), text(fields, "transactionId"), text(fields, "paidAt"),
                text(fields, "cancelledAt"))) {
            throw new NotificationRefusedException(NotificationRefusedException.Reason.INVALID_CHECKSUM, orderId,
                    "notification with a forged checksum, order " + orderId);
        }
        if (!properties.merchantCode().equals(text(fields, "merchantCode"))) {
            throw new NotificationRefusedException(NotificationRefusedException.Reason.UNKNOWN_MERCHANT, orderId,
                    "notification for another merchant");
        }
        try {
            return new Notification(text(fields, "notificationId"), report(fields));
        }
        catch (PlatformUnavailableException ex) {
            throw new NotificationRefusedException(NotificationRefusedException.Reason.MALFORMED, orderId,
                    "signed notification with bad fields");
        }
    }

    @Override
    public boolean isSigned(SignedReturn returned) {
        return checksums.matches(returned.checksum(), returned.orderId(), returned.paymentId(), returned.status(),
                returned.amount(), returned.transactionId(), returned.paidAt());
    }

    /** A report from the fields of a verified message (query answer or notification). */
    private static Report report(Map<String, Object> fields) {
        PlatformStatus status;
        long amount;
        try {
            status = PlatformStatus.valueOf(text(fields, "status"));
            amount = Long.parseLong(text(fields, "amount"));
        }
        catch (IllegalArgumentException ex) {
            throw new PlatformUnavailableException("A signed message with an unknown status or amount: " + fields);
        }
        String transactionId = text(fields, "transactionId");
        return new Report(text(fields, "orderId"), text(fields, "paymentId"), status, amount,
                transactionId.isEmpty() ? null : transactionId, WireTimes.parse(text(fields, "paidAt")));
    }

    /** A field as sent: a JSON number as its digits, a missing or null field as the empty string. */
    private static String text(Map<String, Object> fields, String name) {
        return Objects.toString(fields.get(name), "");
    }

    private Map<String, Object> read(String body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = json.readValue(body, Map.class);
            return fields == null ? Map.of() : fields;
        }
        catch (JacksonException ex) {
            throw new PlatformUnavailableException("The platform answered something that is not JSON", ex);
        }
    }

    /** An answer of the platform, whatever its status. */
    private record Answer(int statusCode, String body) {
    }

    private Answer send(HttpMethod method, URI uri, String jsonBody) {
        LOG.debug("PayGov {} {}", method, uri.getRawPath());
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(uri);
            if (jsonBody != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(jsonBody.getBytes(StandardCharsets.UTF_8));
            }
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
        }
        catch (RestClientException ex) {
            throw new PlatformUnavailableException("The payment platform cannot be reached: " + ex, ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
