package vn.motcua.cases.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The applicant's rating of how their dossier was handled. */
@Entity
@Table(name = "dossier_evaluation")
public class Evaluation {

    @Id
    private UUID id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    private short rating;

    private String comment;

    @Column(name = "evaluated_at")
    private Instant evaluatedAt;

    protected Evaluation() {
    }

    Evaluation(UUID dossierId, int rating, String comment, Instant evaluatedAt) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.rating = (short) rating;
        this.comment = comment;
        this.evaluatedAt = evaluatedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    /** From 1 (very dissatisfied) to 5 (very satisfied). */
    public int rating() {
        return rating;
    }

    /** The comment, or {@code null}. */
    public String comment() {
        return comment;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }
}
