package vn.motcua.cases.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency (cơ quan) identified by its code in the national agency list. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private String code;

    private String name;

    @Column(name = "superior_name")
    private String superiorName;

    @Column(name = "parent_code")
    private String parentCode;

    private String place;

    protected Agency() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Name of the body the agency reports to, printed above its name on documents; empty for a top-level body. */
    public String superiorName() {
        return superiorName;
    }

    public String parentCode() {
        return parentCode;
    }

    /** Place name written in the date line of documents the agency issues. */
    public String place() {
        return place;
    }
}
