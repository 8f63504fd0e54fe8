package vn.motcua.cases.supplement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One request to supplement a dossier: why, what is missing, until when, and the applicant's answer. */
@Entity
@Table(name = "supplement_request")
public class SupplementRequest {

    @Id
    private UUID id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    private String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_items")
    private List<String> missingItems;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "answer_due_at")
    private Instant answerDueAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note")
    private String answerNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplement_answer_file", joinColumns = @JoinColumn(name = "supplement_id"))
    @OrderColumn(name = "position")
    @Column(name = "stored_file_id")
    private List<UUID> answerFileIds = new ArrayList<>();

    protected SupplementRequest() {
    }

    SupplementRequest(UUID dossierId, String reason, List<String> missingItems, Clerk clerk, Instant requestedAt,
            Instant answerDueAt) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.reason = reason;
        this.missingItems = List.copyOf(missingItems);
        this.requestedBy = clerk.userName();
        this.requestedByName = clerk.fullName();
        this.requestedAt = requestedAt;
        this.answerDueAt = answerDueAt;
    }

    /** The one-stop clerk who asks: user name, and full name when known. */
    record Clerk(String userName, String fullName) {
    }

    void answer(String note, List<UUID> fileIds, Instant at) {
        if (answeredAt != null) {
            throw new IllegalStateException("Supplement request " + id + " was already answered");
        }
        this.answerNote = note;
        this.answerFileIds = new ArrayList<>(fileIds);
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String reason() {
        return reason;
    }

    public List<String> missingItems() {
        return List.copyOf(missingItems);
    }

    public String requestedBy() {
        return requestedBy;
    }

    /** The clerk's full name: the staff contact the applicant may ask. */
    public String requestedByName() {
        return requestedByName;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** Until when the applicant should answer. */
    public Instant answerDueAt() {
        return answerDueAt;
    }

    /** When the applicant answered, or {@code null} while the request is open. */
    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public String answerNote() {
        return answerNote;
    }

    /** The stored files (kind ATTACHMENT) sent with the answer, in the order they were sent. */
    public List<UUID> answerFileIds() {
        return List.copyOf(answerFileIds);
    }
}
