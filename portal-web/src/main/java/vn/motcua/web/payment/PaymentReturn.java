package vn.motcua.web.payment;

/** The signed query parameters the platform sends the citizen back with. */
record PaymentReturn(String orderId, String paymentId, String status, String amount, String transactionId,
        String paidAt, String checksum) {
}
