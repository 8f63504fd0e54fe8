package vn.motcua.workflow.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentRefusedException;
import vn.motcua.cases.payment.PaymentStatus;
import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.payment.Settlement;
import vn.motcua.payment.FeeKind;
import vn.motcua.payment.Order;
import vn.motcua.payment.Placed;
import vn.motcua.payment.PlatformUnavailableException;
import vn.motcua.payment.Report;
import vn.motcua.payment.SignedReturn;

/**
 * Application service of online payments: starts a payment at the platform, confirms a citizen's return with the
 * platform, and reconciles payments left pending. Calls to the platform happen outside any database transaction; the
 * books ({@link Payments}) record a payment paid only from a report the platform's adapter verified.
 */
@Service
public class OnlinePayments {

    private static final Logger LOG = LoggerFactory.getLogger(OnlinePayments.class);

    private final Payments payments;
    private final Platforms platforms;
    private final Clock clock;

    OnlinePayments(Payments payments, Platforms platforms, Clock clock) {
        this.payments = payments;
        this.platforms = platforms;
        this.clock = clock;
    }

    /**
     * Starts the online payment of a dossier waiting for its fee, or resumes the one waiting already: places the
     * order at the platform and answers the payment with the page where the citizen pays. A waiting order the
     * citizen paid or cancelled meanwhile is settled first; a cancelled one is followed by a new order.
     *
     * @param dossierId   a dossier the caller checked the citizen owns
     * @param citizen     the citizen's identity number
     * @param returnUrl   where the platform sends the citizen back
     * @param notifyUrl   where the platform posts its notifications
     * @throws PaymentRefusedException if the dossier does not wait for a fee, owes nothing or the platform is down;
     *                                 nothing is paid then
     */
    public Payment checkout(UUID dossierId, String citizen, String returnUrl, String notifyUrl) {
        Payment payment = payments.pendingFor(dossierId, citizen);
        if (payment.platformPaymentId() != null) {
            Settlement settled;
            try {
                settled = refresh(payment);
            }
            catch (PlatformUnavailableException ex) {
                throw new PaymentRefusedException(PaymentRefusedException.Reason.PLATFORM_UNAVAILABLE, ex.getMessage());
            }
            if (settled.payment().status() == PaymentStatus.PAID) {
                throw new PaymentRefusedException(PaymentRefusedException.Reason.NOT_AWAITING_FEE,
                        "Order " + payment.orderId() + " was paid meanwhile");
            }
            if (settled.payment().status() != PaymentStatus.PENDING) {
                payment = payments.pendingFor(dossierId, citizen);
            }
        }
        Placed placed;
        try {
            placed = platforms.platform().place(new Order(payment.orderId(), payment.amountVnd(),
                    FeeKind.valueOf(payment.feeType().name()), payments.description(payment), returnUrl, notifyUrl));
        }
        catch (PlatformUnavailableException ex) {
            LOG.warn("The payment platform did not take order {}: {}", payment.orderId(), ex.getMessage());
            throw new PaymentRefusedException(PaymentRefusedException.Reason.PLATFORM_UNAVAILABLE, ex.getMessage());
        }
        return payments.placed(payment.id(), placed.paymentId(), placed.payUrl());
    }

    /**
     * Checks the parameters the citizen came back with from the platform: they must carry the platform's signature
     * and name an order of the dossier. A verified return alone records nothing: the platform is asked where the
     * payment stands; when it cannot answer now, the books say what they say and reconciliation settles it later.
     *
     * @param dossierId a dossier the caller checked the citizen owns
     */
    public ReturnCheck checkReturn(UUID dossierId, PaymentReturn answer) {
        Payment payment = answer.orderId() == null ? null : payments.byOrderId(answer.orderId())
                .filter(p -> p.dossierId().equals(dossierId)).orElse(null);
        if (payment == null) {
            return new ReturnCheck(null, "return for an order not of this dossier: " + answer.orderId());
        }
        if (!platforms.platform().isSigned(new SignedReturn(answer.orderId(), answer.paymentId(), answer.status(),
                answer.amount(), answer.transactionId(), answer.paidAt(), answer.checksum()))) {
            return new ReturnCheck(null, "return with a forged checksum, order " + answer.orderId());
        }
        try {
            payment = confirm(payment);
        }
        catch (PlatformUnavailableException ex) {
            payment = payments.byOrderId(payment.orderId()).orElseThrow();
        }
        return new ReturnCheck(payment, null);
    }

    /** Asks the platform about a pending payment the citizen came back from; a settled one stays as it is. */
    private Payment confirm(Payment payment) {
        if (payment.status() != PaymentStatus.PENDING) {
            return payment;
        }
        return platforms.platform().query(payment.orderId()).map(report -> settle(report).payment())
                .orElse(payment);
    }

    /**
     * One reconciliation round: asks the platform about payments pending longer than the given time and settles
     * them with its signed answers.
     */
    public ReconciliationRound reconcile(Duration pendingLongerThan) {
        Instant before = clock.instant().minus(pendingLongerThan);
        List<Payment> pending = payments.pendingBefore(before);
        int settled = 0;
        int errors = 0;
        for (Payment payment : pending) {
            try {
                Settlement settlement = refresh(payment);
                if (settlement.payment() != null && settlement.payment().status() != PaymentStatus.PENDING) {
                    settled++;
                }
                if (!settlement.outcome().accepted()) {
                    LOG.warn("Reconciliation of order {} refused the platform's answer: {}", payment.orderId(),
                            settlement.outcome());
                }
            }
            catch (RuntimeException ex) {
                errors++;
                LOG.warn("Reconciliation could not settle order {}: {}", payment.orderId(), ex.toString());
            }
        }
        return new ReconciliationRound(pending.size(), settled, errors);
    }

    /** Asks the platform about one payment and settles it; a payment the platform does not know fails. */
    private Settlement refresh(Payment payment) {
        Optional<Report> report = platforms.platform().query(payment.orderId());
        if (report.isPresent()) {
            return settle(report.get());
        }
        return payments.unknownToPlatform(payment.orderId());
    }

    private Settlement settle(Report report) {
        return payments.settle(Platforms.toBooks(report));
    }
}
