package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.web.support.FailedJobs;
import vn.motcua.web.support.FailedJobs.FailedJob;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

class DeadLetterPageTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void theAdministratorSeesTheFailedJobWithItsErrorAndRunsItAgain() throws Exception {
        FailedJob failed = FailedJobs.deadLetter(repository, runtime, management);

        String page = mvc.perform(get("/admin/dead-letters").with(ADMIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("<table id=\"dead-letters\"> <caption>", "<th scope=\"col\">Lỗi</th>");
        String row = page.substring(page.indexOf("<tr id=\"dead-letter-" + failed.jobId() + "\">"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<th scope=\"row\">" + failed.dossierCode() + "</th>", "Gọi trục LGSP", "callGateway",
                "unreachableGateway", "<details>", "<pre>");
        assertThat(row).contains("action=\"/admin/dead-letters/" + failed.jobId() + "/retry\" method=\"post\"",
                "name=\"_csrf\"");

        mvc.perform(post("/admin/dead-letters/" + failed.jobId() + "/retry").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/dead-letters"))
                .andExpect(flash().attribute("retriedJob", failed.jobId()));
        assertThat(management.createDeadLetterJobQuery().jobId(failed.jobId()).count()).isZero();
        // the executor runs it again; the gateway is still unreachable, so it waits for its next retry as a timer
        await("the job ran again").atMost(java.time.Duration.ofSeconds(30)).pollDelay(java.time.Duration.ZERO)
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> management.createTimerJobQuery().processInstanceId(failed.processInstanceId()).count() > 0);
        assertThat(management.createTimerJobQuery().processInstanceId(failed.processInstanceId()).singleResult()
                .getExceptionMessage()).contains("unreachableGateway");

        mvc.perform(post("/admin/dead-letters/" + failed.jobId() + "/retry").with(ADMIN).with(csrf()))
                .andExpect(status().isNotFound());
        runtime.deleteProcessInstance(failed.processInstanceId(), "test done");
    }

    @Test
    void onlyTheAdministratorMaySeeOrRetry() throws Exception {
        FailedJob failed = FailedJobs.deadLetter(repository, runtime, management);
        RequestPostProcessor clerk = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");

        mvc.perform(get("/admin/dead-letters").with(clerk)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/dead-letters").with(Logins.an())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/dead-letters/" + failed.jobId() + "/retry").with(clerk).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/dead-letters/" + failed.jobId() + "/retry").with(ADMIN))
                .andExpect(status().isForbidden());
        assertThat(management.createDeadLetterJobQuery().jobId(failed.jobId()).count()).isOne();
        runtime.deleteProcessInstance(failed.processInstanceId(), "test done");
    }
}
