package vn.motcua.sandbox.payment;

import java.util.Optional;

/** What is paid: a fee for a service (phí) or a charge levied by the state (lệ phí). */
enum FeeType {
    PHI, LE_PHI;

    static Optional<FeeType> parse(String value) {
        for (FeeType type : values()) {
            if (type.name().equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
