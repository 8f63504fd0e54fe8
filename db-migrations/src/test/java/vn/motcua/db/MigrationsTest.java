package vn.motcua.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

class MigrationsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
            .withPropertyValues("motcua.embedded-db.enabled=true");

    @Test
    void migratesAnEmptyDatabaseWithTheReferenceDataAndWithoutDemoData() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Flyway.class);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from holiday where extract(year from day) between 2025 and 2027",
                    Integer.class)).isGreaterThanOrEqualTo(30);
            assertThat(jdbc.queryForObject("select count(*) from procedure", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isZero();
        });
    }

    @Test
    void keepsItsDataInTheConfiguredDirectoryAcrossRestarts(@TempDir Path directory) {
        ApplicationContextRunner persistent = runner.withPropertyValues("motcua.embedded-db.directory=" + directory);
        persistent.run(context -> new JdbcTemplate(context.getBean(DataSource.class))
                .update("insert into agency (code, name, superior_name, place) values ('X.1', 'Thử', '', 'Hà Nội')"));
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();
        persistent.run(context -> assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                .queryForObject("select name from agency where code = 'X.1'", String.class)).isEqualTo("Thử"));
    }

    @Test
    void stepsAsideWhenAnExternalDatabaseIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "spring.flyway.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class));
    }

    /** Production: without a datasource URL the application fails instead of writing to a throw-away database. */
    @Test
    void startsNoDatabaseUnlessAskedTo() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                        DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("Failed to determine a suitable driver class"));
    }
}
