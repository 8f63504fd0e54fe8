package vn.motcua.cases.dossier;

import java.time.Instant;

/**
 * What the one-stop desk wants to see of the dossiers its agency received.
 *
 * @param state         dossiers waiting for intake (status 1) or accepted and still open (2, 4, 5, 6)
 * @param procedureCode only this procedure, or {@code null} for all
 * @param receivedFrom  received at or after this instant, or {@code null}
 * @param receivedUntil received before this instant, or {@code null}
 * @param due           only dossiers whose running legal clock is due soon or overdue
 */
public record DeskQueueFilter(State state, String procedureCode, Instant receivedFrom, Instant receivedUntil, Due due) {

    /** Which dossiers of the desk. */
    public enum State {
        WAITING, OPEN
    }

    /** Due-date filter; it applies to dossiers whose legal clock runs (statuses 2 and 4). */
    public enum Due {
        ANY, SOON, OVERDUE
    }

    public DeskQueueFilter {
        state = state == null ? State.WAITING : state;
        due = due == null ? Due.ANY : due;
    }

    /** Every dossier waiting for intake. */
    public static DeskQueueFilter waiting() {
        return new DeskQueueFilter(State.WAITING, null, null, null, Due.ANY);
    }
}
