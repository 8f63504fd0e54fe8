package vn.motcua.cases.form;

import java.util.Arrays;
import java.util.Optional;

/** Where a verified value comes from: the applicant's profile in the national population database. */
public enum PrefillSource {
    FULL_NAME("fullName"), BIRTH_DATE("birthDate"), GENDER("gender"), PERMANENT_ADDRESS("permanentAddress"),
    HOUSEHOLD_MEMBERS("householdMembers");

    private final String key;

    PrefillSource(String key) {
        this.key = key;
    }

    /** The name the form definition uses. */
    public String key() {
        return key;
    }

    public static Optional<PrefillSource> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
