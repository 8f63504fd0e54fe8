package vn.motcua.workflow.diagram;

/**
 * One named step of a dossier's process, in the order of the diagram, with how far the dossier got.
 *
 * @param activityId the BPMN element id
 * @param name       the step's name as the BPMN file states it (Vietnamese)
 * @param state      done, current or not reached yet
 */
public record ProcessStep(String activityId, String name, State state) {

    /** How far the dossier got with a step. A step done once and open again (a loop) is current. */
    public enum State {
        DONE, CURRENT, PENDING
    }
}
