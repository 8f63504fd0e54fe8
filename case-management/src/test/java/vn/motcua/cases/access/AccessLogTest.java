package vn.motcua.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.access.ChainVerification.Breach;

@SpringBootTest
class AccessLogTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00.123456789Z");

    @Autowired AccessLog log;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    /** The test connects as the database's superuser, who may switch the append-only triggers off. */
    @BeforeEach
    void emptyTheLog() {
        asSuperuserWithoutTriggers("delete from personal_data_access");
    }

    private void asSuperuserWithoutTriggers(String sql) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("alter table personal_data_access disable trigger user").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table personal_data_access enable trigger user").update();
        });
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
        asSuperuserWithoutTriggers("update personal_data_access set purpose = 'H29.12.05-261120-0099' where seq = 6");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 6, 6L, Breach.CONTENT_ALTERED));
    }

    @Test
    void anEntryEditedTogetherWithItsHashBreaksTheLinkOfTheNext() {
        appendTen();
        AccessLogEntry fourth = log.search(AccessSearch.all(), PageRequest.of(0, 10)).getContent().get(6);
        String forged = EntryHashes.hash(fourth.seq(), fourth.at(), "ke.gian", fourth.requestingUnit(), fourth.subject(),
                fourth.serviceCode(), fourth.fields(), fourth.purpose(), fourth.outcome(), fourth.requestId(),
                fourth.previousHash());
        asSuperuserWithoutTriggers("update personal_data_access set actor = 'ke.gian', hash = '" + forged + "' where seq = 4");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 5, 5L, Breach.LINK_BROKEN));
    }

    @Test
    void aDeletedEntryIsNamedByTheEntryAfterTheGap() {
        appendTen();
        asSuperuserWithoutTriggers("delete from personal_data_access where seq = 5");

        assertThat(log.verify()).isEqualTo(new ChainVerification(false, 5, 6L, Breach.ROW_MISSING));
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateEntries() {
        appendTen();
        assertThatThrownBy(() -> jdbc.sql("update personal_data_access set purpose = 'x' where seq = 1").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("delete from personal_data_access where seq = 1").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: DELETE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("truncate personal_data_access").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("personal_data_access is append-only: TRUNCATE is not allowed");
        assertThat(log.verify()).isEqualTo(new ChainVerification(true, 10, null, null));
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
