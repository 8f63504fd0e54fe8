package vn.motcua.sandbox.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.motcua.sandbox.RunningSandbox;

/** The merchant API of the payment platform over real HTTP: create, query, refunds, bad input and faults. */
@ExtendWith(SharedPortal.class)
class PaymentApiTest {

    static RunningSandbox sandbox;
    static PortalSide portal;

    @BeforeAll
    static void start(PortalSide shared) {
        portal = shared;
        sandbox = shared.sandbox;
    }

    @BeforeEach
    void reset() {
        portal.reset();
    }

    static Map<String, Object> assertError(HttpResponse<String> answer, int status, String error) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, Object> body = RunningSandbox.json(answer.body());
        assertThat(body).containsEntry("error", error);
        return body;
    }

    @Test
    void aSignedRequestCreatesAPendingPaymentAndItsRepeatFindsTheSameOne() {
        Map<String, Object> request = portal.createRequest("H29.12.05-261126-0007-1", 100_000);

        HttpResponse<String> first = portal.post("/paygov/api/payments", request);
        request.put("createdAt", "20261126091700");
        request.put("checksum", PortalSide.sign(request.values().stream().limit(8).toArray()));
        HttpResponse<String> again = portal.post("/paygov/api/payments", request);

        assertThat(first.statusCode()).isEqualTo(201);
        Map<String, Object> created = RunningSandbox.json(first.body());
        assertThat(created).containsEntry("status", "PENDING");
        assertThat((String) created.get("payUrl"))
                .isEqualTo("http://localhost:" + sandbox.port() + "/paygov/pay/" + created.get("paymentId"));
        assertThat(again.statusCode()).as("sent again later, same fields").isEqualTo(200);
        assertThat(RunningSandbox.json(again.body())).isEqualTo(created);
        assertThat(portal.payments()).hasSize(1);
    }

    @Test
    void theSameOrderWithOtherFieldsIsAConflict() {
        portal.create("H29.12.05-261126-0008-1", 100_000);

        assertError(portal.post("/paygov/api/payments", portal.createRequest("H29.12.05-261126-0008-1", 10_000)), 409,
                "order_conflict");
        assertThat(portal.payments()).singleElement().satisfies(
                payment -> assertThat(payment).containsEntry("amount", 100_000));
    }

    @Test
    void aForgedOrChangedRequestIsRefusedAndCreatesNothing() {
        Map<String, Object> changed = portal.createRequest("H29.12.05-261126-0009-1", 100_000);
        changed.put("amount", 1_000);
        Map<String, Object> otherKey = portal.createRequest("H29.12.05-261126-0009-1", 100_000);
        otherKey.put("checksum", "0".repeat(64));
        Map<String, Object> otherMerchant = portal.createRequest("H29.12.05-261126-0009-1", 100_000);
        otherMerchant.put("merchantCode", "KHAC");

        assertError(portal.post("/paygov/api/payments", changed), 401, "invalid_checksum");
        assertError(portal.post("/paygov/api/payments", otherKey), 401, "invalid_checksum");
        assertError(portal.post("/paygov/api/payments", otherMerchant), 401, "unknown_merchant");
        assertThat(portal.payments()).isEmpty();
    }

    @Test
    void badInputIsABadRequestNamingTheField() {
        assertError(sandbox.postJson("/paygov/api/payments", "{\"orderId\":"), 400, "invalid_request");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("description", null);
        expected.put("amount", 0);
        expected.put("feeType", "PHI_KHAC");
        expected.put("returnUrl", "/tuong-doi");
        expected.put("createdAt", "20261131090000");
        expected.put("orderId", "H29|1");
        expected.forEach((field, value) -> {
            Map<String, Object> request = portal.createRequest("H29.12.05-261126-0010-1", 100_000);
            request.put(field, value);
            assertThat(assertError(portal.post("/paygov/api/payments", request), 400, "invalid_request"))
                    .containsEntry("field", field);
        });
        for (Object amount : new Object[] {-8_000, 8000.5, "tám nghìn"}) {
            Map<String, Object> request = portal.createRequest("H29.12.05-261126-0010-1", 100_000);
            request.put("amount", amount);
            assertThat(assertError(portal.post("/paygov/api/payments", request), 400, "invalid_request"))
                    .containsEntry("field", "amount");
        }
        Map<String, Object> refund = portal.refundRequest("H29.12.05-261126-0010-1", "HT-1", 8_000, "Hoàn");
        refund.remove("reason");
        assertThat(assertError(portal.post("/paygov/api/refunds", refund), 400, "invalid_request"))
                .containsEntry("field", "reason");
        assertThat(portal.payments()).isEmpty();
    }

    @Test
    void theQueryAnswersTheSignedStateAndRefusesForgedQueries() {
        String paymentId = portal.create("H29.12.05-261126-0011-1", 100_000);
        portal.decide(paymentId, "pay", "VCB");

        Map<String, Object> answer = RunningSandbox.json(portal.query("H29.12.05-261126-0011-1").body());

        assertThat(answer).containsEntry("paymentId", paymentId).containsEntry("status", "PAID")
                .containsEntry("amount", 100_000).containsEntry("refundedAmount", 0).containsEntry("cancelledAt", "");
        assertThat((String) answer.get("transactionId")).isNotBlank();
        assertThat((String) answer.get("paidAt")).matches("\\d{14}");
        assertThat(answer.get("checksum")).isEqualTo(PortalSide.sign(answer.get("merchantCode"),
                answer.get("orderId"), answer.get("paymentId"), answer.get("status"), answer.get("amount"),
                answer.get("feeType"), answer.get("refundedAmount"), answer.get("transactionId"), answer.get("paidAt"),
                answer.get("cancelledAt")));
        assertError(sandbox.get("/paygov/api/payments/H29.12.05-261126-0011-1?merchantCode=MOTCUA&checksum="
                + PortalSide.sign("MOTCUA", "H29.12.05-261126-0011-2")), 401, "invalid_checksum");
        assertError(portal.query("H29.12.05-261126-0011-2"), 404, "not_found");
        assertThat(assertError(sandbox.get("/paygov/api/payments/H29.12.05-261126-0011-1?merchantCode=MOTCUA"), 400,
                "invalid_request")).containsEntry("field", "checksum");
    }

    @Test
    void refundsGiveBackAtMostWhatWasPaidOncePerRefundId() {
        String orderId = "H29.12.05-261126-0012-1";
        String paymentId = portal.create(orderId, 100_000);
        assertError(portal.post("/paygov/api/refunds", portal.refundRequest(orderId, "HT-1", 40_000, "Hồ sơ bị từ chối")),
                409, "not_paid");
        portal.decide(paymentId, "pay", "QR");

        HttpResponse<String> partial = portal.post("/paygov/api/refunds",
                portal.refundRequest(orderId, "HT-1", 40_000, "Hồ sơ bị từ chối"));
        HttpResponse<String> repeated = portal.post("/paygov/api/refunds",
                portal.refundRequest(orderId, "HT-1", 40_000, "Hồ sơ bị từ chối"));
        HttpResponse<String> tooMuch = portal.post("/paygov/api/refunds",
                portal.refundRequest(orderId, "HT-2", 60_001, "Hoàn phần còn lại"));
        Map<String, Object> forged = portal.refundRequest(orderId, "HT-3", 60_000, "Hoàn phần còn lại");
        forged.put("refundId", "HT-4");
        HttpResponse<String> forgedAnswer = portal.post("/paygov/api/refunds", forged);
        HttpResponse<String> reusedId = portal.post("/paygov/api/refunds",
                portal.refundRequest(orderId, "HT-1", 10_000, "Hồ sơ bị từ chối"));
        HttpResponse<String> rest = portal.post("/paygov/api/refunds",
                portal.refundRequest(orderId, "HT-2", 60_000, "Hoàn phần còn lại"));

        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(201);
        Map<String, Object> refund = RunningSandbox.json(partial.body());
        assertThat(refund).containsEntry("paymentStatus", "PARTIALLY_REFUNDED").containsEntry("refundedAmount", 40_000);
        assertThat(refund.get("checksum")).isEqualTo(PortalSide.sign(refund.get("merchantCode"), refund.get("orderId"),
                refund.get("refundId"), refund.get("amount"), refund.get("refundedAt"), refund.get("paymentStatus"),
                refund.get("refundedAmount")));
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(RunningSandbox.json(repeated.body())).containsEntry("refundedAmount", 40_000)
                .containsEntry("refundedAt", refund.get("refundedAt"));
        assertError(tooMuch, 422, "refund_exceeds_paid_amount");
        assertError(forgedAnswer, 401, "invalid_checksum");
        assertError(reusedId, 409, "refund_conflict");
        assertThat(rest.statusCode()).isEqualTo(201);
        assertThat(RunningSandbox.json(rest.body())).containsEntry("paymentStatus", "REFUNDED")
                .containsEntry("refundedAmount", 100_000);
        assertThat(RunningSandbox.json(portal.query(orderId).body())).containsEntry("status", "REFUNDED")
                .containsEntry("refundedAmount", 100_000);
        assertError(portal.post("/paygov/api/refunds", portal.refundRequest(orderId, "HT-5", 1, "Thêm")), 422,
                "refund_exceeds_paid_amount");
    }

    @Test
    void faultsInjectedIntoThePaymentApiReachEveryEndpoint() {
        String orderId = "H29.12.05-261126-0013-1";
        portal.create(orderId, 8_000);
        assertThat(sandbox.putJson("/sandbox/faults/payment", "{\"outage\":true}").statusCode()).isEqualTo(200);

        assertError(portal.post("/paygov/api/payments", portal.createRequest("H29.12.05-261126-0013-2", 8_000)), 503,
                "service_unavailable");
        assertError(portal.query(orderId), 503, "service_unavailable");
        assertError(portal.post("/paygov/api/refunds", portal.refundRequest(orderId, "HT-1", 8_000, "Thử")), 503,
                "service_unavailable");

        sandbox.putJson("/sandbox/faults/payment", "{\"errorRate\":0.5,\"latencyMillis\":50}");
        long started = System.nanoTime();
        int first = portal.query(orderId).statusCode();
        int second = portal.query(orderId).statusCode();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(100_000_000L);
        assertThat(new int[] {first, second}).containsExactly(200, 500);
        sandbox.delete("/sandbox/faults");
        assertThat(portal.query(orderId).statusCode()).isEqualTo(200);
        assertThat(portal.payments()).hasSize(1);
    }
}
