package vn.motcua.cases.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.cases.payment.PaymentPlatform.PlatformUnavailableException;
import vn.motcua.cases.payment.PaymentPlatform.Report;
import vn.motcua.cases.payment.Settlement.Outcome;

/**
 * Application service of online payments. Calls to the platform happen outside any database transaction; each
 * change of the books is a short transaction that locks the payment's row, so that a notification, a return and the
 * reconciliation racing each other settle a payment once. A payment is recorded paid only from a report the adapter
 * verified (a signed notification, or a signed answer to a query), and the dossier's fee with it, through
 * {@link Dossiers#recordFeePayment} with channel ONLINE, in the same transaction.
 */
@Service
public class Payments {

    /** Who records an online payment on the dossier. */
    public static final String RECORDED_BY = "paygov";

    private static final Logger LOG = LoggerFactory.getLogger(Payments.class);
    private static final Limit BATCH = Limit.of(50);
    private static final int MAX_DESCRIPTION = 255;

    private final PaymentRepository repository;
    private final Fees fees;
    private final Dossiers dossiers;
    private final ObjectProvider<PaymentPlatform> platforms;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    Payments(PaymentRepository repository, Fees fees, Dossiers dossiers, ObjectProvider<PaymentPlatform> platforms,
            Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.fees = fees;
        this.dossiers = dossiers;
        this.platforms = platforms;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
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
        Payment payment = pendingFor(dossierId, citizen);
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
                payment = pendingFor(dossierId, citizen);
            }
        }
        PaymentPlatform.Placed placed;
        try {
            placed = platform().place(new PaymentPlatform.Order(payment.orderId(), payment.amountVnd(),
                    payment.feeType(), description(payment), returnUrl, notifyUrl));
        }
        catch (PlatformUnavailableException ex) {
            LOG.warn("The payment platform did not take order {}: {}", payment.orderId(), ex.getMessage());
            throw new PaymentRefusedException(PaymentRefusedException.Reason.PLATFORM_UNAVAILABLE, ex.getMessage());
        }
        UUID id = payment.id();
        return transaction.execute(status -> {
            Payment placedPayment = repository.findById(id).orElseThrow();
            placedPayment.placed(placed.paymentId(), placed.payUrl());
            return repository.save(placedPayment);
        });
    }

    private Payment pendingFor(UUID dossierId, String citizen) {
        try {
            return transaction.execute(status -> openOrFind(dossierId, citizen));
        }
        catch (DataIntegrityViolationException ex) {
            // Another request of the citizen opened the dossier's pending order at the same moment: take that one.
            return transaction.execute(status -> openOrFind(dossierId, citizen));
        }
    }

    private Payment openOrFind(UUID dossierId, String citizen) {
        Dossier dossier = dossiers.get(dossierId);
        if (dossier.status() != DossierStatus.PAYMENT_REQUESTED || dossier.isFeePaid()) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.NOT_AWAITING_FEE,
                    "Dossier " + dossier.code() + " does not wait for its fee");
        }
        FeeAssessment fee = fees.assess(dossier);
        if (!fee.payable()) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.NOTHING_TO_PAY,
                    "Dossier " + dossier.code() + " owes nothing");
        }
        Optional<Payment> pending = repository.findByDossierIdAndStatus(dossierId, PaymentStatus.PENDING);
        if (pending.isPresent()) {
            return pending.get();
        }
        String orderId = dossier.code() + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return repository.saveAndFlush(Payment.open(dossierId, orderId, fee.amountVnd(), fee.feeType(), citizen,
                clock.instant()));
    }

    /** The platform's adapter; a module run without one (e.g. its tests) has no platform to reach. */
    private PaymentPlatform platform() {
        PaymentPlatform platform = platforms.getIfAvailable();
        if (platform == null) {
            throw new PlatformUnavailableException("No payment platform is configured");
        }
        return platform;
    }

    private String description(Payment payment) {
        Dossier dossier = dossiers.get(payment.dossierId());
        String kind = switch (payment.feeType()) {
            case PHI -> "Phí";
            case LE_PHI -> "Lệ phí";
        };
        String text = (kind + " hồ sơ " + dossier.code() + " - " + dossier.procedureVersion().procedure().name())
                .replace('|', '/');
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }

    /**
     * Brings the books in line with a report the adapter verified (a signed notification, a signed query answer):
     * records a payment paid (and the dossier's fee) or cancelled once; repeats change nothing; an unknown order, a
     * changed amount or a contradiction is refused and changes nothing.
     */
    public Settlement settle(Report report) {
        return transaction.execute(status -> settleLocked(report));
    }

    private Settlement settleLocked(Report report) {
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
        if (report.status().tookMoney()) {
            return paid(payment, report, now);
        }
        if (report.status() == PaymentPlatform.PlatformStatus.CANCELLED) {
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

    private Settlement paid(Payment payment, Report report, Instant now) {
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
                            RECORDED_BY, FeeChannel.ONLINE));
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

    /** Asks the platform about one payment and settles it; a payment the platform does not know fails. */
    Settlement refresh(Payment payment) {
        Optional<Report> report = platform().query(payment.orderId());
        if (report.isPresent()) {
            return settle(report.get());
        }
        return transaction.execute(status -> {
            Payment locked = repository.lockByOrderId(payment.orderId()).orElseThrow();
            if (locked.status() == PaymentStatus.PENDING) {
                locked.fail(clock.instant());
                return new Settlement(Outcome.CANCELLED, repository.save(locked));
            }
            return new Settlement(Outcome.ALREADY_SETTLED, locked);
        });
    }

    /**
     * Asks the platform about a payment the citizen came back from, to confirm a return whose signature is good: the
     * return alone records nothing.
     *
     * @throws PlatformUnavailableException if the platform cannot answer now
     */
    public Settlement confirm(String orderId) {
        Payment payment = byOrderId(orderId).orElse(null);
        if (payment == null) {
            return new Settlement(Outcome.UNKNOWN_ORDER, null);
        }
        if (payment.status() != PaymentStatus.PENDING) {
            return new Settlement(Outcome.ALREADY_SETTLED, payment);
        }
        return platform().query(orderId).map(this::settle)
                .orElseGet(() -> new Settlement(Outcome.STILL_PENDING, payment));
    }

    /**
     * One reconciliation round: asks the platform about payments pending longer than the given time and settles
     * them with its signed answers.
     */
    public ReconciliationRound reconcile(Duration pendingLongerThan) {
        Instant before = clock.instant().minus(pendingLongerThan);
        List<Payment> pending = reading.execute(status -> repository
                .findByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus.PENDING, before, BATCH));
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

    /**
     * Gives back the fee paid online for a dossier refused or stopped, where its procedure version says the fee is
     * refundable; a dossier without such a payment, or whose fee is not refundable, is left as it is.
     *
     * @return the refunded payment, if one was refunded now or before
     * @throws PlatformUnavailableException if the platform cannot refund now (the caller retries)
     */
    public Optional<Payment> refundForDossier(UUID dossierId, String reason) {
        Optional<Payment> paid = reading.execute(status -> repository.findByDossierIdOrderByCreatedAt(dossierId)
                .stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst());
        if (paid.isEmpty() || !reading.execute(status -> fees.assess(dossiers.get(dossierId)).refundable())) {
            return Optional.empty();
        }
        return Optional.of(refund(paid.get(), reason));
    }

    /** Gives back a paid payment, whatever the fee rule says (it was paid for a dossier that no longer took it). */
    Payment refund(Payment payment, String reason) {
        String refundId = payment.orderId().length() <= 62 ? payment.orderId() + "-R"
                : payment.orderId().substring(0, 62) + "-R";
        String text = reason.replace('|', '/');
        Instant at = platform().refund(payment.orderId(), refundId, payment.amountVnd(), text);
        return transaction.execute(status -> {
            Payment locked = repository.lockByOrderId(payment.orderId()).orElseThrow();
            if (locked.status() == PaymentStatus.PAID) {
                locked.refund(refundId, text, at);
                return repository.save(locked);
            }
            return locked;
        });
    }

    /** Notes the electronic receipt issued for a paid payment. */
    public void receiptIssued(UUID paymentId, UUID receiptId) {
        transaction.executeWithoutResult(status -> {
            Payment payment = repository.findById(paymentId).orElseThrow();
            payment.receiptIssued(receiptId);
            repository.save(payment);
        });
    }

    /** Paid payments whose receipt is not issued yet, oldest first (e.g. signing failed). */
    public List<Payment> withoutReceipt() {
        return reading.execute(status -> repository.findPaidWithoutReceipt(BATCH));
    }

    public Optional<Payment> byOrderId(String orderId) {
        return reading.execute(status -> repository.findByOrderId(orderId));
    }

    public Optional<Payment> byId(UUID id) {
        return reading.execute(status -> repository.findById(id));
    }

    /** The payment figures of a dossier. */
    public DossierPayments of(Dossier dossier) {
        return reading.execute(status -> {
            List<Payment> payments = repository.findByDossierIdOrderByCreatedAt(dossier.id());
            long paid = sum(payments, PaymentStatus.PAID) + sum(payments, PaymentStatus.REFUNDED);
            if (dossier.isFeePaid() && dossier.feePaidVia() == FeeChannel.DESK && dossier.feeAmountVnd() != null) {
                paid += dossier.feeAmountVnd();
            }
            return new DossierPayments(fees.assess(dossier), payments, paid, sum(payments, PaymentStatus.PENDING),
                    sum(payments, PaymentStatus.REFUNDED));
        });
    }

    /** Totals of every online payment by status. */
    public PaymentTotals totals() {
        return reading.execute(status -> {
            Map<PaymentStatus, Long> counts = new EnumMap<>(PaymentStatus.class);
            Map<PaymentStatus, Long> amounts = new EnumMap<>(PaymentStatus.class);
            for (Object[] row : repository.totalsByStatus()) {
                counts.put((PaymentStatus) row[0], ((Number) row[1]).longValue());
                amounts.put((PaymentStatus) row[0], ((Number) row[2]).longValue());
            }
            return new PaymentTotals(counts, amounts);
        });
    }

    /** The latest payments, newest first, of one status or of all when {@code status} is {@code null}. */
    public List<Payment> latest(PaymentStatus status, int count) {
        return reading.execute(tx -> status == null ? repository.findAllByOrderByCreatedAtDesc(Limit.of(count))
                : repository.findByStatusOrderByCreatedAtDesc(status, Limit.of(count)));
    }

    private static long sum(List<Payment> payments, PaymentStatus status) {
        return payments.stream().filter(p -> p.status() == status).mapToLong(Payment::amountVnd).sum();
    }
}
