package vn.motcua.lgsp;

/** Gender as recorded in the national population database. */
public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
