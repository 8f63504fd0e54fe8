package vn.motcua.db;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts PostgreSQL inside the JVM when no external database is configured. The data source depends on
 * the server bean, so Spring closes every user of the data source (the process engine among them) before
 * it stops the server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(properties.port())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC");
            if (properties.directory() != null) {
                builder.setDataDirectory(properties.directory().toAbsolutePath())
                        .setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                    properties.directory() == null ? "a temporary directory" : properties.directory().toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
