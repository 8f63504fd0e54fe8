package vn.motcua.lgsp;

import java.time.LocalDate;

/**
 * A health-insurance card as social insurance issued it.
 *
 * @param cardNumber the 10-digit social-insurance number printed on the card (mã số BHXH)
 * @param validFrom  first day of validity
 * @param validTo    last day of validity (for a child, the day before the sixth birthday)
 */
public record HealthInsuranceCard(String cardNumber, LocalDate validFrom, LocalDate validTo) {
}
