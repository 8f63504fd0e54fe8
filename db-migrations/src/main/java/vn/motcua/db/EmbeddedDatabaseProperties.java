package vn.motcua.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set. With a directory its data
 * survives restarts; without one it lives in a temporary directory removed at shutdown.
 *
 * @param directory where the data is kept; none: a temporary directory
 * @param port the server's port; 0: a free one
 * @param durable whether a commit is on disk before it is acknowledged (fsync, synchronous commit, full page
 *        writes). On by default; only the tests turn it off, for speed
 * @param startupTimeout how long the server may take to start (including its recovery after a crash)
 */
@ConfigurationProperties("motcua.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, int port, @DefaultValue("true") boolean durable,
        @DefaultValue("60s") Duration startupTimeout) {
}
