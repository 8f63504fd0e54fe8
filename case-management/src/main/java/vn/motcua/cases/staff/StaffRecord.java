package vn.motcua.cases.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The portal's record of one staff account: its agency, its roles, whether it is active. */
@Entity
@Table(name = "staff_account")
class StaffRecord {

    @Id
    private String username;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "agency_code")
    private String agencyCode;

    private boolean active;

    @ElementCollection
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected StaffRecord() {
    }

    /** A new account: in the given agency, with no role until an administrator grants one. */
    StaffRecord(String username, String fullName, String agencyCode, Instant at) {
        this.username = username;
        this.fullName = fullName;
        this.active = true;
        this.agencyCode = agencyCode;
        this.updatedAt = at;
        this.updatedBy = "directory";
    }

    /** Gives the account an agency, its roles and whether it is active. */
    void assign(String agencyCode, Set<String> roles, boolean active, String admin, Instant at) {
        this.agencyCode = agencyCode;
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
        this.active = active;
        this.updatedAt = at;
        this.updatedBy = admin;
    }

    StaffAccount account() {
        return new StaffAccount(username, fullName, agencyCode, roles, active, updatedAt, updatedBy);
    }
}
