package vn.motcua.cases.form;

import java.util.Arrays;
import java.util.Optional;

/** A check of a typed value against a national database, named by a field of the form definition. */
public enum NationalCheck {
    /** The business name must not be registered yet (the business registry). */
    BUSINESS_NAME_AVAILABLE("businessNameAvailable");

    private final String key;

    NationalCheck(String key) {
        this.key = key;
    }

    /** The name the form definition uses. */
    public String key() {
        return key;
    }

    public static Optional<NationalCheck> of(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
