package vn.motcua.sandbox.payment;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.motcua.sandbox.api.ApiError;

/** The one merchant of the platform (the portal): who it is, and whether a request comes from it. */
@Component
class Merchant {

    private final PaymentProperties properties;
    private final Checksums checksums;

    Merchant(PaymentProperties properties, Checksums checksums) {
        this.properties = properties;
        this.checksums = checksums;
    }

    /**
     * Refuses a request from another merchant or with a checksum that is not the one of its fields.
     *
     * @throws ApiError 401 {@code unknown_merchant} or {@code invalid_checksum}
     */
    void authenticate(String merchantCode, String checksum, Object... fields) {
        if (!properties.merchantCode().equals(merchantCode)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "unknown_merchant");
        }
        if (!checksums.matches(checksum, fields)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "invalid_checksum");
        }
    }

    /** Where this payment's notifications go: the configured URL, or else the one of the request. */
    String notifyUrl(String requested) {
        return properties.fixedNotifyUrl() ? properties.notifyUrl() : requested;
    }

    /** Whether requests must carry their own notification URL. */
    boolean needsNotifyUrl() {
        return !properties.fixedNotifyUrl();
    }
}
