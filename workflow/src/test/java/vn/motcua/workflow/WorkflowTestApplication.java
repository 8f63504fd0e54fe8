package vn.motcua.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Boots the workflow module with the case-management module beneath it. */
@SpringBootApplication(scanBasePackages = { "vn.motcua.workflow", "vn.motcua.cases" })
@EntityScan("vn.motcua.cases")
@EnableJpaRepositories("vn.motcua.cases")
public class WorkflowTestApplication {
}
