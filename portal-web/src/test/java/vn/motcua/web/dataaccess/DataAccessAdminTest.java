package vn.motcua.web.dataaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessLogAnchor;
import vn.motcua.cases.access.ChainHead;
import vn.motcua.cases.access.ChainVerification;
import vn.motcua.documents.DigestTimestamp;
import vn.motcua.workflow.access.AccessLogAnchoring;
import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.PersonalDataAccess;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** The administrators' search in the access log and the check of its hash chain. */
class DataAccessAdminTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired AccessLog log;
    @Autowired AccessLogAnchoring anchoring;
    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedPostgres postgres;

    private AccessLogEntry access(Instant at, String subject, String actor, String service, String purpose,
            AccessOutcome outcome) {
        return log.append(new PersonalDataAccess(at, actor, "H29.12.07", subject, service, List.of("fullName"),
                purpose, outcome, UUID.randomUUID()));
    }

    private String page(String query) throws Exception {
        String page = mvc.perform(get("/admin/data-access" + query).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Exception").doesNotContain("at vn.motcua");
        return page;
    }

    /** Posts the check, follows the redirect with its session (which holds the flash attributes) and returns the page. */
    private String verify() throws Exception {
        MvcResult posted = mvc.perform(post("/admin/data-access/verify").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/admin/data-access");
        return mvc.perform(get("/admin/data-access").with(ADMIN).cookie(posted.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theFiltersCombineAndDaysCountInVietnamsTimeZone() throws Exception {
        String purpose = "H29.12.07-260115-" + UUID.randomUUID().toString().substring(0, 4);
        // 23:30 on 14 January in Vietnam, and 00:30 on 15 January.
        AccessLogEntry late = access(Instant.parse("2026-01-14T16:30:00Z"), "079090001234", "chuyenvien.tanphu",
                "POPULATION_PROFILE", purpose, AccessOutcome.OK);
        AccessLogEntry early = access(Instant.parse("2026-01-14T17:30:00Z"), "079195005678", "chuyenvien.tanphu",
                "CIVIL_STATUS_RECORD", purpose, AccessOutcome.FAILED);

        String all = page("?purpose=" + purpose);
        assertThat(all).contains("id=\"access-" + late.seq() + "\"").contains("id=\"access-" + early.seq() + "\"")
                .contains("Ủy ban nhân dân phường Tân Phú").contains("(2 bản ghi)");

        assertThat(page("?purpose=" + purpose + "&from=2026-01-15")).contains("id=\"access-" + early.seq() + "\"")
                .doesNotContain("id=\"access-" + late.seq() + "\"");
        assertThat(page("?purpose=" + purpose + "&to=14/01/2026")).contains("id=\"access-" + late.seq() + "\"")
                .doesNotContain("id=\"access-" + early.seq() + "\"");
        assertThat(page("?purpose=" + purpose + "&outcome=FAILED&service=CIVIL_STATUS_RECORD&subject=079195005678"
                + "&actor=chuyenvien.tanphu&requestingUnit=H29.12.07"))
                .contains("id=\"access-" + early.seq() + "\"").doesNotContain("id=\"access-" + late.seq() + "\"");
        assertThat(page("?purpose=" + purpose + "&outcome=NOT_FOUND")).contains("Không có bản ghi nào khớp với bộ lọc.");
    }

    @Test
    void badFilterInputGetsAMessageNextToItsFieldNotAnError() throws Exception {
        String page = page("?from=31/02/2026&to=2026-13-01&outcome=MAYBE");

        assertThat(page).contains("id=\"error-summary\"").contains("id=\"from-error\"").contains("id=\"to-error\"")
                .contains("id=\"outcome-error\"").contains("Ngày không hợp lệ.")
                .contains("value=\"31/02/2026\"").doesNotContain("id=\"access-entries\"");
        assertThat(page("?from=2026-02-01&to=2026-01-01")).contains("id=\"to-error\"")
                .contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
    }

    @Test
    void theSearchPagesThroughLongResultsKeepingTheFilters() throws Exception {
        String purpose = "H29.12.07-260116-" + UUID.randomUUID().toString().substring(0, 4);
        Instant at = Instant.parse("2026-01-16T03:00:00Z");
        for (int i = 0; i < DataAccessAdminController.PAGE_SIZE + 1; i++) {
            access(at.plusSeconds(i), "079301005555", null, "POPULATION_VERIFY", purpose, AccessOutcome.OK);
        }

        String first = page("?purpose=" + purpose);
        String second = page("?purpose=" + purpose + "&page=1");

        assertThat(first).contains("Trang 1 / 2").contains("href=\"/admin/data-access?purpose=" + purpose + "&amp;page=1\"");
        assertThat(second).contains("Trang 2 / 2").containsOnlyOnce("<tr id=\"access-");
    }

    @Test
    void anIntactChainIsReportedWithTheNumberOfRowsChecked() throws Exception {
        access(Instant.now(), "079090001234", null, "POPULATION_PROFILE", "prefill:2.000635", AccessOutcome.OK);

        String page = verify();

        assertThat(page).contains("id=\"chain-verdict\"").contains("Nhật ký toàn vẹn: đã kiểm tra");
    }

    @Test
    void anEntryEditedBehindTheApplicationsBackIsNamedByItsSequenceNumber() throws Exception {
        AccessLogEntry victim = access(Instant.now(), "079090001234", "chuyenvien.tanphu", "POPULATION_PROFILE",
                "H29.12.07-260117-0001", AccessOutcome.OK);
        access(Instant.now(), "079195005678", null, "POPULATION_PROFILE", "H29.12.07-260117-0002", AccessOutcome.OK);
        try {
            rewritePurpose(victim.seq(), "H29.12.07-260117-9999");

            String page = verify();

            assertThat(page).contains("chuỗi băm đứt tại bản ghi số " + victim.seq() + " ")
                    .contains("id=\"chain-breach\"").contains("bản ghi đã bị sửa.");
        } finally {
            // Put the entry back, so that the chain the other tests of this context share is intact again.
            rewritePurpose(victim.seq(), victim.purpose());
        }
        assertThat(verify()).contains("Nhật ký toàn vẹn");
    }

    /**
     * What someone with the database owner's rights could do (the application's role cannot): switch the guard off,
     * edit, switch it on.
     */
    private void rewritePurpose(long seq, String purpose) {
        assertThat(asOwner("alter table personal_data_access disable trigger personal_data_access_append_only;"
                + " update personal_data_access set purpose = '" + purpose + "' where seq = " + seq + ";"
                + " alter table personal_data_access enable trigger personal_data_access_append_only")).isEqualTo(1);
    }

    /** Runs the statements in one transaction as the database's owner; returns the rows the last DML changed. */
    private int asOwner(String statements) {
        JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
        return owner.execute((java.sql.Connection connection) -> {
            connection.setAutoCommit(false);
            int changed = 0;
            try (java.sql.Statement sql = connection.createStatement()) {
                for (String statement : statements.split(";")) {
                    int count = sql.executeUpdate(statement.strip());
                    changed = count > 0 ? count : changed;
                }
            }
            connection.commit();
            return changed;
        });
    }

    @Test
    void theApplicationsRoleMayNotEditAndTheGuardStopsEvenTheOwner() {
        AccessLogEntry entry = access(Instant.now(), "079090001234", null, "POPULATION_PROFILE", "guard-check",
                AccessOutcome.OK);

        assertThatThrownBy(() -> jdbc
                        .sql("update personal_data_access set purpose = 'x' where seq = ?").param(entry.seq()).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asOwner("update personal_data_access set purpose = 'x' where seq = " + entry.seq()))
                .hasMessageContaining("append-only");
    }

    @Test
    void theAnchoredHeadShowsTheNewestEntryDeletedByTheOwner() throws Exception {
        access(Instant.now(), "079090001234", "chuyenvien.tanphu", "POPULATION_PROFILE", "H29.12.07-260118-0001",
                AccessOutcome.OK);
        AccessLogEntry newest = access(Instant.now(), "079195005678", null, "POPULATION_VERIFY",
                "H29.12.07-260118-0002", AccessOutcome.OK);

        AccessLogAnchor anchor = anchoring.anchorNow().orElseThrow();

        // the time-stamping authority stamped the head's hash itself
        assertThat(anchor.head()).isEqualTo(new ChainHead(newest.seq(), newest.hash()));
        DigestTimestamp stamp = DigestTimestamp.of(anchor.token());
        assertThat(HexFormat.of().formatHex(stamp.imprint())).isEqualTo(newest.hash());
        assertThat(stamp.stampedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(anchoring.anchorNow()).as("a head anchored already is not stamped again")
                .map(AccessLogAnchor::id).contains(anchor.id());
        assertThat(verify()).contains("Nhật ký toàn vẹn");

        // the owner deletes the newest entry: the chain before it is intact, the anchor names the entry gone
        asOwner("create table personal_data_access_saved as select * from personal_data_access where seq = "
                + newest.seq() + "; alter table personal_data_access disable trigger user;"
                + " delete from personal_data_access where seq = " + newest.seq() + ";"
                + " alter table personal_data_access enable trigger user");
        try {
            assertThat(log.verify()).isEqualTo(new ChainVerification(false, newest.seq() - 1, newest.seq(),
                    ChainVerification.Breach.TRUNCATED));
            assertThat(verify()).contains("chuỗi băm đứt tại bản ghi số " + newest.seq() + " ")
                    .contains("không còn trong nhật ký: các bản ghi mới nhất đã bị xóa.");
        } finally {
            // Put the entry back, so that the chain the other tests of this context share is intact again.
            asOwner("insert into personal_data_access select * from personal_data_access_saved;"
                    + " drop table personal_data_access_saved");
        }
        assertThat(verify()).contains("Nhật ký toàn vẹn");
    }
}
