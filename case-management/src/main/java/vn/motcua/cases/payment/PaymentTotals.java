package vn.motcua.cases.payment;

import java.util.Map;

/**
 * Totals of every online payment by status.
 *
 * @param counts  how many payments are in each status
 * @param amounts the sum of their amounts, in đồng
 */
public record PaymentTotals(Map<PaymentStatus, Long> counts, Map<PaymentStatus, Long> amounts) {

    public long count(PaymentStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long amount(PaymentStatus status) {
        return amounts.getOrDefault(status, 0L);
    }
}
