package vn.motcua.web.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds and caches of the operator's view ({@code motcua.operations.*}).
 *
 * @param outboxBacklogLimit  the outbox health is DOWN above this many undelivered events
 * @param deadLetterLimit     the dead-letter health is DOWN above this many dead jobs and given-up e-mails
 * @param tsaCheckInterval    how long the time-stamping authority's reachability is remembered
 * @param figuresCache        how long the business figures read from the database are served to scrapes
 */
@ConfigurationProperties("motcua.operations")
public record OperationsProperties(@DefaultValue("1000") int outboxBacklogLimit, @DefaultValue("10") int deadLetterLimit,
        @DefaultValue("1m") Duration tsaCheckInterval, @DefaultValue("15s") Duration figuresCache) {
}
