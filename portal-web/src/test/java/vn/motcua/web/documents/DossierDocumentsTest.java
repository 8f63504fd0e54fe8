package vn.motcua.web.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.security.ApiTokens;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

class DossierDocumentsTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;

    @Test
    void theOwnerAndTheAgencySeeAndDownloadTheReceiptSlipAndNobodyElseDoes() throws Exception {
        Dossier dossier = dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        desk.accept(dossier.id(), SampleDossiers.CLERK);
        StoredFile slip = SampleDossiers.awaitSlip(files, dossier.id());
        String ownPath = "/my/dossiers/" + dossier.id() + "/documents/" + slip.id();

        String page = mvc.perform(get("/my/dossiers/" + dossier.id()).with(Logins.an())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả").contains("href=\"" + ownPath + "\"");

        MockHttpServletResponse download = mvc.perform(get(ownPath).with(Logins.an())).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-SHA256")).isEqualTo(slip.sha256());
        byte[] pdf = download.getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(dossier.code());
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(pdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        }

        assertThat(status(get(ownPath).with(Logins.bich()))).isEqualTo(404);
        assertThat(status(get("/my/dossiers/" + dossier.id() + "/documents/" + UUID.randomUUID()).with(Logins.an())))
                .isEqualTo(404);
        Dossier other = dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        assertThat(status(get("/my/dossiers/" + other.id() + "/documents/" + slip.id()).with(Logins.an())))
                .as("a document of another dossier").isEqualTo(404);

        String deskPath = "/desk/dossiers/" + dossier.id() + "/documents/" + slip.id();
        assertThat(status(get(deskPath).with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK")))).isEqualTo(200);
        assertThat(status(get(deskPath).with(Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK")))).isEqualTo(404);
        String inboxPage = mvc.perform(get("/inbox/dossiers/" + dossier.id())
                .with(Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER"))).andReturn().getResponse().getContentAsString();
        assertThat(inboxPage).contains("href=\"/inbox/dossiers/" + dossier.id() + "/documents/" + slip.id() + "\"");

        String listed = mvc.perform(get("/api/v1/dossiers/" + dossier.id() + "/documents").with(apiToken(AN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("\"id\":\"" + slip.id() + "\"").contains("\"kind\":\"SLIP\"")
                .contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor apiToken(String subject) {
        return jwt().jwt(builder -> builder.subject(subject).claim("account_type", "citizen").claim("acr", "eid-high")
                        .claim("name", "Nguyễn Văn An").claim("birthdate", "1990-05-12").claim("gender", "male")
                        .claim("scope", "openid dossiers.read dossiers.write"))
                .authorities(t -> new ArrayList<GrantedAuthority>(new ApiTokens(staff -> java.util.Set.of()).convert(t).getAuthorities()));
    }
}
