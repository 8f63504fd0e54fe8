package vn.motcua.web.citizen;

import org.springframework.stereotype.Component;

import vn.motcua.cases.draft.ProcessAvailability;
import vn.motcua.workflow.ProcessCatalog;

/** Drafts can be submitted only for procedures whose process the workflow engine has deployed. */
@Component
class DeployedProcesses implements ProcessAvailability {

    private final ProcessCatalog processes;

    DeployedProcesses(ProcessCatalog processes) {
        this.processes = processes;
    }

    @Override
    public boolean isRoutable(String processKey) {
        return processes.isDeployed(processKey);
    }
}
