package vn.motcua.cases.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification about a dossier, shown in the portal and, for citizens, sent by e-mail and SMS. */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int ERROR_LENGTH = 500;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String recipient;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "dossier_code")
    private String dossierCode;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "email_to")
    private String emailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_state")
    private EmailState emailState;

    @Column(name = "email_attempts")
    private int emailAttempts;

    @Column(name = "email_error")
    private String emailError;

    @Column(name = "sms_to")
    private String smsTo;

    protected Notification() {
    }

    Notification(UUID id, Addressee to, UUID dossierId, String dossierCode, NotificationKind kind, Instant createdAt) {
        this.id = id;
        this.audience = to.audience();
        this.recipient = to.recipient();
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.kind = kind;
        this.createdAt = createdAt;
        this.emailTo = to.email() == null || to.email().isBlank() ? null : to.email().strip();
        this.emailState = this.emailTo == null ? EmailState.NONE : EmailState.PENDING;
        this.smsTo = to.phone();
    }

    /**
     * Whom a notification is for: a citizen (by identity number, with the e-mail address and phone to send it to) or a
     * staff group {@code {agency}:{role}} (shown in the portal only).
     */
    record Addressee(Audience audience, String recipient, String email, String phone) {

        static Addressee citizen(String idNumber, String email, String phone) {
            return new Addressee(Audience.CITIZEN, idNumber, email, phone);
        }

        static Addressee staff(String group) {
            return new Addressee(Audience.STAFF, group, null, null);
        }
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void emailSent() {
        emailAttempts++;
        emailState = EmailState.SENT;
        emailError = null;
    }

    void emailFailed(String error) {
        emailAttempts++;
        emailState = EmailState.FAILED;
        emailError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
    }

    public UUID id() {
        return id;
    }

    public Audience audience() {
        return audience;
    }

    public String recipient() {
        return recipient;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String emailTo() {
        return emailTo;
    }

    public EmailState emailState() {
        return emailState;
    }

    public int emailAttempts() {
        return emailAttempts;
    }

    public String emailError() {
        return emailError;
    }

    public String smsTo() {
        return smsTo;
    }
}
