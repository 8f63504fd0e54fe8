package vn.motcua.web.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.DisplayDates;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The public lookup answers a dossier's code and the last four digits of its owner's identity number with its progress
 * and nothing personal, answers any other pair the same way, and limits each client address to 3 lookups a minute
 * here. Each test asks from its own address, so that the limit of one does not touch the others.
 */
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class LookupTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired SecurityAudit audit;
    @Autowired DisplayDates dates;

    private Dossier filed() {
        return dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
    }

    private MockHttpServletResponse lookup(String address, String code, String lastFour) throws Exception {
        return mvc.perform(get("/lookup").param("code", code).param("lastFour", lastFour).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn().getResponse();
    }

    @Test
    void theRightPairShowsTheProgressAndNothingPersonal() throws Exception {
        Dossier dossier = filed();
        MockHttpServletResponse submitted = lookup("10.1.0.1", dossier.code(), "1234");
        assertThat(submitted.getStatus()).isEqualTo(200);
        String html = submitted.getContentAsString();
        assertThat(html).contains("id=\"lookup-result\"", "Hồ sơ " + dossier.code(), "Cấp bản sao trích lục hộ tịch",
                "Mới tiếp nhận trực tuyến, chờ tiếp nhận", "Ủy ban nhân dân phường Bến Thành", "Chưa có");
        assertThat(html).doesNotContain("Nguyễn Văn An", OWNER, "0901234567", "id=\"lookup-not-found\"");

        desk.accept(dossier.id(), SampleDossiers.CLERK);
        Dossier accepted = dossiers.get(dossier.id());
        // Accepted and handed to the specialist at once: status 4.
        // Codes are shown as typed, in any case and with spaces around.
        String after = lookup("10.1.0.1", " " + dossier.code().toLowerCase() + " ", "1234").getContentAsString();
        assertThat(after).contains("id=\"lookup-status\">Đang xử lý</dd>",
                "id=\"lookup-received\">" + dates.dateTime(accepted.acceptedAt()),
                "id=\"lookup-due\">" + dates.dateTime(accepted.dueAt()));
    }

    @Test
    void aWrongLastFourAndAnUnknownCodeGetTheSameAnswer() throws Exception {
        Dossier dossier = filed();
        String unknownCode = "H29.12.05-010101-9999";
        MockHttpServletResponse wrongDigits = lookup("10.2.0.1", dossier.code(), "4321");
        MockHttpServletResponse unknown = lookup("10.2.0.1", unknownCode, "1234");
        assertThat(wrongDigits.getStatus()).isEqualTo(200);
        assertThat(unknown.getStatus()).isEqualTo(200);
        assertThat(wrongDigits.getContentAsString()).contains("id=\"lookup-not-found\"").doesNotContain("id=\"lookup-result\"");
        assertThat(wrongDigits.getContentAsString().replace(dossier.code(), "CODE").replace("4321", "DIGITS"))
                .isEqualTo(unknown.getContentAsString().replace(unknownCode, "CODE").replace("1234", "DIGITS"));

        assertThat(audit.latest(null, 50)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.OBJECT_REFUSED);
            assertThat(event.detail()).isEqualTo("lookup " + dossier.code());
            assertThat(event.address()).isEqualTo("10.2.0.1");
            assertThat(event.path()).isEqualTo("/lookup");
        });
    }

    @Test
    void aMalformedFormIsExplainedAndNotLookedUp() throws Exception {
        String html = lookup("10.3.0.1", "abc", "12").getContentAsString();
        assertThat(html).contains("id=\"error-summary\"", "href=\"#code\"", "href=\"#lastFour\"",
                "Mã hồ sơ không đúng dạng", "Vui lòng nhập đúng 4 chữ số cuối").doesNotContain("id=\"lookup-not-found\"");
        assertThat(mvc.perform(get("/lookup")).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"error-summary\"", "id=\"lookup-not-found\"").contains("<label for=\"code\"");
        assertThat(audit.latest(null, 50)).noneMatch(event -> "10.3.0.1".equals(event.address()));
    }

    @Test
    void anAddressOverTheLimitGets429UntilTheMinuteIsOverWhileOthersStillGetAnswers() throws Exception {
        Dossier dossier = filed();
        for (int i = 0; i < 3; i++) {
            assertThat(lookup("10.4.0.1", dossier.code(), i == 0 ? "1234" : "0000").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = lookup("10.4.0.1", dossier.code(), "1234");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("Bạn đã tra cứu quá 3 lần trong một phút",
                "vui lòng đợi một phút rồi tra cứu lại").doesNotContain("id=\"lookup-result\"");

        assertThat(lookup("10.4.0.2", dossier.code(), "1234").getContentAsString()).contains("id=\"lookup-result\"");
        assertThat(audit.latest(null, 50)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.RATE_LIMITED);
            assertThat(event.address()).isEqualTo("10.4.0.1");
        }).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.PUBLIC_LOOKUP);
            assertThat(event.detail()).isEqualTo("found " + dossier.code());
            assertThat(event.address()).isEqualTo("10.4.0.2");
        });
    }
}
