package vn.motcua.payment.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.motcua.payment.Notification;
import vn.motcua.payment.NotificationRefusedException;
import vn.motcua.payment.NotificationRefusedException.Reason;
import vn.motcua.payment.PaymentProperties;
import vn.motcua.payment.PlatformStatus;
import vn.motcua.payment.SignedReturn;

/** The adapter trusts a notification or a return only with the platform's checksum over its fields. */
class PayGovClientTest {

    private static final String SECRET = "test-secret";
    private static final PayGovChecksums PLATFORM = new PayGovChecksums(SECRET);

    private final PayGovClient client = new PayGovClient(
            new PaymentProperties("http://127.0.0.1:9", "MOTCUA", SECRET, Duration.ofSeconds(1)),
            Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSignedNotificationIsReadAsTheReportOfItsOrder() {
        Notification notification = client.readNotification(notification("MOTCUA", "PAID", "20261126100000", null));

        assertThat(notification.notificationId()).isEqualTo("N-1");
        assertThat(notification.report().orderId()).isEqualTo("HS-1");
        assertThat(notification.report().paymentId()).isEqualTo("PG1");
        assertThat(notification.report().status()).isEqualTo(PlatformStatus.PAID);
        assertThat(notification.report().amountVnd()).isEqualTo(100_000);
        assertThat(notification.report().transactionId()).isEqualTo("GD1");
        assertThat(notification.report().paidAt()).isEqualTo(Instant.parse("2026-11-26T03:00:00Z"));
    }

    @Test
    void aNotificationThatIsNotThePlatformsIsRefusedWithItsReason() {
        assertThatThrownBy(() -> client.readNotification("not json")).isInstanceOfSatisfying(
                NotificationRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
        assertThatThrownBy(() -> client.readNotification(notification("MOTCUA", "PAID", "20261126100000",
                new PayGovChecksums("guessed").sign("N-1")))).isInstanceOfSatisfying(
                NotificationRefusedException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.INVALID_CHECKSUM);
                    assertThat(ex.orderId()).isEqualTo("HS-1");
                });
        assertThatThrownBy(() -> client.readNotification(notification("OTHER", "PAID", "20261126100000", null)))
                .isInstanceOfSatisfying(NotificationRefusedException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Reason.UNKNOWN_MERCHANT));
        assertThatThrownBy(() -> client.readNotification(notification("MOTCUA", "LOST", "20261126100000", null)))
                .as("signed, but with a status the portal does not know").isInstanceOfSatisfying(
                        NotificationRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void aReturnIsSignedOnlyWithTheChecksumOfItsFields() {
        String checksum = PLATFORM.sign("HS-1", "PG1", "CANCELLED", "100000", "", "");

        assertThat(client.isSigned(new SignedReturn("HS-1", "PG1", "CANCELLED", "100000", "", "", checksum))).isTrue();
        assertThat(client.isSigned(new SignedReturn("HS-1", "PG1", "PAID", "100000", "", "", checksum))).isFalse();
        assertThat(client.isSigned(new SignedReturn("HS-1", "PG1", "CANCELLED", "100000", "", "", null))).isFalse();
    }

    private static String notification(String merchant, String status, String paidAt, String checksum) {
        String sum = checksum != null ? checksum
                : PLATFORM.sign("N-1", merchant, "HS-1", "PG1", status, 100_000, "LE_PHI", "GD1", paidAt, "");
        return "{\"notificationId\":\"N-1\",\"merchantCode\":\"" + merchant + "\",\"orderId\":\"HS-1\","
                + "\"paymentId\":\"PG1\",\"status\":\"" + status + "\",\"amount\":100000,\"feeType\":\"LE_PHI\","
                + "\"transactionId\":\"GD1\",\"paidAt\":\"" + paidAt + "\",\"cancelledAt\":\"\",\"checksum\":\""
                + sum + "\"}";
    }
}
