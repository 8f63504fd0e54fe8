package vn.motcua.cases.form;

/** The kinds of field a form definition may use; the simple ones may also appear inside a repeating group. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, IDENTITY, ADDRESS, GROUP;

    /** Whether a field of this type holds one string value (and may therefore sit inside a group). */
    public boolean simple() {
        return this != ADDRESS && this != GROUP;
    }
}
