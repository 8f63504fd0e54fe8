package vn.motcua.workflow.desk;

import java.time.Instant;

/** A comment left when a task of the dossier was completed: who, when, on which step, what. */
public record TaskNote(String author, String taskName, Instant at, String text) {
}
