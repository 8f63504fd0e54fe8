package vn.motcua.web.archfixture.cases;

import vn.motcua.web.archfixture.workflow.Engine;

/** A "cases" class of the fixture using its "workflow": with {@link Engine} it closes a cycle. */
public class UsesWorkflow {

    public String route() {
        return new Engine().start(this);
    }
}
