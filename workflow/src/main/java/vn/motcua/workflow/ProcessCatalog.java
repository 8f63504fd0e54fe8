package vn.motcua.workflow;

import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Service;

/** Which processes are deployed, so that only procedures with a process can be filed. */
@Service
public class ProcessCatalog {

    private final RepositoryService repository;

    ProcessCatalog(RepositoryService repository) {
        this.repository = repository;
    }

    public boolean isDeployed(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().count() > 0;
    }
}
