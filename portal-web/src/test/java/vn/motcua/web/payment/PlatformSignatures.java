package vn.motcua.web.payment;

/** Signs messages as the payment platform stand-in does (its demo secret), for tests outside this package. */
public final class PlatformSignatures {

    private PlatformSignatures() {
    }

    public static String sign(Object... fields) {
        return PaymentFlows.CHECKSUMS.sign(fields);
    }
}
