package vn.motcua.cases.archprobe;

import vn.motcua.workflow.StaffMember;

/** Case management reaching up into the workflow: the arrow ARCHITECTURE.md forbids. */
public class CaseClassUsingWorkflow {

    public String clerkGroup(StaffMember clerk) {
        return clerk.candidateGroups().iterator().next();
    }
}
