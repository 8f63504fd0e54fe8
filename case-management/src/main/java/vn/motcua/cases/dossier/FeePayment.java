package vn.motcua.cases.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The fee record of a dossier: when, how and how much was received, under which receipt, recorded by whom. Every part
 * is {@code null} until the fee is paid.
 *
 * @param paidAt        when the fee was paid
 * @param via           how it was paid
 * @param receiptNumber the receipt or transaction number
 * @param amountVnd     the amount received, in đồng
 * @param recordedBy    who recorded it
 */
@Embeddable
public record FeePayment(
        @Column(name = "fee_paid_at") Instant paidAt,
        @Enumerated(EnumType.STRING) @Column(name = "fee_paid_via") FeeChannel via,
        @Column(name = "fee_receipt_number") String receiptNumber,
        @Column(name = "fee_amount_vnd") Long amountVnd,
        @Column(name = "fee_recorded_by") String recordedBy) {

    /** The record of a fee not (yet) paid. */
    static final FeePayment NONE = new FeePayment(null, null, null, null, null);

    static FeePayment of(RecordFeePayment payment, Instant at) {
        return new FeePayment(at, payment.via(), payment.receiptNumber(), payment.amountVnd(), payment.recordedBy());
    }

    public boolean isPaid() {
        return paidAt != null;
    }
}
