package vn.motcua.payment;

/** The signed query parameters the platform sends the citizen back with, as received. */
public record SignedReturn(String orderId, String paymentId, String status, String amount, String transactionId,
        String paidAt, String checksum) {
}
