package vn.motcua.workflow.deadline;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.clock.StepDeadlines;
import vn.motcua.cases.dossier.DossierEvents;

/** When a paused dossier runs again, its open steps move later by the paused working time, in the same transaction. */
@Component
class ClockResumedListener {

    private final StepDeadlines deadlines;

    ClockResumedListener(StepDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @EventListener
    void on(DossierEvents.ClockResumed resumed) {
        deadlines.resume(resumed.dossierId(), resumed.pausedAt(), resumed.resumedAt());
    }
}
