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

    /** A new agency with the code and the rest of the details; callers check the details first. */
    Agency(AgencyDetails details) {
        this.code = details.code();
        change(details);
    }

    /** Takes the name, superior name, parent and place of the details; the code never changes. */
    void change(AgencyDetails details) {
        name = details.name();
        superiorName = details.superiorName();
        parentCode = details.parentCode().isEmpty() ? null : details.parentCode();
        place = details.place();
    }

    /** Name, superior name, parent and place as the admin action log records them. */
    String description() {
        return name + " | " + superiorName + " | " + (parentCode == null ? "" : parentCode) + " | " + place;
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
