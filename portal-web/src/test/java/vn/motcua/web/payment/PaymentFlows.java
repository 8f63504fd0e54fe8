package vn.motcua.web.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.payment.http.PayGovChecksums;
import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.SandboxRunner;

/** The platform's side of a payment in tests: the citizen's decision on the hosted page, notifications as it signs them. */
final class PaymentFlows {

    static final String SECRET = "paygov-demo-secret";
    static final PayGovChecksums CHECKSUMS = new PayGovChecksums(SECRET);

    private PaymentFlows() {
    }

    /** The citizen pays (bank VCB) or cancels on the hosted page; answers the platform's redirect back (303). */
    static HttpResponse<String> decide(String payUrl, String action) {
        HttpResponse<String> answer = new HttpBrowser().submit(payUrl, payUrl, Map.of("action", action, "bank", "VCB"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        return answer;
    }

    /** The query parameters of the platform's redirect back to the portal. */
    static Map<String, String> returned(HttpResponse<String> redirect) {
        Map<String, String> parameters = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString(HttpBrowser.location(redirect)).build().getQueryParams()
                .forEach((name, values) -> parameters.put(name, values.get(0)));
        return parameters;
    }

    /** The path and query of the platform's redirect back to the portal. */
    static String returnPath(HttpResponse<String> redirect) {
        URI uri = URI.create(HttpBrowser.location(redirect));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Has the platform drop (not send) its next notifications. */
    static void dropNextNotifications(int count) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SandboxRunner.baseUrl() + "/sandbox/payment/notifications/drop"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":" + count + "}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    /** A notification as the platform writes it, signed with the given checksum (or the right one if null). */
    static String notification(String notificationId, String orderId, String paymentId, String status, long amount,
            String transactionId, String paidAt, String checksum) {
        String sum = checksum != null ? checksum : CHECKSUMS.sign(notificationId, "MOTCUA", orderId, paymentId, status,
                amount, "LE_PHI", transactionId, paidAt, "");
        return "{\"notificationId\":\"" + notificationId + "\",\"merchantCode\":\"MOTCUA\",\"orderId\":\"" + orderId
                + "\",\"paymentId\":\"" + paymentId + "\",\"status\":\"" + status + "\",\"amount\":" + amount
                + ",\"feeType\":\"LE_PHI\",\"transactionId\":\"" + transactionId + "\",\"paidAt\":\"" + paidAt
                + "\",\"cancelledAt\":\"\",\"checksum\":\"" + sum + "\"}";
    }

    static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }
}
