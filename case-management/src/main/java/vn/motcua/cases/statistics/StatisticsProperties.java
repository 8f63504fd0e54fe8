package vn.motcua.cases.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics summary ({@code motcua.statistics.*}).
 *
 * @param refreshInterval how often the summary takes in the dossiers changed since the last refresh
 * @param refreshBatch    how many changed dossiers one refresh transaction takes at most
 */
@ConfigurationProperties("motcua.statistics")
public record StatisticsProperties(@DefaultValue("30s") Duration refreshInterval, @DefaultValue("20000") int refreshBatch) {
}
