package vn.motcua.web.authoring;

/** A step of a draft's form: its key (when added) and title; {@code action} says what to do with an existing one. */
record StepForm(String stepKey, String titleVi, String titleEn, String action) {
}
