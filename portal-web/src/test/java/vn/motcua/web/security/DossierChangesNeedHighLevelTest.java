package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.web.desk.BusinessRegistrations;
import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/**
 * A citizen with the basic e-ID level (a child's account) follows their dossiers but changes none of them, on the pages
 * and through the API, exactly as they cannot file: answering a supplement request, withdrawing, paying and evaluating
 * are refused with the step-up message, and the dossier stays as it was.
 */
class DossierChangesNeedHighLevelTest extends PortalIntegrationTest {

    private static final String HUY = "079215000456";
    private static final byte[] PDF = "%PDF-1.4\n%supplement\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Evaluations evaluations;
    @Autowired JdbcClient jdbc;
    @Autowired SecurityAudit audit;

    private HttpBrowser huy;

    @Test
    void theBasicLevelOwnerFollowsButAnswersNoSupplementRequest() throws Exception {
        UUID id = filed();
        desk.requestSupplement(id, SampleDossiers.CLERK, "Thiếu văn bản ủy quyền", List.of("Văn bản ủy quyền"));
        Supplier<Object> status = () -> dossiers.get(id).status();

        assertThat(mvc.perform(get("/my/dossiers/" + id).with(Logins.huy())).andReturn().getResponse().getStatus())
                .as("reading and following needs no more than the basic level").isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/dossiers/" + id).with(basicLevelToken())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        refusedOnThePage(id, "/supplement", Map.of("note", "Bổ sung"), status);
        refusedByTheApi(multipart("/api/v1/dossiers/" + id + "/supplement")
                .file(new MockMultipartFile("files", "uy-quyen.pdf", "application/pdf", PDF)), status);
    }

    @Test
    void theBasicLevelOwnerDoesNotWithdraw() throws Exception {
        UUID id = filed();
        Supplier<Object> status = () -> dossiers.get(id).status();

        refusedOnThePage(id, "/withdrawal", Map.of("confirm", "yes"), status);
        refusedByTheApi(post("/api/v1/dossiers/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Nộp nhầm\"}"), status);
    }

    @Test
    void theBasicLevelOwnerDoesNotPay() throws Exception {
        UUID id = dossiers.file(BusinessRegistrations.of(HUY)).id();
        desk.accept(id, SampleDossiers.CLERK);
        Supplier<Object> payments = () -> jdbc.sql("select count(*) from payment where dossier_id = :id").param("id", id)
                .query(Long.class).single();

        refusedOnThePage(id, "/payment", Map.of(), payments);
    }

    @Test
    void theBasicLevelOwnerNeitherEvaluatesNorReceivesTheResult() throws Exception {
        UUID id = filed();
        desk.accept(id, SampleDossiers.CLERK);
        desk.review(id, SampleDossiers.SPECIALIST);
        dossiers.completeWithResult(id, SampleDossiers.LEADER.username());
        Supplier<Object> evaluated = () -> evaluations.of(id).isPresent();
        Supplier<Object> status = () -> dossiers.get(id).status();

        refusedOnThePage(id, "/evaluation", Map.of("rating", "5"), evaluated);
        refusedByTheApi(post("/api/v1/dossiers/" + id + "/evaluation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 4}"), evaluated);
        refusedOnThePage(id, "/result/receipt", Map.of(), status);
        refusedByTheApi(post("/api/v1/dossiers/" + id + "/result/receipt"), status);
    }

    private UUID filed() {
        return dossiers.file(SampleDossiers.ownBirthExtract(HUY, "Phạm Gia Huy", LocalDate.of(2015, 6, 1), "male")).id();
    }

    /** Posts the form of the dossier page (with its CSRF token) as Huy, logged in through the e-ID provider. */
    private void refusedOnThePage(UUID id, String action, Map<String, String> fields, Supplier<Object> state) {
        if (huy == null) {
            huy = new HttpBrowser();
            huy.login(portalUrl(""), HUY);
        }
        Object before = state.get();
        HttpResponse<String> response = huy.submit(portalUrl("/my/dossiers/" + id),
                portalUrl("/my/dossiers/" + id + action), fields);

        assertThat(response.statusCode()).as(action).isEqualTo(403);
        assertThat(response.body()).contains("Tài khoản định danh điện tử của bạn ở mức 1", "cần tài khoản mức 2",
                "vẫn có thể xem và theo dõi hồ sơ", "VNeID");
        assertThat(state.get()).as("nothing changed").isEqualTo(before);
        assertThat(audit.latest(HUY, 1)).extracting(SecurityEvent::detail)
                .containsExactly("assurance level too low to change a dossier");
    }

    private void refusedByTheApi(AbstractMockHttpServletRequestBuilder<?> request, Supplier<Object> state) throws Exception {
        Object before = state.get();
        MockHttpServletResponse response = mvc.perform(request.with(basicLevelToken())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(state.get()).as("nothing changed").isEqualTo(before);
    }

    private static RequestPostProcessor basicLevelToken() {
        return jwt().jwt(token -> token.subject(HUY).claim("account_type", "citizen").claim("acr", "eid-basic")
                        .claim("scope", "openid dossiers.read dossiers.write"))
                .authorities(token -> new ArrayList<GrantedAuthority>(new ApiTokens(staff -> Set.of()).convert(token)
                        .getAuthorities()));
    }
}
