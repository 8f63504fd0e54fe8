package vn.motcua.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.desk.BusinessRegistrations;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.assignment.TaskAssignments;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The agency inbox's task assignment on the pages: claim shows the holder and keeps colleagues from completing,
 * release and reassign to a colleague known to the portal, return to the step before with a reason (and the desk's
 * send-back), and the leader stopping processing; each refusal is a clear message and changes nothing.
 */
class TaskAssignmentPagesTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor SPECIALIST = Logins.staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST");
    private static final RequestPostProcessor LEADER = Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER");
    private static final RequestPostProcessor DEPUTY = Logins.staff("pholanhdao.benthanh", "H29.12.05", "LEADER");
    private static final RequestPostProcessor OTHER_LEADER = Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskAssignments assignments;
    @Autowired vn.motcua.cases.staff.StaffDirectory staffAccounts;
    @Autowired vn.motcua.workflow.staff.StaffAssignments staffAssignments;

    @Test
    void aClaimedTaskShowsItsHolderAndOnlyTheHolderCompletesReleasesOrReassignsIt() throws Exception {
        UUID id = awaitingApproval();
        recordWithRoles(new StaffMember("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", Set.of(Role.LEADER)));
        recordWithRoles(new StaffMember("pholanhdao.benthanh", "Lê Thị Mai", "H29.12.05", Set.of(Role.LEADER)));
        recordWithRoles(new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST)));

        assertThat(page(get("/inbox/dossiers/" + id), LEADER)).contains("id=\"claim\"").contains("chưa có ai nhận xử lý")
                .contains("id=\"approve\"");
        mvc.perform(post("/inbox/dossiers/" + id + "/claim").with(DEPUTY).with(csrf()))
                .andExpect(redirectedUrl("/inbox/dossiers/" + id));
        assertThat(page(get("/inbox/dossiers/" + id), DEPUTY)).contains("id=\"release\"").contains("id=\"approve\"");
        assertThat(page(get("/inbox/dossiers/" + id), LEADER)).contains("đang do cán bộ pholanhdao.benthanh xử lý")
                .doesNotContain("id=\"approve\"").doesNotContain("id=\"claim\"");
        assertThat(page(get("/inbox"), LEADER)).contains("id=\"holder-" + dossiers.get(id).code() + "\"")
                .contains("pholanhdao.benthanh");

        String held = mvc.perform(post("/inbox/dossiers/" + id + "/approve").with(LEADER).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(held).contains("đang do cán bộ khác nhận xử lý");
        mvc.perform(post("/inbox/dossiers/" + id + "/claim").with(LEADER).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/inbox/dossiers/" + id + "/release").with(LEADER).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/inbox/dossiers/" + id + "/reassign").param("colleague", "lanhdao.benthanh").with(LEADER)
                .with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/inbox/dossiers/" + id + "/claim").with(OTHER_LEADER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/inbox/dossiers/" + id + "/claim").with(SPECIALIST).with(csrf())).andExpect(status().isNotFound());
        assertThat(holder(id)).isEqualTo("pholanhdao.benthanh");
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        String form = page(get("/inbox/dossiers/" + id + "/reassign"), DEPUTY);
        assertThat(form).contains("value=\"lanhdao.benthanh\"").contains("Đặng Quốc Hùng")
                .doesNotContain("value=\"pholanhdao.benthanh\"").doesNotContain("value=\"chuyenvien.benthanh\"");
        String none = page(post("/inbox/dossiers/" + id + "/reassign").param("colleague", "").with(csrf()), DEPUTY);
        assertThat(none).contains("id=\"error-summary\"").contains("Vui lòng chọn đồng nghiệp nhận việc.");
        String stranger = page(post("/inbox/dossiers/" + id + "/reassign").param("colleague", "chuyenvien.benthanh")
                .with(csrf()), DEPUTY);
        assertThat(stranger).contains("không phải cán bộ cùng cơ quan và vai trò");
        assertThat(holder(id)).isEqualTo("pholanhdao.benthanh");

        mvc.perform(post("/inbox/dossiers/" + id + "/reassign").param("colleague", "lanhdao.benthanh").with(DEPUTY)
                .with(csrf())).andExpect(redirectedUrl("/inbox")).andExpect(flash().attribute("reassignedTo", "Đặng Quốc Hùng"));
        assertThat(holder(id)).isEqualTo("lanhdao.benthanh");
        mvc.perform(post("/inbox/dossiers/" + id + "/release").with(LEADER).with(csrf()))
                .andExpect(redirectedUrl("/inbox/dossiers/" + id));
        assertThat(holder(id)).isEqualTo("nobody");

        String history = page(get("/inbox/dossiers/" + id), LEADER);
        assertThat(history).contains("id=\"staff-actions\"").contains("pholanhdao.benthanh nhận xử lý")
                .contains("pholanhdao.benthanh chuyển việc cho lanhdao.benthanh").contains("lanhdao.benthanh trả lại việc cho nhóm");
        mvc.perform(post("/inbox/dossiers/" + id + "/approve").with(LEADER).with(csrf())).andExpect(redirectedUrl("/inbox"));
        // a task that no longer exists
        mvc.perform(post("/inbox/dossiers/" + id + "/claim").with(LEADER).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theSpecialistReturnsToTheDeskWithAReasonAndTheDeskSendsItBack() throws Exception {
        Dossier filed = dossiers.file(BusinessRegistrations.of(OWNER));
        UUID id = filed.id();
        desk.accept(id, SampleDossiers.CLERK);
        desk.confirmFeeAtDesk(id, SampleDossiers.CLERK, "BL-" + id.toString().substring(0, 8));

        assertThat(page(get("/inbox/dossiers/" + id), SPECIALIST)).contains("id=\"return-link\"");
        String missing = page(post("/inbox/dossiers/" + id + "/return").param("reason", "").with(csrf()), SPECIALIST);
        assertThat(missing).contains("id=\"error-summary\"").contains("Vui lòng nhập lý do.");
        mvc.perform(post("/inbox/dossiers/" + id + "/return").param("reason", "Không phải việc của tôi").with(LEADER)
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(desk.hasTask(id, DeskActions.REVIEW, staff("chuyenvien.benthanh", Role.SPECIALIST))).isTrue();

        mvc.perform(post("/inbox/dossiers/" + id + "/return").param("reason", "Thiếu hợp đồng thuê địa điểm kinh doanh")
                .with(SPECIALIST).with(csrf())).andExpect(redirectedUrl("/inbox"))
                .andExpect(flash().attribute("returnedCode", filed.code()));
        String atDesk = page(get("/desk/dossiers/" + id), CLERK);
        assertThat(atDesk).contains("id=\"send-back\"").contains("Thẩm định hồ sơ").doesNotContain("id=\"accept\"")
                .contains("Thiếu hợp đồng thuê địa điểm kinh doanh");
        mvc.perform(post("/desk/dossiers/" + id + "/accept").with(CLERK).with(csrf())).andExpect(status().isConflict());

        mvc.perform(post("/desk/dossiers/" + id + "/send-back").with(CLERK).with(csrf())).andExpect(redirectedUrl("/desk"));
        assertThat(desk.hasTask(id, DeskActions.REVIEW, staff("chuyenvien.benthanh", Role.SPECIALIST))).isTrue();
        mvc.perform(post("/desk/dossiers/" + id + "/send-back").with(CLERK).with(csrf())).andExpect(status().isNotFound());
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void theLeaderStopsProcessingWithAReasonOthersCannot() throws Exception {
        UUID id = awaitingApproval();
        assertThat(page(get("/inbox/dossiers/" + id), LEADER)).contains("id=\"stop-link\"");
        assertThat(page(get("/inbox/dossiers/" + id), SPECIALIST)).doesNotContain("id=\"stop-link\"");
        mvc.perform(get("/inbox/dossiers/" + id + "/stop").with(SPECIALIST)).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/dossiers/" + id + "/stop").param("reason", "Không phải cơ quan mình").with(OTHER_LEADER)
                .with(csrf())).andExpect(status().isNotFound());
        String missing = page(post("/inbox/dossiers/" + id + "/stop").param("reason", " ").with(csrf()), LEADER);
        assertThat(missing).contains("id=\"error-summary\"").contains("Vui lòng nhập lý do.");
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        mvc.perform(post("/inbox/dossiers/" + id + "/stop").param("reason", "Tòa án đang thụ lý tranh chấp").with(LEADER)
                .with(csrf())).andExpect(redirectedUrl("/inbox"));
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.STOPPED);
        String again = mvc.perform(post("/inbox/dossiers/" + id + "/stop").param("reason", "Lần hai").with(LEADER)
                .with(csrf())).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("không còn đang giải quyết");
        assertThat(page(get("/my/dossiers/" + id), Logins.an())).contains("Dừng xử lý").contains("Tòa án đang thụ lý tranh chấp");
    }

    private UUID awaitingApproval() {
        Dossier filed = dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        desk.accept(filed.id(), SampleDossiers.CLERK);
        desk.review(filed.id(), SampleDossiers.SPECIALIST);
        return filed.id();
    }

    private String holder(UUID id) {
        return assignments.task(id, SampleDossiers.LEADER).map(task -> task.assignee() == null ? "nobody" : task.assignee())
                .orElse("no task");
    }

    private static StaffMember staff(String username, Role role) {
        return new StaffMember(username, username, "H29.12.05", Set.of(role));
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Records the account as it comes to be in production: its first login (no role), then an administrator's grant. */
    private void recordWithRoles(StaffMember member) {
        staffAccounts.atLogin(member.username(), member.fullName(), member.agencyCode());
        staffAssignments.change(new vn.motcua.workflow.staff.StaffChange(member.username(), member.agencyCode(),
                member.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), true), "quantri");
    }
}
