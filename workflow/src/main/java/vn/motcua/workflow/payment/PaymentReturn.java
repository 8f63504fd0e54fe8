package vn.motcua.workflow.payment;

/** The signed query parameters the platform sends the citizen back with. */
public record PaymentReturn(String orderId, String paymentId, String status, String amount, String transactionId,
        String paidAt, String checksum) {
}
