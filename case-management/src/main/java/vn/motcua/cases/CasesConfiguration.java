package vn.motcua.cases;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.Utils;

/** Beans shared by the case-management features, and the scheduler and cluster lock of every {@link PeriodicJob}. */
@Configuration(proxyBeanMethods = false)
public class CasesConfiguration {

    /** The time source of every transition; tests replace it with a fixed clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // PostgreSQL keeps microseconds: a clock that ticks in microseconds makes every instant an event carries equal
        // to the one read back from the database (deduplication keys derived from times rely on it).
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** The periodic jobs' scheduler. */
    @Bean
    JobScheduler periodicJobScheduler() {
        return new JobScheduler();
    }

    /**
     * ShedLock over the {@code shedlock} table (V44), with the database's clock rather than each node's. A lock names
     * its holder by host and process.
     */
    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor periodicJobLocks(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(Utils.getHostname() + "/" + ProcessHandle.current().pid())
                .usingDbTime()
                .build()));
    }
}
