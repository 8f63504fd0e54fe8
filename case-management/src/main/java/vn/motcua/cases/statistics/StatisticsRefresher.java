package vn.motcua.cases.statistics;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes the changed dossiers into the statistics summary every {@code motcua.statistics.refresh-interval}, on its own
 * single thread (like the national-portal sync retrier) rather than switching on scheduling for the whole application.
 */
@Component
@EnableConfigurationProperties(StatisticsProperties.class)
class StatisticsRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresher.class);

    private final DossierStatistics statistics;
    private final StatisticsProperties properties;
    private ScheduledExecutorService scheduler;

    StatisticsRefresher(DossierStatistics statistics, StatisticsProperties properties) {
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
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "statistics-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.refreshInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::refresh, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
