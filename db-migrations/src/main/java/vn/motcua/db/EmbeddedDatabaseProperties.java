package vn.motcua.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, started when {@code enabled} and no {@code spring.datasource.url} is set. With a directory
 * its data survives restarts; without one it lives in a temporary directory removed at shutdown.
 *
 * @param enabled whether the embedded PostgreSQL may start at all; off by default, on in the demo profile
 * @param directory where the data is kept; none or empty: a temporary directory
 * @param port the server's port; 0: a free one
 * @param durable whether a commit is on disk before it is acknowledged (fsync, synchronous commit, full page
 *        writes). On by default; only the tests turn it off, for speed
 * @param startupTimeout how long the server may take to start (including its recovery after a crash)
 */
@ConfigurationProperties("motcua.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, Path directory, int port,
        @DefaultValue("true") boolean durable, @DefaultValue("60s") Duration startupTimeout) {

    public EmbeddedDatabaseProperties {
        // An empty setting (a test overriding the demo profile's directory) means none.
        directory = directory == null || directory.toString().isBlank() ? null : directory;
    }
}
