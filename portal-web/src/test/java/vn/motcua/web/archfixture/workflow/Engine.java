package vn.motcua.web.archfixture.workflow;

import vn.motcua.web.archfixture.cases.UsesWorkflow;

/** A workflow class using case management, as it may; with the class above it closes a cycle. */
public class Engine {

    public String start(UsesWorkflow dossier) {
        return dossier.getClass().getSimpleName();
    }
}
