package vn.motcua.web.operations;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import vn.motcua.lgsp.http.LgspHttpAdapter;

/**
 * The health of the portal's parts beyond the database (Boot's own): Flowable's async executor, each LGSP service's
 * circuit breaker, the time-stamping authority, the outbox and the dead letters; and the breakers' call metrics.
 * Only the liveness and readiness groups decide over a node's life and traffic; these components tell the operator
 * what is wrong (an open breaker or a backlog is not a reason to stop sending requests to this node).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsHealth {

    /** UP while the async executor acquires and runs jobs (timers, signing, notifications), DOWN when stopped. */
    @Bean
    HealthIndicator asyncExecutorHealthIndicator(ProcessEngine engine) {
        return () -> {
            var executor = engine.getProcessEngineConfiguration().getAsyncExecutor();
            boolean active = executor != null && executor.isActive();
            return (active ? Health.up() : Health.down()).withDetail("active", active).build();
        };
    }

    /** One component per LGSP service: UP while its breaker is closed, UNKNOWN half-open, DOWN open. */
    @Bean
    HealthContributor lgspHealthContributor(LgspHttpAdapter lgsp) {
        Map<String, HealthIndicator> breakers = new LinkedHashMap<>();
        for (CircuitBreaker breaker : lgsp.circuitBreakers().getAllCircuitBreakers()) {
            breakers.put(breaker.getName().substring("lgsp-".length()), () -> breakerHealth(breaker));
        }
        return CompositeHealthContributor.fromMap(breakers);
    }

    private static Health breakerHealth(CircuitBreaker breaker) {
        Health.Builder health = switch (breaker.getState()) {
            case CLOSED, DISABLED -> Health.up();
            case HALF_OPEN -> Health.unknown();
            default -> Health.down();
        };
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        return health.withDetail("state", breaker.getState().name())
                .withDetail("failureRate", metrics.getFailureRate())
                .withDetail("bufferedCalls", metrics.getNumberOfBufferedCalls())
                .withDetail("notPermittedCalls", metrics.getNumberOfNotPermittedCalls())
                .build();
    }

    /** The LGSP breakers' calls by service and outcome, with their latency ({@code resilience4j.circuitbreaker.*}). */
    @Bean
    TaggedCircuitBreakerMetrics lgspCircuitBreakerMetrics(LgspHttpAdapter lgsp) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(lgsp.circuitBreakers());
    }

    @Bean
    HealthIndicator tsaHealthIndicator(@Value("${motcua.documents.tsa-url:}") URI tsaUrl,
            OperationsProperties properties) {
        return new TsaReachability(tsaUrl, properties.tsaCheckInterval(), Clock.systemUTC());
    }

    @Bean
    HealthIndicator outboxHealthIndicator(Backlogs backlogs, OperationsProperties properties) {
        return () -> {
            Backlogs.Outbox outbox = backlogs.outbox();
            return (outbox.events() > properties.outboxBacklogLimit() ? Health.down() : Health.up())
                    .withDetail("undeliveredEvents", outbox.events())
                    .withDetail("oldestEventAgeSeconds", outbox.oldestAgeSeconds())
                    .withDetail("pendingEmails", outbox.pendingEmails())
                    .withDetail("limit", properties.outboxBacklogLimit())
                    .build();
        };
    }

    @Bean
    HealthIndicator deadLettersHealthIndicator(Backlogs backlogs, OperationsProperties properties) {
        return () -> {
            long jobs = backlogs.deadLetterJobs();
            long emails = backlogs.failedEmails();
            return (jobs + emails > properties.deadLetterLimit() ? Health.down() : Health.up())
                    .withDetail("deadLetterJobs", jobs)
                    .withDetail("failedEmails", emails)
                    .withDetail("limit", properties.deadLetterLimit())
                    .build();
        };
    }

    @Bean
    Backlogs backlogs(JdbcClient jdbc, ManagementService management) {
        return new Backlogs(jdbc, management, Clock.systemUTC());
    }
}
