package vn.motcua.workflow.desk;

/** How a staff member completes a task: send the dossier on, or return it to the step before (with a comment). */
public enum TaskDecision {
    FORWARD, RETURN
}
