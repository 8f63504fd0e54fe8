package vn.motcua.sandbox.payment;

import java.util.Optional;

/** How the citizen pays on the hosted page: through one of these banks, or by scanning a VietQR code. */
enum Bank {
    VCB, CTG, BIDV, AGRIBANK, TCB, MB, ACB, VPB, STB, QR;

    static Optional<Bank> parse(String value) {
        for (Bank bank : values()) {
            if (bank.name().equals(value)) {
                return Optional.of(bank);
            }
        }
        return Optional.empty();
    }
}
