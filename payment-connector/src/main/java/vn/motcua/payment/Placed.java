package vn.motcua.payment;

/** The platform took the order: its payment id and where the citizen pays. */
public record Placed(String paymentId, String payUrl) {
}
