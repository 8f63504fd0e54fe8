package vn.motcua.cases.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document the applicant hands in, with how many originals and copies the procedure asks for. */
@Entity
@Table(name = "procedure_document")
public class RequiredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String name;

    private int originals;

    @Column(name = "certified_copies")
    private int certifiedCopies;

    private int copies;

    private boolean required;

    protected RequiredDocument() {
    }

    RequiredDocument(int position, VersionContent.DocumentRule rule) {
        this.position = position;
        this.name = rule.name();
        this.originals = rule.originals();
        this.certifiedCopies = rule.certifiedCopies();
        this.copies = rule.copies();
        this.required = rule.required();
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public int originals() {
        return originals;
    }

    public int certifiedCopies() {
        return certifiedCopies;
    }

    public int copies() {
        return copies;
    }

    public boolean required() {
        return required;
    }
}
