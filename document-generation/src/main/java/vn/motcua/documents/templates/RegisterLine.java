package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.Objects;

/**
 * One dossier of the dossier register (slip 07).
 *
 * @param dossierCode   the dossier code
 * @param applicantName who filed
 * @param procedureName the procedure
 * @param receivedAt    when it was received
 * @param dueAt         when its result is due, or {@code null} before acceptance
 * @param finishedAt    when its result was ready, or {@code null}
 * @param status        the national status, in words
 * @param outcome       where it stands against its due date
 */
public record RegisterLine(String dossierCode, String applicantName, String procedureName, Instant receivedAt,
        Instant dueAt, Instant finishedAt, String status, Outcome outcome) {

    public RegisterLine {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Where a dossier stands against its due date, and how the register words it. */
    public enum Outcome {
        EARLY("Trước hạn"),
        ON_TIME("Đúng hạn"),
        LATE("Trễ hạn"),
        IN_TIME("Đang xử lý, trong hạn"),
        OVERDUE("Đang xử lý, quá hạn"),
        CLOSED("Không có kết quả");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
