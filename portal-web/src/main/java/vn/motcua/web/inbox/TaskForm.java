package vn.motcua.web.inbox;

/** The decision on a task: {@code FORWARD} or {@code RETURN}, and a comment (required when returning). */
record TaskForm(String decision, String comment) {
}
