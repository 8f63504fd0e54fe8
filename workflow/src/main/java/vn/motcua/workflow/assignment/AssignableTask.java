package vn.motcua.workflow.assignment;

/**
 * A dossier's open task as its agency's staff see it.
 *
 * @param assignee     who holds it, or {@code null} while it is free for the group
 * @param canReturn    whether the process has an earlier step to return the dossier to
 * @param returnedFrom the step that returned the dossier here, or {@code null}
 */
public record AssignableTask(String taskId, String taskKey, String name, String assignee, boolean canReturn,
        String returnedFrom) {

    public boolean heldBy(String username) {
        return username != null && username.equals(assignee);
    }

    public boolean free() {
        return assignee == null;
    }
}
