package vn.motcua.cases.procedure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Column;
import jakarta.persistence.Table;

/** An administrative procedure (thủ tục hành chính) as listed in the national catalogue. */
@Entity
@Table(name = "procedure")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    private OnlineLevel onlineLevel;

    protected Procedure() {
    }

    Procedure(String code, ProcedureListing listing) {
        this.code = code;
        list(listing);
    }

    /** Takes the name, field and online level the next version is listed with. */
    void list(ProcedureListing listing) {
        this.name = listing.name();
        this.field = listing.field();
        this.onlineLevel = listing.onlineLevel();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public OnlineLevel onlineLevel() {
        return onlineLevel;
    }
}
