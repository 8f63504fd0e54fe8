package vn.motcua.web.support;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

/**
 * One Bucket4j bucket per page and client address, kept in PostgreSQL ({@code rate_limit_bucket}, V45) so that every
 * node takes from the same allowance: a client that guesses dossier codes and digits, or sends file after file to be
 * verified, gets {@code per-minute} answers, then waits for the next minute, whichever nodes answer it. Each request
 * reads and writes its bucket's row in one short transaction under a PostgreSQL advisory lock of the row (four
 * statements: the lock, the read, the write, the commit). A row whose bucket is full again is useless; the
 * {@link ThrottleSweeper} deletes it.
 */
@Component
@EnableConfigurationProperties(AddressThrottleProperties.class)
public class AddressThrottle {

    public static final Duration PERIOD = Duration.ofMinutes(1);

    /** How long a full bucket's row is kept before the sweeper may delete it. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(10);

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    /** This node's handles to the buckets (the counts are in the database), the least recently used forgotten. */
    private final Cache<String, BucketProxy> handles;
    private final int perMinute;

    AddressThrottle(AddressThrottleProperties properties, DataSource dataSource) {
        this.perMinute = properties.perMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, PERIOD).build())
                .build();
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                .build();
        this.handles = Caffeine.newBuilder().maximumSize(properties.addresses()).build();
    }

    /** Takes one request from the address's allowance for the page; {@code false} when it has none left this minute. */
    public boolean allow(String page, String address) {
        return handles.get(page + " " + address, key -> buckets.builder().build(key, () -> configuration)).tryConsume(1);
    }

    public int perMinute() {
        return perMinute;
    }

    /** Deletes up to {@code batch} rows of buckets full again; answers how many. */
    int removeFull(int batch) {
        return buckets.removeExpired(batch);
    }
}
