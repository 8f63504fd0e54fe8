package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

class AccessRulesTest extends PortalIntegrationTest {

    @Autowired
    Dossiers dossiers;

    private UUID ansDossier;

    @BeforeEach
    void fileADossierForAn() {
        ansDossier = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male")).id();
    }

    @Test
    void aCitizenSeesTheirOwnDossierAndGets404ForSomeoneElses() throws Exception {
        mvc.perform(get("/my/dossiers/" + ansDossier).with(Logins.an())).andExpect(status().isOk());
        mvc.perform(get("/my/dossiers/" + ansDossier).with(Logins.bich())).andExpect(status().isNotFound());
        mvc.perform(get("/my/dossiers/" + ansDossier + "/result").with(Logins.bich())).andExpect(status().isNotFound());
        mvc.perform(get("/my/dossiers/" + UUID.randomUUID()).with(Logins.an())).andExpect(status().isNotFound());
    }

    @Test
    void staffSeeOnlyDossiersOfTheirAgency() throws Exception {
        mvc.perform(get("/desk/dossiers/" + ansDossier).with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK")))
                .andExpect(status().isOk());
        mvc.perform(get("/desk/dossiers/" + ansDossier).with(Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/desk/dossiers/" + ansDossier + "/accept").with(csrf())
                .with(Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK"))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/dossiers/" + ansDossier).with(Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER")))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(ansDossier).status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void rolesAreKeptApart() throws Exception {
        mvc.perform(get("/desk").with(Logins.an())).andExpect(status().isForbidden());
        mvc.perform(get("/inbox").with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))).andExpect(status().isForbidden());
        mvc.perform(get("/my/dossiers").with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/dossiers/" + ansDossier + "/approve").with(csrf())
                .with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK"))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheEidLoginAndUnknownRoutesAreDenied() throws Exception {
        mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/oauth2/authorization/eid")));
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(Logins.an())).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }
}
