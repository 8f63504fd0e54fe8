package vn.motcua.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set. With a directory its data
 * survives restarts; without one it lives in a temporary directory removed at shutdown.
 */
@ConfigurationProperties("motcua.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, int port) {
}
