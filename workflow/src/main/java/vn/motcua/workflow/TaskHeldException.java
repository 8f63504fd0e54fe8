package vn.motcua.workflow;

/** The task is claimed by another staff member: only its holder may work it (or release or reassign it). */
public class TaskHeldException extends RuntimeException {

    private final String holder;

    public TaskHeldException(String taskKey, String holder) {
        super("Task '" + taskKey + "' is held by " + holder);
        this.holder = holder;
    }

    /** The user name of the staff member who holds the task. */
    public String holder() {
        return holder;
    }
}
