package vn.motcua.documents.templates;

/** A person's gender as civil-status documents write it. */
public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** @return the Vietnamese word, "Nam" or "Nữ" */
    public String label() {
        return label;
    }
}
