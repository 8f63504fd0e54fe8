package vn.motcua.workflow.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the national portal synchronisation ({@code motcua.sync.*}).
 *
 * @param retryInterval how often failed deliveries are tried again
 * @param staleAfter    after how long a delivery that neither succeeded nor failed (the node died during it) counts
 *                      as lost and is tried again; keep it well above the portal call's timeout
 * @param batchSize     at most this many deliveries are resubmitted per round
 */
@ConfigurationProperties("motcua.sync")
public record SyncProperties(@DefaultValue("30s") Duration retryInterval, @DefaultValue("10m") Duration staleAfter,
        @DefaultValue("100") int batchSize) {
}
