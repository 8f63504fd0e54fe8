package vn.motcua.cases.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The fee of a procedure version.
 *
 * @param type    PHI or LE_PHI; {@code null} when there is none
 * @param amount  in VND, per copy when {@code perCopy}, otherwise per dossier
 * @param perCopy whether the amount is per copy asked for
 */
@Embeddable
public record FeeRule(
        @Enumerated(EnumType.STRING) @Column(name = "fee_type") FeeType type,
        @Column(name = "fee_amount") long amount,
        @Column(name = "fee_per_copy") boolean perCopy) {
}
