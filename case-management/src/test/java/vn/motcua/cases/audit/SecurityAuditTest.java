package vn.motcua.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.audit.SecurityEvent.Kind;

@SpringBootTest
class SecurityAuditTest {

    @Autowired SecurityAudit audit;
    @Autowired TransactionTemplate transactions;

    @Test
    void eventsAreKeptNewestFirstAndSurviveTheRollbackOfTheRequestsWork() {
        String principal = "audit-" + System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        audit.record(new SecurityEvent(at, Kind.LOGIN_SUCCESS, principal, "127.0.0.1", "GET", "/login/oauth2/code/eid",
                null));
        transactions.executeWithoutResult(status -> {
            audit.record(new SecurityEvent(at.plusSeconds(1), Kind.OBJECT_REFUSED, principal, "127.0.0.1", "GET",
                    "/my/dossiers/x".repeat(60), null));
            status.setRollbackOnly();
        });

        assertThat(audit.latest(principal, 10)).extracting(SecurityEvent::kind)
                .containsExactly(Kind.OBJECT_REFUSED, Kind.LOGIN_SUCCESS);
        assertThat(audit.latest(principal, 10).get(0).path()).hasSize(500);
        assertThat(audit.latest(principal, 10).get(1).at()).isEqualTo(at);
        assertThat(audit.latest(null, 1)).hasSize(1);
    }
}
