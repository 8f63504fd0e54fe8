package vn.motcua.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.motcua.cases.access.ChainVerification.Breach;

@SpringBootTest
class AccessLogTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00.123456789Z");

    @Autowired AccessLog log;
    @Autowired AccessLogAnchors anchors;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EmbeddedPostgres postgres;

    /**
     * The application connects as a role that may only add and read entries; the tests tamper with the log as its
     * owner, the database's superuser, who may switch the append-only triggers off.
     */
    @BeforeEach
    void emptyTheLog() {
        asOwnerWithoutTriggers("delete from personal_data_access", "delete from personal_data_access_anchor");
    }

    private void asOwnerWithoutTriggers(String... statements) {
        JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
        owner.execute("begin; alter table personal_data_access disable trigger user;"
                + " alter table personal_data_access_anchor disable trigger user; "
                + String.join("; ", statements)
                + "; alter table personal_data_access enable trigger user;"
                + " alter table personal_data_access_anchor enable trigger user; commit");
    }

    private static PersonalDataAccess access(int minute, String actor, String unit, String subject, String service,
            String purpose, AccessOutcome outcome) {
        return new PersonalDataAccess(T0.plusSeconds(60L * minute), actor, unit, subject, service,
                List.of("fullName", "birthDate", "permanentAddress"), purpose, outcome, UUID.randomUUID());
    }

    private static PersonalDataAccess access(int minute) {
        return access(minute, "tiepnhan.benthanh", "H29.12.05", "079090001234", "population.profile",
                "H29.12.05-261120-0001", AccessOutcome.OK);
    }

    private void appendTen() {
        for (int i = 0; i < 10; i++) {
            log.append(access(i));
        }
    }

    @Test
    void appendsFormAValidChainLinkedByHashes() {
        AccessLogEntry first = log.append(access(0));
        AccessLogEntry second = log.append(access(1, null, "H29.12.05", "079090001234", "population.profile",
                "H29.12.05-261120-0001", AccessOutcome.NOT_FOUND));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0".repeat(64));
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).matches("[0-9a-f]{64}").isNotEqualTo(first.hash());
        assertThat(log.verify()).isEqualTo(new ChainVerification(true, 2, null, null));

        AccessLogEntry stored = log.forSubject("079090001234", PageRequest.of(0, 10)).getContent().get(1);
        assertThat(stored).isEqualTo(first);
        assertThat(stored.at()).isEqualTo(Instant.parse("2026-11-20T02:00:00.123456Z"));
    }

    @Test
    void parallelAppendsStillBuildOneValidChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int t = thread;
                tasks.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        log.append(access(t * 25 + i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(log.verify()).isEqualTo(new ChainVerification(true, 200, null, null));
        assertThat(jdbc.sql("select max(seq) from personal_data_access").query(Long.class).single()).isEqualTo(200);
    }

    @Test
    void anEntryEditedBehindTheApplicationsBackIsNamed() {
        appendTen();
        asOwnerWithoutTriggers("update personal_data_access set purpose = 'H29.12.05-261120-0099' where seq = 6");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 6, 6L, Breach.CONTENT_ALTERED));
    }

    @Test
    void anEntryEditedTogetherWithItsHashBreaksTheLinkOfTheNext() {
        appendTen();
        AccessLogEntry fourth = log.search(AccessSearch.all(), PageRequest.of(0, 10)).getContent().get(6);
        String forged = EntryHashes.hash(fourth.seq(), fourth.at(), "ke.gian", fourth.requestingUnit(), fourth.subject(),
                fourth.serviceCode(), fourth.fields(), fourth.purpose(), fourth.outcome(), fourth.requestId(),
                fourth.previousHash());
        asOwnerWithoutTriggers("update personal_data_access set actor = 'ke.gian', hash = '" + forged + "' where seq = 4");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 5, 5L, Breach.LINK_BROKEN));
    }

    @Test
    void aDeletedEntryIsNamedByTheEntryAfterTheGap() {
        appendTen();
        asOwnerWithoutTriggers("delete from personal_data_access where seq = 5");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 5, 6L, Breach.ROW_MISSING));
    }

    @Test
    void theApplicationMayNeitherChangeNorRemoveEntriesAndTheOwnerIsStoppedByTheTriggers() {
        appendTen();
        for (String change : List.of("update personal_data_access set purpose = 'x' where seq = 1",
                "delete from personal_data_access where seq = 10", "truncate personal_data_access",
                "alter table personal_data_access disable trigger user")) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThatThrownBy(() -> owner.update("update personal_data_access set purpose = 'x' where seq = 1"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> owner.update("delete from personal_data_access where seq = 1"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> owner.execute("truncate personal_data_access"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: TRUNCATE is not allowed");
        assertThat(log.verify()).isEqualTo(new ChainVerification(true, 10, null, null));
    }

    @Test
    void theApplicationRefusesToStartWithARoleThatCouldRewriteTheLog(@Autowired DataSource application) {
        new AccessLogPrivileges(application).afterSingletonsInstantiated();

        assertThatThrownBy(() -> new AccessLogPrivileges(postgres.getPostgresDatabase()).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The database role postgres the application connects with may change or remove"
                        + " entries of the personal-data access log (personal_data_access, personal_data_access_anchor)")
                .hasMessageContaining("Database roles");
    }

    @Test
    void anAnchorShowsTheNewestEntriesDeleted() {
        appendTen();
        anchor();
        assertThat(log.verify()).isEqualTo(new ChainVerification(true, 10, null, null));

        asOwnerWithoutTriggers("delete from personal_data_access where seq = 10");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 9, 10L, Breach.TRUNCATED));
    }

    @Test
    void anAnchorShowsAChainRewrittenWithRecomputedHashes() {
        appendTen();
        anchor();
        log.append(access(10));
        // an insider removes entry 8 and recomputes the chain from there: the chain itself is valid again
        List<AccessLogEntry> kept = new ArrayList<>(log.search(AccessSearch.all(), PageRequest.of(0, 20)).getContent());
        kept.removeIf(entry -> entry.seq() == 8);
        Collections.reverse(kept);
        List<String> rewrite = new ArrayList<>(List.of("delete from personal_data_access where seq >= 8"));
        String previous = kept.get(6).hash();
        for (int i = 7; i < kept.size(); i++) {
            AccessLogEntry e = kept.get(i);
            long seq = i + 1;
            String hash = EntryHashes.hash(seq, e.at(), e.actor(), e.requestingUnit(), e.subject(), e.serviceCode(),
                    e.fields(), e.purpose(), e.outcome(), e.requestId(), previous);
            rewrite.add("insert into personal_data_access select " + seq + ", accessed_at, actor, requesting_unit,"
                    + " subject, service_code, fields, purpose, outcome, request_id, '" + previous + "', '" + hash
                    + "' from (select * from personal_data_access_copy where seq = " + e.seq() + ") c");
            previous = hash;
        }
        List<String> statements = new ArrayList<>();
        statements.add("create temporary table personal_data_access_copy as select * from personal_data_access");
        statements.addAll(rewrite);
        asOwnerWithoutTriggers(statements.toArray(String[]::new));
        assertThat(jdbc.sql("select max(seq) from personal_data_access").query(Long.class).single()).isEqualTo(10);

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 10, 10L, Breach.REWRITTEN));
    }

    private AccessLogAnchor anchor() {
        ChainHead head = log.head().orElseThrow();
        return anchors.add(head, T0, new byte[] {1, 2, 3});
    }

    @Test
    void anchorsAreKeptAppendOnly() {
        log.append(access(0));
        AccessLogAnchor anchor = anchor();
        assertThat(anchor.head()).isEqualTo(new ChainHead(1, log.head().orElseThrow().hash()));
        assertThat(anchors.latest()).get().satisfies(latest -> {
            assertThat(latest.head()).isEqualTo(anchor.head());
            assertThat(latest.token()).containsExactly(1, 2, 3);
            assertThat(latest.stampedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00.123456Z"));
        });
        assertThatThrownBy(() -> jdbc.sql("delete from personal_data_access_anchor").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(anchors.latest()).isPresent();
    }

    @Test
    void theEntryStaysWhenTheCallersTransactionRollsBack() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            log.append(access(0));
            throw new IllegalStateException("the caller fails afterwards");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log.search(AccessSearch.all(), PageRequest.of(0, 10)).getTotalElements()).isOne();
    }

    @Test
    void theSearchCombinesItsFiltersAndListsNewestFirst() {
        log.append(access(0, "tiepnhan.benthanh", "H29.12.05", "079090001234", "population.profile", "D-1", AccessOutcome.OK));
        log.append(access(1, null, "H29.12.05", "079090001234", "population.verify", "D-1", AccessOutcome.OK));
        log.append(access(2, "tiepnhan.tanphu", "H29.12.07", "079195005678", "population.profile", "D-2", AccessOutcome.NOT_FOUND));
        log.append(access(3, "tiepnhan.benthanh", "H29.12.05", "0312345678", "business.lookup", "D-3", AccessOutcome.FAILED));
        log.append(access(4, "tiepnhan.benthanh", "H29.12.05", "079090001234", "population.profile", "D-4", AccessOutcome.OK));

        assertThat(purposes(log.forSubject("079090001234", PageRequest.of(0, 10)))).containsExactly("D-4", "D-1", "D-1");
        Page<AccessLogEntry> firstPage = log.forSubject("079090001234", PageRequest.of(0, 2));
        assertThat(purposes(firstPage)).containsExactly("D-4", "D-1");
        assertThat(firstPage.getTotalElements()).isEqualTo(3);
        assertThat(purposes(log.forSubject("079090001234", PageRequest.of(1, 2)))).containsExactly("D-1");

        assertThat(purposes(search(new AccessSearch(null, "H29.12.07", null, null, null, null, null, null)))).containsExactly("D-2");
        assertThat(purposes(search(new AccessSearch(null, null, "tiepnhan.benthanh", null, null, null, null, null))))
                .containsExactly("D-4", "D-3", "D-1");
        assertThat(purposes(search(new AccessSearch(null, null, null, "D-1", null, null, null, null)))).hasSize(2);
        assertThat(purposes(search(new AccessSearch(null, null, null, null, "population.verify", null, null, null))))
                .containsExactly("D-1");
        assertThat(purposes(search(new AccessSearch(null, null, null, null, null, AccessOutcome.FAILED, null, null))))
                .containsExactly("D-3");
        assertThat(purposes(search(new AccessSearch(null, null, null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(180)))))
                .containsExactly("D-2", "D-1");
        assertThat(purposes(search(new AccessSearch("079090001234", "H29.12.05", "tiepnhan.benthanh", null,
                "population.profile", AccessOutcome.OK, T0, T0.plusSeconds(3600))))).containsExactly("D-4", "D-1");
        assertThat(purposes(search(new AccessSearch("000000000000", null, null, null, null, null, null, null)))).isEmpty();
    }

    private Page<AccessLogEntry> search(AccessSearch filters) {
        return log.search(filters, PageRequest.of(0, 20));
    }

    private static List<String> purposes(Page<AccessLogEntry> page) {
        return page.getContent().stream().map(AccessLogEntry::purpose).toList();
    }
}
