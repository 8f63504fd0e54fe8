package vn.motcua.sandbox.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.motcua.sandbox.RunningSandbox;

/**
 * The citizen's side over real HTTP: the hosted page, the signed return, the notifications to a merchant that fails
 * or never acknowledges, dropped notifications left to reconciliation, and cancelling.
 */
@ExtendWith(SharedPortal.class)
class PaymentJourneyTest {

    static final Duration PATIENCE = Duration.ofSeconds(5);

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

    @Test
    void theHostedPageShowsTheOrderWithTheAmountInVietnameseStyle() {
        String paymentId = portal.create("H29.12.05-261126-0020-1", 1_250_000);

        HttpResponse<String> page = sandbox.get("/paygov/pay/" + paymentId);
        HttpResponse<String> unknown = sandbox.get("/paygov/pay/PG0000");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1.250.000 đồng", "Lệ phí", "MOTCUA", "H29.12.05-261126-0020-1",
                "Lệ phí đăng ký hộ kinh doanh, hồ sơ H29.12.05-261126-0020-1", "Vietcombank", "VietQR",
                "Chờ thanh toán", ">Thanh toán<", ">Hủy<");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Giao dịch thanh toán này không tồn tại");
    }

    @Test
    void payingReturnsASignedResultAndNotifiesUntilTheMerchantAcknowledges() {
        String orderId = "H29.12.05-261126-0021-1";
        String paymentId = portal.create(orderId, 100_000);
        portal.receiverBehaves(2, true);

        PortalSide.OpenPage page = portal.open(paymentId);

        Map<String, String> result = PortalSide.returnParameters(portal.submit(page, "pay", "VCB"));

        assertThat(result).containsEntry("orderId", orderId).containsEntry("paymentId", paymentId)
                .containsEntry("status", "PAID").containsEntry("amount", "100000");
        assertThat(result.get("transactionId")).isNotBlank();
        assertThat(result.get("paidAt")).matches("\\d{14}");
        assertThat(result.get("checksum")).isEqualTo(PortalSide.sign(orderId, paymentId, "PAID", 100_000,
                result.get("transactionId"), result.get("paidAt")));

        await().atMost(PATIENCE).until(() -> portal.received.size() == 3);
        Map<String, Object> notification = portal.received.get(2);
        assertThat(portal.received).as("every attempt carries the same notification").containsOnly(notification);
        assertThat(notification).containsEntry("status", "PAID").containsEntry("amount", 100_000)
                .containsEntry("transactionId", result.get("transactionId")).containsEntry("paidAt", result.get("paidAt"))
                .containsEntry("cancelledAt", "");
        assertThat(notification.get("checksum")).isEqualTo(PortalSide.sign(notification.get("notificationId"),
                "MOTCUA", orderId, paymentId, "PAID", 100_000, "LE_PHI", result.get("transactionId"),
                result.get("paidAt"), ""));
        await().atMost(PATIENCE).until(() -> "ACKNOWLEDGED".equals(notifications().get(0).get("state")));
        assertThat(attemptStatuses(notifications().get(0))).containsExactly(500, 500, 200);

        HttpResponse<String> again = portal.submit(page, "cancel", null);
        assertThat(again.statusCode()).as("a second decision from the same page shows the final state").isEqualTo(200);
        assertThat(again.body()).contains("Giao dịch đã được thanh toán thành công.", result.get("transactionId"),
                "100.000 đồng");
        assertThat(notifications()).as("no second notification").hasSize(1);
        assertThat(RunningSandbox.json(portal.query(orderId).body())).containsEntry("status", "PAID");
    }

    @Test
    void aDroppedNotificationLeavesThePaidPaymentToTheQuery() {
        String dropped = portal.create("H29.12.05-261126-0022-1", 8_000);
        String delivered = portal.create("H29.12.05-261126-0022-2", 8_000);
        assertThat(RunningSandbox.json(portal.post("/sandbox/payment/notifications/drop", Map.of("count", 1)).body()))
                .containsEntry("dropNext", 1);

        Map<String, String> result = PortalSide.returnParameters(portal.decide(dropped, "pay", "BIDV"));
        PortalSide.returnParameters(portal.decide(delivered, "pay", "QR"));

        await().atMost(PATIENCE).until(() -> portal.received.size() == 1);
        assertThat(portal.received.get(0)).containsEntry("paymentId", delivered);
        Map<String, Object> droppedOne = portal.payments().stream()
                .filter(payment -> dropped.equals(payment.get("paymentId"))).findFirst().orElseThrow();
        assertThat(notificationsOf(droppedOne)).singleElement().satisfies(notification -> {
            assertThat(notification).containsEntry("state", "DROPPED");
            assertThat(attemptStatuses(notification)).isEmpty();
        });
        assertThat(RunningSandbox.json(portal.query("H29.12.05-261126-0022-1").body()))
                .containsEntry("status", "PAID").containsEntry("transactionId", result.get("transactionId"))
                .containsEntry("paidAt", result.get("paidAt"));
    }

    @Test
    void cancellingReturnsASignedCancellationAndNotifiesIt() {
        String orderId = "H29.12.05-261126-0023-1";
        String paymentId = portal.create(orderId, 8_000);

        PortalSide.OpenPage page = portal.open(paymentId);

        Map<String, String> result = PortalSide.returnParameters(portal.submit(page, "cancel", null));

        assertThat(result).containsEntry("status", "CANCELLED").containsEntry("transactionId", "")
                .containsEntry("paidAt", "");
        assertThat(result.get("checksum")).isEqualTo(PortalSide.sign(orderId, paymentId, "CANCELLED", 8_000, "", ""));
        await().atMost(PATIENCE).until(() -> portal.received.size() == 1);
        assertThat(portal.received.get(0)).containsEntry("status", "CANCELLED").containsEntry("transactionId", "");
        assertThat((String) portal.received.get(0).get("cancelledAt")).matches("\\d{14}");
        HttpResponse<String> payAfterwards = portal.submit(page, "pay", "VCB");
        assertThat(payAfterwards.statusCode()).isEqualTo(200);
        assertThat(payAfterwards.body()).contains("Giao dịch đã bị hủy.");
        assertThat(RunningSandbox.json(portal.query(orderId).body())).containsEntry("status", "CANCELLED")
                .containsEntry("transactionId", "");
    }

    @Test
    void aNotificationNeverAcknowledgedIsGivenUpAfterTheConfiguredAttempts() {
        String paymentId = portal.create("H29.12.05-261126-0024-1", 8_000);
        portal.receiverBehaves(0, false);

        portal.decide(paymentId, "pay", "TCB");

        await().atMost(PATIENCE).until(() -> "FAILED".equals(notifications().get(0).get("state")));
        assertThat(attemptStatuses(notifications().get(0))).containsExactly(200, 200, 200);
        assertThat(portal.received).hasSize(3);
    }

    @Test
    void theFormNeedsItsCsrfTokenAndABank() {
        String paymentId = portal.create("H29.12.05-261126-0025-1", 8_000);

        HttpResponse<String> withoutToken = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/paygov/pay/" + paymentId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("action", "pay", "bank", "VCB"))));
        HttpResponse<String> withoutBank = portal.decide(paymentId, "pay", null);
        HttpResponse<String> unknownBank = portal.decide(paymentId, "pay", "NGAN_HANG_GIA");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutBank.statusCode()).isEqualTo(400);
        assertThat(withoutBank.body()).contains("Vui lòng chọn ngân hàng hoặc mã QR để thanh toán.");
        assertThat(unknownBank.statusCode()).isEqualTo(400);
        assertThat(RunningSandbox.json(portal.query("H29.12.05-261126-0025-1").body())).containsEntry("status",
                "PENDING");
        assertThat(portal.received).isEmpty();
    }

    private static List<Map<String, Object>> notifications() {
        return notificationsOf(portal.payments().get(0));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> notificationsOf(Map<String, Object> payment) {
        return (List<Map<String, Object>>) payment.get("notifications");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> attemptStatuses(Map<String, Object> notification) {
        return ((List<Map<String, Object>>) notification.get("attempts")).stream()
                .map(attempt -> (Integer) attempt.get("httpStatus")).toList();
    }
}
