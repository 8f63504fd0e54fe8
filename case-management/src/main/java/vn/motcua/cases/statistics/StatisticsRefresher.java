package vn.motcua.cases.statistics;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;

/**
 * Takes the changed dossiers into the statistics summary every {@code motcua.statistics.refresh-interval}, on its own
 * single thread (like the national-portal sync retrier) rather than switching on scheduling for the whole application.
 */
@Component
@EnableConfigurationProperties(StatisticsProperties.class)
class StatisticsRefresher extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresher.class);

    private final DossierStatistics statistics;
    private final StatisticsProperties properties;

    StatisticsRefresher(DossierStatistics statistics, StatisticsProperties properties) {
        super("statistics-refresh", properties.refreshInterval());
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
