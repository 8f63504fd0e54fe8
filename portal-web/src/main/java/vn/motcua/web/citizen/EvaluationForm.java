package vn.motcua.web.citizen;

/** A rating from 1 to 5 (as sent, so that a wrong value gets a message) and an optional comment. */
record EvaluationForm(String rating, String comment) {
}
