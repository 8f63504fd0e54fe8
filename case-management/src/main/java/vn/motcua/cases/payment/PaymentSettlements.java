package vn.motcua.cases.payment;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.cases.payment.Settlement.Outcome;

/**
 * Brings the books in line with a verified report, in a short transaction that locks the payment's row, so that a
 * notification, a return and the reconciliation racing each other settle a payment once. A payment recorded paid
 * records the dossier's fee with it, through {@link Dossiers#recordFeePayment} with channel ONLINE.
 */
@Component
class PaymentSettlements {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlements.class);

    private final PaymentRepository repository;
    private final Dossiers dossiers;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PaymentSettlements(PaymentRepository repository, Dossiers dossiers, Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    Settlement settle(PaymentReport report) {
        return transaction.execute(status -> settleLocked(report));
    }

    private Settlement settleLocked(PaymentReport report) {
        Payment payment = repository.lockByOrderId(report.orderId()).orElse(null);
        if (payment == null) {
            return new Settlement(Outcome.UNKNOWN_ORDER, null);
        }
        if (report.amountVnd() != payment.amountVnd()) {
            return new Settlement(Outcome.AMOUNT_CHANGED, payment);
        }
        if (payment.platformPaymentId() != null && report.paymentId() != null
                && !payment.platformPaymentId().equals(report.paymentId())) {
            return new Settlement(Outcome.CONFLICT, payment);
        }
        Instant now = clock.instant();
        if (report.state() == PaymentReport.State.TOOK_MONEY) {
            return paid(payment, report, now);
        }
        if (report.state() == PaymentReport.State.CANCELLED) {
            return switch (payment.status()) {
                case PENDING -> {
                    payment.cancel(now);
                    yield new Settlement(Outcome.CANCELLED, repository.save(payment));
                }
                case CANCELLED, FAILED -> new Settlement(Outcome.ALREADY_SETTLED, payment);
                case PAID, REFUNDED -> new Settlement(Outcome.CONFLICT, payment);
            };
        }
        return new Settlement(payment.status() == PaymentStatus.PENDING ? Outcome.STILL_PENDING
                : Outcome.ALREADY_SETTLED, payment);
    }

    private Settlement paid(Payment payment, PaymentReport report, Instant now) {
        String transactionId = report.transactionId();
        if (transactionId == null || transactionId.isBlank()
                || transactionId.length() > RecordFeePayment.MAX_RECEIPT_LENGTH) {
            return new Settlement(Outcome.CONFLICT, payment);
        }
        switch (payment.status()) {
            case PAID, REFUNDED -> {
                return new Settlement(transactionId.equals(payment.transactionId()) ? Outcome.ALREADY_SETTLED
                        : Outcome.CONFLICT, payment);
            }
            case CANCELLED -> {
                return new Settlement(Outcome.CONFLICT, payment);
            }
            default -> {
                payment.markPaid(transactionId, report.paidAt() == null ? now : report.paidAt());
                Payment saved = repository.saveAndFlush(payment);
                Dossier dossier = dossiers.get(payment.dossierId());
                if (dossier.status() == DossierStatus.PAYMENT_REQUESTED && !dossier.isFeePaid()) {
                    dossiers.recordFeePayment(new RecordFeePayment(dossier.id(), transactionId, payment.amountVnd(),
                            Payments.RECORDED_BY, FeeChannel.ONLINE));
                }
                else {
                    // Paid while the dossier no longer waited (paid at the desk meanwhile, withdrawn): the money is
                    // recorded here and given back after commit.
                    LOG.warn("Order {} was paid but dossier {} does not wait for its fee (status {}); refunding",
                            payment.orderId(), dossier.code(), dossier.status().code());
                    saved.registerUnclaimed();
                    saved = repository.save(saved);
                }
                return new Settlement(Outcome.RECORDED, saved);
            }
        }
    }
}
