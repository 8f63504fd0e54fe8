package vn.motcua.sandbox.payment;

import java.util.Objects;

/**
 * What a merchant asks to be paid, as it signed it. {@code notifyUrl} is the one sent (may be {@code null});
 * {@code createdAt} is the merchant's time, a wire time.
 */
record Order(String merchantCode, String orderId, long amount, FeeType feeType, String description,
        String returnUrl, String notifyUrl, String createdAt) {

    /** Whether another request for the same order asks for the same payment; the time it was sent may differ. */
    boolean sameAs(Order other) {
        return merchantCode.equals(other.merchantCode) && orderId.equals(other.orderId) && amount == other.amount
                && feeType == other.feeType && description.equals(other.description)
                && returnUrl.equals(other.returnUrl) && Objects.equals(notifyUrl, other.notifyUrl);
    }
}
