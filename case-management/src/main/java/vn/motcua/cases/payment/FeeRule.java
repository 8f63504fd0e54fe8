package vn.motcua.cases.payment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a procedure version's fee is reckoned beyond its amount: the form field with the number of copies, whether it
 * is refunded when the dossier is refused or stopped, and the exemptions (a form field holding one of listed values).
 */
@Entity
@Table(name = "fee_rule")
class FeeRule {

    @Id
    @Column(name = "procedure_version_id")
    private Long procedureVersionId;

    @Column(name = "copies_field")
    private String copiesField;

    private boolean refundable;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> exemptions;

    protected FeeRule() {
    }

    FeeRule(Long procedureVersionId, String copiesField, boolean refundable, List<Map<String, Object>> exemptions) {
        this.procedureVersionId = procedureVersionId;
        this.copiesField = copiesField;
        this.refundable = refundable;
        this.exemptions = List.copyOf(exemptions);
    }

    /** The rule of a version that has none: one copy, not refundable, no exemption. */
    static FeeRule none(Long procedureVersionId) {
        return new FeeRule(procedureVersionId, null, false, List.of());
    }

    String copiesField() {
        return copiesField;
    }

    boolean refundable() {
        return refundable;
    }

    /** Whether a dossier's form values meet one of the exemptions. */
    boolean exempts(Map<String, Object> formData) {
        for (Map<String, Object> exemption : exemptions == null ? List.<Map<String, Object>>of() : exemptions) {
            Object field = exemption.get("field");
            Object values = exemption.get("values");
            if (field != null && values instanceof List<?> list && formData.containsKey(field.toString())) {
                String value = Objects.toString(formData.get(field.toString()));
                if (list.stream().map(Objects::toString).anyMatch(value::equals)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of copies asked for in the form, at least one. */
    int copies(Map<String, Object> formData) {
        if (copiesField == null) {
            return 1;
        }
        Object value = formData.get(copiesField);
        try {
            int copies = value instanceof Number number ? number.intValue() : Integer.parseInt(Objects.toString(value).strip());
            return Math.max(1, copies);
        }
        catch (NumberFormatException ex) {
            return 1;
        }
    }
}
