package vn.motcua.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * The administrator keeps staff assignments in the portal: a role that open work still waits for, with nobody else to
 * take it, cannot be taken away until someone else holds it; the last administrator stays one. It changes staff, so it
 * runs in the context of the catalogue-changing tests.
 */
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class StaffAssignmentTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired StaffDirectory directory;
    @Autowired Dossiers dossiers;

    @Test
    void aRoleThatOpenWorkWaitsForMovesOnlyOnceSomeoneElseHoldsIt() throws Exception {
        dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));

        String refused = mvc.perform(post("/admin/staff/tiepnhan.benthanh").param("agencyCode", "H29.12.05")
                .param("roles", "SPECIALIST").param("active", "true").with(ADMIN).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"roles-error\"", "việc đang chờ vai trò CLERK của cơ quan H29.12.05",
                "hãy giao vai trò này cho người khác trước");
        assertThat(directory.find("tiepnhan.benthanh").orElseThrow().roles()).as("nothing changed").containsExactly("CLERK");

        String locked = mvc.perform(post("/admin/staff/tiepnhan.benthanh").param("agencyCode", "H29.12.05")
                .param("roles", "CLERK").with(ADMIN).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(locked).as("locking the only clerk is losing the role too").contains("việc đang chờ vai trò CLERK");
        assertThat(directory.find("tiepnhan.benthanh").orElseThrow().active()).isTrue();

        assertThat(mvc.perform(post("/admin/staff/chuyenvien.benthanh").param("agencyCode", "H29.12.05")
                .param("roles", "SPECIALIST", "CLERK").param("active", "true").with(ADMIN).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
        assertThat(mvc.perform(post("/admin/staff/tiepnhan.benthanh").param("agencyCode", "H29.12.05")
                .param("roles", "SPECIALIST").param("active", "true").with(ADMIN).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
        assertThat(directory.find("tiepnhan.benthanh").orElseThrow().roles()).containsExactly("SPECIALIST");
        assertThat(mvc.perform(get("/admin/audit").param("actor", "quantri").param("source", "ADMIN").with(ADMIN))
                .andReturn().getResponse().getContentAsString()).contains("STAFF_ASSIGNED", "tiepnhan.benthanh");

        // back as it was, for the other tests of this context
        mvc.perform(post("/admin/staff/tiepnhan.benthanh").param("agencyCode", "H29.12.05").param("roles", "CLERK")
                .param("active", "true").with(ADMIN).with(csrf()));
        mvc.perform(post("/admin/staff/chuyenvien.benthanh").param("agencyCode", "H29.12.05").param("roles", "SPECIALIST")
                .param("active", "true").with(ADMIN).with(csrf()));
        assertThat(directory.find("chuyenvien.benthanh").orElseThrow().roles()).isEqualTo(Set.of("SPECIALIST"));
    }

    @Test
    void theLastAdministratorStaysOneAndUnknownAgenciesAreRefused() throws Exception {
        String lastAdmin = mvc.perform(post("/admin/staff/quantri").param("agencyCode", "H29").param("roles", "LEADER")
                .param("active", "true").with(ADMIN).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(lastAdmin).contains("Đây là quản trị viên cuối cùng");

        String unknown = mvc.perform(post("/admin/staff/tiepnhan.tanphu").param("agencyCode", "H99")
                .param("roles", "CLERK").param("active", "true").with(ADMIN).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        assertThat(unknown).contains("id=\"agencyCode-error\"", "Không có cơ quan mã H99.");
        assertThat(directory.find("quantri").orElseThrow().roles()).containsExactly("ADMIN");
        assertThat(directory.find("tiepnhan.tanphu").orElseThrow().agencyCode()).isEqualTo("H29.12.07");
        assertThat(mvc.perform(get("/admin/staff/nobody").with(ADMIN)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
