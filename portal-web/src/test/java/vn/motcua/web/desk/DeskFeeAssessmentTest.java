package vn.motcua.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The desk's fee page and the amount the clerk's confirmation records are the fee assessed for the dossier (copies from
 * the form, exemptions), the same as online payment charges, not the procedure version's base amount. (An exempt
 * dossier never waits for the clerk: FeeExemptions settles it at 0 đồng by itself.)
 */
class DeskFeeAssessmentTest extends PortalIntegrationTest {

    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final String VERSION = "(select v.id from procedure_version v join procedure p on p.id = v.procedure_id "
            + "where p.code = 'HCM.HKD.01' and v.version = 1)";

    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;

    @Test
    void aPerCopyFeeIsShownAndRecordedForTheCopiesAskedFor() throws Exception {
        jdbc.sql("update procedure_version set fee_per_copy = true where id = " + VERSION).update();
        jdbc.sql("update fee_rule set copies_field = 'copies' where procedure_version_id = " + VERSION).update();
        try {
            UUID id = filedAndAccepted(Map.of("copies", "3"));
            String page = mvc.perform(get("/desk/dossiers/" + id + "/fee").with(CLERK)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"fee-amount\"").contains("Lệ phí phải nộp của hồ sơ: 300.000 đồng")
                    .contains("100.000 đồng một bản × 3 bản").doesNotContain("Lệ phí phải nộp của hồ sơ: 100.000 đồng");

            mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "BL-COPY-3").with(CLERK).with(csrf()))
                    .andExpect(redirectedUrl("/desk"));
            assertThat(recordedAmount(id)).isEqualTo(300_000L);
        } finally {
            jdbc.sql("update procedure_version set fee_per_copy = false where id = " + VERSION).update();
            jdbc.sql("update fee_rule set copies_field = null where procedure_version_id = " + VERSION).update();
        }
    }

    @Test
    void theBaseFeeIsRecordedWhenNothingChangesIt() throws Exception {
        UUID id = filedAndAccepted(Map.of());
        mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "BL-BASE").with(CLERK).with(csrf()))
                .andExpect(redirectedUrl("/desk"));
        assertThat(recordedAmount(id)).isEqualTo(100_000L);
    }

    private UUID filedAndAccepted(Map<String, Object> extra) throws Exception {
        FileDossier sample = BusinessRegistrations.of("079090001234");
        Map<String, Object> form = new HashMap<>(sample.formData());
        form.putAll(extra);
        Dossier filed = dossiers.file(new FileDossier(sample.procedureCode(), sample.applicant(), sample.channel(), form));
        mvc.perform(post("/desk/dossiers/" + filed.id() + "/accept").with(CLERK).with(csrf())).andExpect(redirectedUrl("/desk"));
        return filed.id();
    }

    private long recordedAmount(UUID id) {
        return dossiers.get(id).fee().amountVnd();
    }
}
