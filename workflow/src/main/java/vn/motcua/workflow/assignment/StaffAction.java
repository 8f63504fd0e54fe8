package vn.motcua.workflow.assignment;

import java.time.Instant;

/**
 * One staff action on a dossier's task, for its history.
 *
 * @param actor  the staff member's user name
 * @param detail what the action needs besides: the colleague of a reassignment, the reason of a return
 * @param from   the step acted on (a return or a send-back), or {@code null}
 * @param to     the step the dossier went to (a return or a send-back), or {@code null}
 */
public record StaffAction(Instant at, String actor, Kind kind, String detail, String from, String to) {

    static final String TYPE_PREFIX = "motcua:";

    /** What the staff member did. */
    public enum Kind {
        CLAIM, RELEASE, REASSIGN, RETURN, SEND_BACK;

        public String messageKey() {
            return "assignment.action." + name();
        }
    }
}
