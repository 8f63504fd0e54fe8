package vn.motcua.payment;

/** The platform's statuses of an order. */
public enum PlatformStatus {
    PENDING, PAID, CANCELLED, PARTIALLY_REFUNDED, REFUNDED;

    /** Whether the platform took the money (maybe giving some back since). */
    public boolean tookMoney() {
        return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
