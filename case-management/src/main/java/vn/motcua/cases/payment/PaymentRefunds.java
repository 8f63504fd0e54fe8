package vn.motcua.cases.payment;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;

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

    PaymentRefunds(Payments payments) {
        this.payments = payments;
    }

    @Async
    @TransactionalEventListener(id = STATUS_LISTENER_ID)
    void on(DossierEvents.StatusChanged changed) {
        if (REFUNDING.contains(changed.status())) {
            String reason = changed.status() == DossierStatus.REFUSED
                    ? "Hoàn phí: hồ sơ " + changed.code() + " không được tiếp nhận"
                    : "Hoàn phí: hồ sơ " + changed.code() + " bị dừng xử lý";
            payments.refundForDossier(changed.dossierId(), reason);
        }
    }

    @Async
    @TransactionalEventListener(id = UNCLAIMED_LISTENER_ID)
    void on(PaymentEvents.Unclaimed unclaimed) {
        payments.byId(unclaimed.paymentId()).filter(p -> p.status() == PaymentStatus.PAID).ifPresent(payment ->
                payments.refund(payment, "Hoàn tiền: hồ sơ không còn chờ nộp phí khi thanh toán"));
    }
}
