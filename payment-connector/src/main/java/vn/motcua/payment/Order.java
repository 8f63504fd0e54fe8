package vn.motcua.payment;

/** What the portal asks to be paid; texts free of {@code |}. */
public record Order(String orderId, long amountVnd, FeeKind feeKind, String description, String returnUrl,
        String notifyUrl) {
}
