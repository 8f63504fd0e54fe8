package vn.motcua.workflow.payment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentEvents;
import vn.motcua.cases.payment.PaymentStatus;
import vn.motcua.cases.payment.Payments;
import vn.motcua.payment.PlatformUnavailableException;

/**
 * Gives the fee back after commit, through the outbox: when a dossier whose fee was paid online is refused (3) or
 * stopped (8) and its procedure version says the fee is refundable, and when a payment came in for a dossier that no
 * longer waited for it. While the platform cannot refund, the publication stays incomplete and is delivered again.
 */
@Component
class PaymentRefunds {

    static final String STATUS_LISTENER_ID = "motcua.payment.refund-on-status";
    static final String UNCLAIMED_LISTENER_ID = "motcua.payment.refund-unclaimed";

    private static final Set<DossierStatus> REFUNDING = EnumSet.of(DossierStatus.REFUSED, DossierStatus.STOPPED);

    private final Payments payments;
    private final Platforms platforms;

    PaymentRefunds(Payments payments, Platforms platforms) {
        this.payments = payments;
        this.platforms = platforms;
    }

    @Async
    @TransactionalEventListener(id = STATUS_LISTENER_ID)
    void on(DossierEvents.StatusChanged changed) {
        if (REFUNDING.contains(changed.status())) {
            String reason = changed.status() == DossierStatus.REFUSED
                    ? "Hoàn phí: hồ sơ " + changed.code() + " không được tiếp nhận"
                    : "Hoàn phí: hồ sơ " + changed.code() + " bị dừng xử lý";
            refundForDossier(changed.dossierId(), reason);
        }
    }

    @Async
    @TransactionalEventListener(id = UNCLAIMED_LISTENER_ID)
    void on(PaymentEvents.Unclaimed unclaimed) {
        payments.byId(unclaimed.paymentId()).filter(p -> p.status() == PaymentStatus.PAID).ifPresent(payment ->
                refund(payment, "Hoàn tiền: hồ sơ không còn chờ nộp phí khi thanh toán"));
    }

    /**
     * Gives back the fee paid online for a dossier refused or stopped, where its procedure version says the fee is
     * refundable; a dossier without such a payment, or whose fee is not refundable, is left as it is.
     *
     * @return the refunded payment, if one was refunded now or before
     * @throws PlatformUnavailableException if the platform cannot refund now (the caller retries)
     */
    Optional<Payment> refundForDossier(UUID dossierId, String reason) {
        return payments.refundableFor(dossierId).map(paid -> refund(paid, reason));
    }

    /** Gives back a paid payment, whatever the fee rule says (it was paid for a dossier that no longer took it). */
    Payment refund(Payment payment, String reason) {
        String refundId = payment.orderId().length() <= 62 ? payment.orderId() + "-R"
                : payment.orderId().substring(0, 62) + "-R";
        String text = reason.replace('|', '/');
        Instant at = platforms.platform().refund(payment.orderId(), refundId, payment.amountVnd(), text);
        return payments.refunded(payment.orderId(), refundId, text, at);
    }
}
