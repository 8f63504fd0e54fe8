package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * Publishing a new version of a procedure changes its page and new filings, and leaves filed dossiers on the version
 * they were filed under. It changes the seed catalogue, so it runs in the lookup tests' own application context
 * (same properties), not in the one the other portal tests share.
 */
// It publishes a second version of 2.000635 (without a form): the context, and its database, close after it, so that
// later tests file the seed version.
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
@org.springframework.test.annotation.DirtiesContext
class ProcedureVersionsTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";

    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewVersionShowsOnThePageWhileADossierFiledBeforeKeepsTheOldOne() throws Exception {
        Dossier filedBefore = dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        assertThat(filedBefore.procedureVersion().version()).isEqualTo(1);

        long newVersion = jdbc.sql("""
                insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                       fee_type, fee_amount, fee_per_copy, deadline_working_days, cutoff_time, result_title, published_at)
                select procedure_id, version + 1, legal_basis || '; Thông tư sửa đổi (thử nghiệm)', receiving_agency_code,
                       process_key, fee_type, 10000, fee_per_copy, 1, time '16:00', result_title, timestamptz '2026-03-02 08:00+07'
                from procedure_version v join procedure p on p.id = v.procedure_id
                where p.code = '2.000635' and v.version = 1
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into procedure_document (procedure_version_id, position, name, originals, certified_copies, copies, required)
                values (:version, 1, 'Tờ khai yêu cầu cấp bản sao trích lục hộ tịch (mẫu mới)', 1, 0, 0, true)""")
                .param("version", newVersion).update();

        String html = mvc.perform(get("/procedures/2.000635")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Phiên bản 2, công bố ngày 02/03/2026", "10.000 đồng/bản", "1 ngày làm việc",
                "(tiếp nhận sau 16:00 thì tính từ ngày làm việc tiếp theo)", "Thông tư sửa đổi (thử nghiệm)",
                "(mẫu mới)").doesNotContain("8.000 đồng/bản");

        Dossier reread = dossiers.get(filedBefore.id());
        assertThat(reread.procedureVersion().version()).isEqualTo(1);
        assertThat(reread.procedureVersion().feeFor(1)).isEqualTo(8000);
        assertThat(reread.procedureVersion().deadlineRule().workingDays()).isZero();
        String ownPage = mvc.perform(get("/my/dossiers/" + filedBefore.id()).with(Logins.an())).andReturn().getResponse()
                .getContentAsString();
        assertThat(ownPage).contains("8.000 đồng").doesNotContain("10.000 đồng");

        Dossier filedAfter = dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
        assertThat(filedAfter.procedureVersion().version()).isEqualTo(2);
        assertThat(filedAfter.procedureVersion().feeFor(2)).isEqualTo(20000);
    }
}
