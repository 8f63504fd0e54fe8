package vn.motcua.web.archfixture.cases;

import vn.motcua.web.archfixture.workflow.Engine;

/** A case-management class reaching up into the workflow: the forbidden arrow. */
public class UsesWorkflow {

    public String route() {
        return new Engine().start(this);
    }
}
