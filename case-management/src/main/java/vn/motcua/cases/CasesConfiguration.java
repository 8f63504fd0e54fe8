package vn.motcua.cases;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by the case-management features. */
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
}
