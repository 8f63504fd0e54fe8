package vn.motcua.cases.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.payment.Settlement.Outcome;

/**
 * The books of online payments. The platform is asked by the application services of {@code workflow}, outside any
 * database transaction; each change of the books here is a short transaction, those of a placed order locking the
 * payment's row, so that a notification, a return and the reconciliation racing each other settle a payment once. A
 * payment is recorded paid only from a report the platform's adapter verified ({@link #settle}).
 */
@Service
public class Payments {

    /** Who records an online payment on the dossier. */
    public static final String RECORDED_BY = "paygov";

    private static final Limit BATCH = Limit.of(50);
    private static final int MAX_DESCRIPTION = 255;

    private final PaymentRepository repository;
    private final Fees fees;
    private final Dossiers dossiers;
    private final PaymentSettlements settlements;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    Payments(PaymentRepository repository, Fees fees, Dossiers dossiers, PaymentSettlements settlements, Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.fees = fees;
        this.dossiers = dossiers;
        this.settlements = settlements;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The pending order of a dossier waiting for its fee, opened now if it has none.
     *
     * @param dossierId a dossier the caller checked the citizen owns
     * @param citizen   the citizen's identity number
     * @throws PaymentRefusedException if the dossier does not wait for a fee or owes nothing
     */
    public Payment pendingFor(UUID dossierId, String citizen) {
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

    /** What the order is for, as the platform shows it to the citizen: free of {@code |}, at most 255 characters. */
    public String description(Payment payment) {
        Dossier dossier = dossiers.get(payment.dossierId());
        String kind = switch (payment.feeType()) {
            case PHI -> "Phí";
            case LE_PHI -> "Lệ phí";
        };
        String text = (kind + " hồ sơ " + dossier.code() + " - " + dossier.procedureVersion().procedure().name())
                .replace('|', '/');
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }

    /** Notes that the platform took the order: its payment id and the page where the citizen pays. */
    public Payment placed(UUID paymentId, String platformPaymentId, String payUrl) {
        return transaction.execute(status -> {
            Payment payment = repository.findById(paymentId).orElseThrow();
            payment.placed(platformPaymentId, payUrl);
            return repository.save(payment);
        });
    }

    /**
     * Brings the books in line with a report the platform's adapter verified (a signed notification, a signed query
     * answer): records a payment paid (and the dossier's fee) or cancelled once; repeats change nothing; an unknown
     * order, a changed amount or a contradiction is refused and changes nothing.
     */
    public Settlement settle(PaymentReport report) {
        return settlements.settle(report);
    }

    /** The platform does not know an order: a payment still pending fails; a settled one stays as it is. */
    public Settlement unknownToPlatform(String orderId) {
        return transaction.execute(status -> {
            Payment locked = repository.lockByOrderId(orderId).orElseThrow();
            if (locked.status() == PaymentStatus.PENDING) {
                locked.fail(clock.instant());
                return new Settlement(Outcome.CANCELLED, repository.save(locked));
            }
            return new Settlement(Outcome.ALREADY_SETTLED, locked);
        });
    }

    /** Payments pending since before the given time, oldest first, a batch at a time (for reconciliation). */
    public List<Payment> pendingBefore(Instant before) {
        return reading.execute(status -> repository
                .findByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus.PENDING, before, BATCH));
    }

    /**
     * The fee paid online for a dossier, if there is one and its procedure version says the fee is refundable.
     */
    public Optional<Payment> refundableFor(UUID dossierId) {
        Optional<Payment> paid = reading.execute(status -> repository.findByDossierIdOrderByCreatedAt(dossierId)
                .stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst());
        if (paid.isEmpty() || !reading.execute(status -> fees.assess(dossiers.get(dossierId)).refundable())) {
            return Optional.empty();
        }
        return paid;
    }

    /** Notes that the platform gave a paid payment back; a payment no longer paid stays as it is. */
    public Payment refunded(String orderId, String refundId, String reason, Instant at) {
        return transaction.execute(status -> {
            Payment locked = repository.lockByOrderId(orderId).orElseThrow();
            if (locked.status() == PaymentStatus.PAID) {
                locked.refund(refundId, reason, at);
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
            if (dossier.isFeePaid() && dossier.fee().via() == FeeChannel.DESK && dossier.fee().amountVnd() != null) {
                paid += dossier.fee().amountVnd();
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
