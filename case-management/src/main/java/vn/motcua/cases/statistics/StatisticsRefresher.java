package vn.motcua.cases.statistics;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;

/**
 * Takes the changed dossiers into the statistics summary every {@code motcua.statistics.refresh-interval}, on one node
 * at a time (a {@link PeriodicJob} under the cluster lock).
 */
@Component
@EnableConfigurationProperties(StatisticsProperties.class)
class StatisticsRefresher extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresher.class);

    private final DossierStatistics statistics;
    private final StatisticsProperties properties;

    StatisticsRefresher(DossierStatistics statistics, StatisticsProperties properties) {
        super("statistics-refresh", properties.refreshInterval(), Duration.ofMinutes(10));
        this.statistics = statistics;
        this.properties = properties;
    }

    void refresh() {
        try {
            int taken = statistics.refreshAll(properties.refreshBatch());
            if (taken > 0) {
                log.debug("Statistics took in {} changed dossiers", taken);
            }
        } catch (RuntimeException e) {
            log.error("Refreshing the statistics failed; next round in {}", properties.refreshInterval(), e);
        }
    }

    @Override
    protected void runRound() {
        refresh();
    }
}
