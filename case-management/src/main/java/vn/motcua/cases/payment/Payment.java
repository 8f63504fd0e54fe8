package vn.motcua.cases.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.cases.procedure.FeeType;

/**
 * One order sent to the payment platform for a dossier's fee. It guards its transitions: a pending payment is paid,
 * cancelled or failed once; only a paid one is refunded. Amount and order id never change once created.
 */
@Entity
@Table(name = "payment")
public class Payment extends AbstractAggregateRoot<Payment> {

    @Id
    private UUID id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "amount_vnd")
    private long amountVnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type")
    private FeeType feeType;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "platform_payment_id")
    private String platformPaymentId;

    @Column(name = "pay_url")
    private String payUrl;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refund_id")
    private String refundId;

    @Column(name = "refund_reason")
    private String refundReason;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Version
    private long version;

    protected Payment() {
    }

    /** A new pending payment of a dossier's fee. */
    static Payment open(UUID dossierId, String orderId, long amountVnd, FeeType feeType, String requestedBy,
            Instant at) {
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("A payment takes a positive amount: " + amountVnd);
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.dossierId = Objects.requireNonNull(dossierId);
        payment.orderId = Objects.requireNonNull(orderId);
        payment.amountVnd = amountVnd;
        payment.feeType = Objects.requireNonNull(feeType);
        payment.requestedBy = Objects.requireNonNull(requestedBy);
        payment.createdAt = at;
        payment.status = PaymentStatus.PENDING;
        return payment;
    }

    /** The platform accepted the order: its id and the page where the citizen pays. */
    void placed(String platformPaymentId, String payUrl) {
        if (this.platformPaymentId != null && !this.platformPaymentId.equals(platformPaymentId)) {
            throw new IllegalStateException("Order " + orderId + " is payment " + this.platformPaymentId
                    + " at the platform, not " + platformPaymentId);
        }
        this.platformPaymentId = platformPaymentId;
        this.payUrl = payUrl;
    }

    /**
     * The platform took the money. A payment marked failed (the platform did not know the order when asked) may still
     * turn out paid: what the platform signs wins, so that no money taken is left unrecorded.
     */
    void markPaid(String transactionId, Instant at) {
        if (status != PaymentStatus.FAILED) {
            require(PaymentStatus.PENDING, "be paid");
        }
        this.status = PaymentStatus.PAID;
        this.transactionId = Objects.requireNonNull(transactionId);
        this.paidAt = Objects.requireNonNull(at);
        registerEvent(new PaymentEvents.Paid(id, dossierId, orderId, amountVnd, transactionId, at));
    }

    /** The payment was taken for a dossier that no longer waited for its fee: it is to be given back. */
    void registerUnclaimed() {
        registerEvent(new PaymentEvents.Unclaimed(id, dossierId, orderId));
    }

    /** The citizen cancelled on the platform's page. */
    void cancel(Instant at) {
        require(PaymentStatus.PENDING, "be cancelled");
        this.status = PaymentStatus.CANCELLED;
        this.closedAt = at;
    }

    /** The platform never took the order. */
    void fail(Instant at) {
        require(PaymentStatus.PENDING, "fail");
        this.status = PaymentStatus.FAILED;
        this.closedAt = at;
    }

    /** The money was given back. */
    void refund(String refundId, String reason, Instant at) {
        require(PaymentStatus.PAID, "be refunded");
        this.status = PaymentStatus.REFUNDED;
        this.refundId = Objects.requireNonNull(refundId);
        this.refundReason = reason;
        this.refundedAt = at;
        registerEvent(new PaymentEvents.Refunded(id, dossierId, orderId, amountVnd, at));
    }

    /** The electronic receipt was issued. */
    void receiptIssued(UUID receiptId) {
        if (status != PaymentStatus.PAID && status != PaymentStatus.REFUNDED) {
            throw new IllegalStateException("Order " + orderId + " was not paid; no receipt");
        }
        this.receiptId = receiptId;
    }

    private void require(PaymentStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Payment " + orderId + " is " + status + " and cannot " + action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String orderId() {
        return orderId;
    }

    public long amountVnd() {
        return amountVnd;
    }

    public FeeType feeType() {
        return feeType;
    }

    public PaymentStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String platformPaymentId() {
        return platformPaymentId;
    }

    /** Where the citizen pays, once the platform took the order. */
    public String payUrl() {
        return payUrl;
    }

    public String transactionId() {
        return transactionId;
    }

    public Instant paidAt() {
        return paidAt;
    }

    /** When it was cancelled or failed. */
    public Instant closedAt() {
        return closedAt;
    }

    public String refundId() {
        return refundId;
    }

    public String refundReason() {
        return refundReason;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    /** The electronic receipt's issued document id, or {@code null} while none was issued. */
    public UUID receiptId() {
        return receiptId;
    }
}
