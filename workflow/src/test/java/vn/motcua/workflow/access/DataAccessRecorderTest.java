package vn.motcua.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.lgsp.DataAccessed;

@SpringBootTest
class DataAccessRecorderTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired AccessLog log;
    @Autowired TransactionTemplate transactions;

    @Test
    void everyCallTheConnectorReportsIsLoggedEvenWhenTheCallersTransactionRollsBack() {
        String subject = "0792" + String.format("%08d", System.nanoTime() % 100_000_000);
        UUID requestId = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DataAccessed(requestId, "population.profile", "H29.12.05", "tiepnhan.benthanh",
                    "H29.12.05-261126-0001", subject, List.of("fullName", "birthDate"), Instant.now(),
                    DataAccessed.Outcome.NOT_FOUND));
            throw new IllegalStateException("the filing fails afterwards");
        })).isInstanceOf(IllegalStateException.class);

        List<AccessLogEntry> entries = log.forSubject(subject, PageRequest.of(0, 5)).getContent();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.requestId()).isEqualTo(requestId);
            assertThat(entry.serviceCode()).isEqualTo("population.profile");
            assertThat(entry.actor()).isEqualTo("tiepnhan.benthanh");
            assertThat(entry.purpose()).isEqualTo("H29.12.05-261126-0001");
            assertThat(entry.fields()).containsExactly("fullName", "birthDate");
            assertThat(entry.outcome()).isEqualTo(AccessOutcome.NOT_FOUND);
        });
        assertThat(log.verify().valid()).isTrue();
    }
}
