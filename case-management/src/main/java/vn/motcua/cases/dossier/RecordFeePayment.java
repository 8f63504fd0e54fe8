package vn.motcua.cases.dossier;

import java.util.Objects;
import java.util.UUID;

/**
 * A received fee payment of a dossier waiting for it (status 6). The one-stop clerk records one taken at the desk; the
 * online payment records one from the payment platform's notification. Either way the dossier resumes and its process
 * goes on.
 *
 * @param dossierId     the dossier
 * @param receiptNumber the paper receipt's number or the platform's transaction number, at most
 *                      {@value #MAX_RECEIPT_LENGTH} characters
 * @param amountVnd     the amount received, in đồng
 * @param recordedBy    the clerk's user name, or the channel that recorded an online payment
 * @param via           how it was paid
 */
public record RecordFeePayment(UUID dossierId, String receiptNumber, long amountVnd, String recordedBy, FeeChannel via) {

    public static final int MAX_RECEIPT_LENGTH = 50;

    public RecordFeePayment {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(via, "via");
        receiptNumber = receiptNumber == null ? "" : receiptNumber.strip();
        if (receiptNumber.isEmpty()) {
            throw new IllegalArgumentException("A fee payment needs its receipt number");
        }
        if (receiptNumber.length() > MAX_RECEIPT_LENGTH) {
            throw new IllegalArgumentException("A receipt number has at most " + MAX_RECEIPT_LENGTH + " characters");
        }
        if (amountVnd < 0) {
            throw new IllegalArgumentException("Negative amount: " + amountVnd);
        }
    }
}
