package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes' throttles over one database take from one allowance per page and address (V45, Bucket4j). */
class SharedThrottleTest extends PortalIntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void twoNodesShareOneBudgetPerPageAndAddress() {
        AddressThrottleProperties limits = new AddressThrottleProperties(3, 100, Duration.ofMinutes(10));
        AddressThrottle first = new AddressThrottle(limits, dataSource);
        AddressThrottle second = new AddressThrottle(limits, dataSource);
        String address = "10.96." + UUID.randomUUID();

        assertThat(first.allow("lookup", address)).isTrue();
        assertThat(second.allow("lookup", address)).isTrue();
        assertThat(first.allow("lookup", address)).isTrue();

        assertThat(second.allow("lookup", address)).as("the fourth request, on the other node").isFalse();
        assertThat(first.allow("lookup", address)).isFalse();
        assertThat(second.allow("verify", address)).as("another page").isTrue();
        assertThat(first.allow("lookup", address + "-other")).as("another address").isTrue();
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?").param("lookup " + address)
                .query(Long.class).single()).as("one row for the two nodes").isOne();
        assertThat(first.removeFull(100)).as("a bucket in use is not swept").isZero();
    }
}
