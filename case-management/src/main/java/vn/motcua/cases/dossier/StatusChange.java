package vn.motcua.cases.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a dossier's history: the status it entered, when, by whom, at which agency. */
@Entity
@Table(name = "dossier_event")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = CodeConverters.StatusConverter.class)
    private DossierStatus status;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "agency_code")
    private String agencyCode;

    private String note;

    /** The longest note an entry holds: the reason of a refusal or a stop. */
    public static final int MAX_NOTE = 2000;

    protected StatusChange() {
    }

    StatusChange(DossierStatus status, Instant occurredAt, String actor, String agencyCode, String note) {
        this.status = status;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.agencyCode = agencyCode;
        this.note = note;
    }

    /**
     * A reason a transition requires, as its note: without NUL characters (PostgreSQL text cannot hold them) and
     * surrounding blanks.
     *
     * @throws IllegalArgumentException with the given message if the reason is blank, or if it is too long
     */
    static String requiredNote(String reason, String whenBlank) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(whenBlank);
        }
        String note = reason.replace("\u0000", "").strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A reason has at most " + MAX_NOTE + " characters");
        }
        return note;
    }

    public DossierStatus status() {
        return status;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String note() {
        return note;
    }
}
