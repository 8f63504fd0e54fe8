package vn.motcua.workflow.payment;

/**
 * What one reconciliation round did.
 *
 * @param checked  pending payments asked about
 * @param settled  those the platform's answer settled (paid, cancelled or failed)
 * @param errors   those the platform could not answer about; asked again next round
 */
public record ReconciliationRound(int checked, int settled, int errors) {
}
