package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.web.support.SandboxRunner;

/**
 * A production database (migrated from the main location only: no demo data, no staff account) and the one-time
 * command that creates its first administrator, run as {@code java -jar portal-web.jar --motcua.bootstrap-admin=…}
 * runs it: the portal starts on the empty database without an HTTP port, creates the agency and the administrator, and
 * gives exit status 0. (The demo profile only supplies the settings of this machine; the database has no demo data.)
 */
class FirstAdministratorStartTest {

    @Test
    void theCommandCreatesTheFirstAdministratorOfAnEmptyProductionDatabaseWithoutServing(@TempDir Path data) {
        ConfigurableApplicationContext context = PortalApplication.start(
                "--spring.profiles.active=demo",
                "--spring.flyway.locations=classpath:db/migration",
                "--motcua.embedded-db.directory=" + data.resolve("postgres"),
                "--motcua.storage.directory=" + data.resolve("files"),
                "--motcua.documents.key-directory=" + data.resolve("keys"),
                "--motcua.eid.base-url=" + SandboxRunner.baseUrl(),
                "--motcua.bootstrap-admin=quantri.hcm",
                "--motcua.bootstrap-admin-name=Bùi Thanh Sơn",
                "--motcua.bootstrap-agency=H29",
                "--motcua.bootstrap-agency-name=Ủy ban nhân dân Thành phố Hồ Chí Minh",
                "--motcua.bootstrap-agency-place=Thành phố Hồ Chí Minh");
        try {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).as("no HTTP port").isEqualTo(-1);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select username || ':' || role from staff_role", String.class))
                    .containsExactly("quantri.hcm:ADMIN");
            assertThat(jdbc.queryForList("select code from agency", String.class)).containsExactly("H29");
            assertThat(jdbc.queryForObject("select count(*) from procedure", Integer.class)).as("no demo data").isZero();
        } finally {
            assertThat(SpringApplication.exit(context)).as("exit status").isZero();
        }
    }
}
