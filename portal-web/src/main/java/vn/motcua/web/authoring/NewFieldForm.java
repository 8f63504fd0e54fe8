package vn.motcua.web.authoring;

/** A field to add at the end of a step, or of the step's group at index {@code group}. */
record NewFieldForm(String type, String key, String labelVi, String labelEn, Integer group) {
}
