package vn.motcua.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts PostgreSQL inside the JVM when it is asked for ({@code motcua.embedded-db.enabled=true}: the demo profile,
 * the modules' tests) and no external database is configured. Without the setting nothing is started, so that a
 * production portal without a database fails instead of writing to a throw-away one. The data source depends on
 * the server bean, so Spring closes every user of the data source (the process engine among them) before
 * it stops the server. The application connects as a role of its own, Flyway as the owner
 * ({@link EmbeddedRoles}). A server left running on the data directory by a killed portal is stopped first
 * ({@link OrphanedServer}). Commits are durable unless {@code motcua.embedded-db.durable=false} (tests only).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnBooleanProperty("motcua.embedded-db.enabled")
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    /** How long a server left running by a killed portal may take to stop. */
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory() == null ? null : properties.directory().toAbsolutePath();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(properties.port())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(properties.startupTimeout())
                    .setServerConfig("timezone", "UTC");
            if (properties.durable()) {
                // The library starts PostgreSQL as a throw-away test database: -F (no fsync) and
                // synchronous_commit=off. These settings come after -F on the command line and win over it.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (directory != null) {
                OrphanedServer.stopIfPresent(directory, ORPHAN_STOP_TIMEOUT);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(),
                    directory == null ? "a temporary directory" : directory,
                    properties.durable() ? "" : ", commits not flushed to disk (motcua.embedded-db.durable=false)");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL"
                    + (directory == null ? "" : " on " + directory) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The application's connections, as the role {@value EmbeddedRoles#APP_ROLE}: it may not alter, update or delete
     * the personal-data access log (see {@link EmbeddedRoles}). Created when the server has started.
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        boolean created = EmbeddedRoles.ensureAppRole(postgres.getPostgresDatabase());
        if (created) {
            log.info("Embedded PostgreSQL: created the application role {}", EmbeddedRoles.APP_ROLE);
        }
        HikariConfig config = new HikariConfig();
        // no user in the address: it would override the one below
        config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        config.setUsername(EmbeddedRoles.APP_ROLE);
        config.setPassword(EmbeddedRoles.APP_PASSWORD);
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }

    /**
     * Flyway's connections, as the owner role (the server's superuser): the migrations create and own every table.
     * Not pooled: Flyway uses it at startup only. Depends on the application's data source, so the application role
     * exists before any migration runs and receives the grants of the tables they create.
     */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres, DataSource dataSource) {
        return postgres.getPostgresDatabase();
    }
}
