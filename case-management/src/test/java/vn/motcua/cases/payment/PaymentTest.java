package vn.motcua.cases.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.procedure.FeeType;

class PaymentTest {

    private static final Instant AT = Instant.parse("2026-11-26T03:00:00Z");

    private static Payment pending() {
        return Payment.open(UUID.randomUUID(), "H29.12.05-261126-0001-AB12CD34", 100_000, FeeType.LE_PHI,
                "079090001234", AT);
    }

    @Test
    void aPendingPaymentIsPaidOnce() {
        Payment payment = pending();

        payment.markPaid("GD1", AT.plusSeconds(60));

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.transactionId()).isEqualTo("GD1");
        assertThatThrownBy(() -> payment.markPaid("GD2", AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> payment.cancel(AT)).isInstanceOf(IllegalStateException.class);
        assertThat(payment.transactionId()).isEqualTo("GD1");
    }

    @Test
    void aCancelledPaymentCannotBePaidNorRefunded() {
        Payment payment = pending();

        payment.cancel(AT);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThatThrownBy(() -> payment.markPaid("GD1", AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> payment.refund("R1", "x", AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPaymentMarkedFailedThatThePlatformSaysPaidIsRecordedPaid() {
        Payment payment = pending();
        payment.fail(AT);

        payment.markPaid("GD9", AT);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void onlyAPaidPaymentIsRefundedAndOnlyOnce() {
        Payment payment = pending();
        assertThatThrownBy(() -> payment.refund("R1", "x", AT)).isInstanceOf(IllegalStateException.class);
        payment.markPaid("GD1", AT);

        payment.refund("R1", "Hồ sơ bị dừng xử lý", AT.plusSeconds(5));

        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundId()).isEqualTo("R1");
        assertThatThrownBy(() -> payment.refund("R2", "x", AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPaymentTakesAPositiveAmountAndAReceiptOnlyOncePaid() {
        assertThatThrownBy(() -> Payment.open(UUID.randomUUID(), "O-1", 0, FeeType.PHI, "x", AT))
                .isInstanceOf(IllegalArgumentException.class);
        Payment payment = pending();
        assertThatThrownBy(() -> payment.receiptIssued(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}
