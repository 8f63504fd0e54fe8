package vn.motcua.sandbox.population;

/** Gender as the population database records it. */
public enum Sex {
    MALE("male"), FEMALE("female");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The code used in JSON answers and OIDC claims: {@code male} or {@code female}. */
    public String code() {
        return code;
    }
}
