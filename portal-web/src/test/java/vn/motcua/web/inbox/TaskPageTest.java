package vn.motcua.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.TaskCompletion;
import vn.motcua.workflow.desk.TaskDecision;
import vn.motcua.workflow.desk.TaskDetails;

/** The generic task page: decisions, returns with their reason, tasks gone, and the scope of the routed agencies. */
class TaskPageTest extends PortalIntegrationTest {

    private static final RequestPostProcessor SPECIALIST = Logins.staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST");
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor POLICE = Logins.staff("congan.benthanh", "H29.12.05.CA", "SPECIALIST");
    private static final StaffMember POLICE_MEMBER = new StaffMember("congan.benthanh", "Trương Văn Lực", "H29.12.05.CA",
            Set.of(Role.SPECIALIST));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskCompletion completion;

    private UUID awaitingReview() {
        UUID id = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male")).id();
        desk.accept(id, SampleDossiers.CLERK);
        return id;
    }

    @Test
    void aReturnNeedsItsReasonThenReachesTheDeskWithItAndTheOldTaskIsGone() throws Exception {
        UUID id = awaitingReview();
        String code = dossiers.get(id).code();
        String taskId = completion.openTasks(id, SampleDossiers.SPECIALIST).get(0).taskId();

        assertThat(html(get("/inbox/tasks"), SPECIALIST, 200)).contains("id=\"open-" + code + "\"");
        String page = html(get("/inbox/tasks/" + taskId), SPECIALIST, 200);
        assertThat(page).contains(code).contains("id=\"decision-return\"").contains("id=\"attachments-title\"")
                .doesNotContain("id=\"error-summary\"");

        String refused = html(post("/inbox/tasks/" + taskId).param("decision", "RETURN").param("comment", "  ").with(csrf()),
                SPECIALIST, 422);
        assertThat(refused).contains("id=\"error-summary\"").contains("Vui lòng ghi lý do trả lại hồ sơ.")
                .contains("href=\"#comment\"");
        assertThat(completion.find(taskId, SampleDossiers.SPECIALIST)).as("nothing changed").isPresent();
        html(post("/inbox/tasks/" + taskId).param("decision", "SIDEWAYS").with(csrf()), SPECIALIST, 422);
        assertThat(completion.find(taskId, SampleDossiers.SPECIALIST)).isPresent();

        MockHttpServletResponse returned = mvc.perform(post("/inbox/tasks/" + taskId).param("decision", "RETURN")
                .param("comment", "Thiếu số đăng ký khai sinh").with(csrf()).with(SPECIALIST)).andReturn().getResponse();
        assertThat(returned.getRedirectedUrl()).isEqualTo("/inbox/tasks");

        String gone = html(post("/inbox/tasks/" + taskId).param("decision", "FORWARD").with(csrf()), SPECIALIST, 404);
        assertThat(gone).contains("id=\"task-gone\"").contains("Không có thay đổi nào được thực hiện.");

        TaskDetails recheck = completion.openTasks(id, SampleDossiers.CLERK).get(0);
        assertThat(recheck.taskKey()).isEqualTo("recheck");
        assertThat(html(get("/inbox/tasks"), CLERK, 200)).contains("id=\"open-" + code + "\"");
        assertThat(html(get("/inbox/tasks/" + recheck.taskId()), CLERK, 200)).contains("Thiếu số đăng ký khai sinh")
                .doesNotContain("id=\"decision-return\"");
    }

    @Test
    void theWardPoliceSeeALinkedDossierOnlyOnceTheProcessRoutesItToThem() throws Exception {
        UUID extract = awaitingReview();
        UUID linked = dossiers.file(birth()).id();
        desk.accept(linked, SampleDossiers.CLERK);
        html(get("/inbox/dossiers/" + linked), POLICE, 404);
        html(get("/inbox/dossiers/" + linked + "/diagram.png"), POLICE, 404);

        completion.complete(completion.openTasks(linked, SampleDossiers.SPECIALIST).get(0).taskId(),
                SampleDossiers.SPECIALIST, TaskDecision.FORWARD, "");
        TaskDetails residence = await(() -> completion.openTasks(linked, POLICE_MEMBER).stream().findFirst());

        assertThat(html(get("/inbox"), POLICE, 200)).contains("id=\"handle-" + dossiers.get(linked).code() + "\"")
                .doesNotContain(dossiers.get(extract).code());
        assertThat(html(get("/inbox/dossiers/" + linked), POLICE, 200)).contains(dossiers.get(linked).code());
        html(get("/inbox/dossiers/" + linked + "/diagram.png"), POLICE, 200);
        assertThat(html(get("/inbox/tasks/" + residence.taskId()), POLICE, 200)).contains("id=\"complete-task\"");
        html(get("/inbox/dossiers/" + extract), POLICE, 404);
        html(get("/inbox/tasks/" + completion.openTasks(extract, SampleDossiers.SPECIALIST).get(0).taskId()), POLICE, 404);
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor user, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private static FileDossier birth() {
        Map<String, Object> form = Map.ofEntries(Map.entry("applicantName", "Trần Thị Bích"),
                Map.entry("applicantRelation", "mother"), Map.entry("motherName", "Trần Thị Bích"),
                Map.entry("motherIdNumber", "079195005678"), Map.entry("phone", "0907654321"),
                Map.entry("childName", "Nguyễn Minh Anh"),
                Map.entry("childBirthDate", LocalDate.now().minusDays(10).toString()),
                Map.entry("childGender", "female"), Map.entry("childBirthPlace", Map.of("street", "284 Cống Quỳnh")),
                Map.entry("householdAddress", "45 Lê Thánh Tôn, phường Bến Thành"),
                Map.entry("householdMembers", List.of()));
        return new FileDossier("HCM.LT.01", new Applicant("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20),
                "female", "45 Lê Thánh Tôn", "0907654321", null), Channel.ONLINE, form);
    }

    private static <T> T await(Supplier<Optional<T>> probe) {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(probe::get, Optional::isPresent).get();
    }
}
