package vn.motcua.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded database's two roles: Flyway migrates as the owner, the application connects as a role that may only
 * add and read entries of the personal-data access log and its anchors, and has full DML on everything else.
 */
class DatabaseRolesTest {

    private static final String ENTRY = "insert into personal_data_access (seq, accessed_at, actor, requesting_unit,"
            + " subject, service_code, fields, purpose, outcome, request_id, prev_hash, hash) values (1, now(), null,"
            + " 'H29.12.05', '079090001234', 'POPULATION_PROFILE', '{fullName}', 'D-1', 'OK',"
            + " gen_random_uuid(), repeat('0', 64), repeat('a', 64))";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("motcua.embedded-db.enabled=true", "motcua.embedded-db.durable=false")
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class));

    /** One embedded server for all the checks: each start costs several seconds. */
    @Test
    void theRolesOfTheEmbeddedDatabase() {
        runner.run(context -> {
            JdbcTemplate app = new JdbcTemplate(context.getBean(DataSource.class));
            JdbcTemplate owner = new JdbcTemplate(context.getBean(EmbeddedPostgres.class).getPostgresDatabase());
            flywayMigratesAsTheOwner(owner);
            theApplicationRoleMayOnlyAddAndReadTheAccessLog(app);
            theApplicationRoleKeepsFullDmlOnItsOtherTablesAndCreatesFlowablesOwn(app);
        });
    }

    private static void theApplicationRoleMayOnlyAddAndReadTheAccessLog(JdbcTemplate app) {
        assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedRoles.APP_ROLE);

        assertThat(app.update(ENTRY)).isOne();
        assertThat(app.queryForObject("select count(*) from personal_data_access", Long.class)).isOne();
        assertThat(app.update("insert into personal_data_access_anchor (seq, hash, stamped_at, token)"
                + " values (1, repeat('a', 64), now(), '\\x00')")).isOne();

        for (String refused : new String[] {
                "update personal_data_access set purpose = 'x'",
                "delete from personal_data_access",
                "truncate personal_data_access",
                "alter table personal_data_access disable trigger personal_data_access_append_only",
                "alter table personal_data_access disable trigger user",
                "drop trigger personal_data_access_append_only on personal_data_access",
                "update personal_data_access_anchor set seq = 2",
                "delete from personal_data_access_anchor",
                "truncate personal_data_access_anchor",
                "alter table personal_data_access_anchor disable trigger user" }) {
            assertThatThrownBy(() -> app.execute(refused)).as(refused)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().isInstanceOf(SQLException.class)
                    // insufficient_privilege: "permission denied" or "must be owner", not the triggers' refusal
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        assertThat(app.queryForObject("select count(*) from personal_data_access", Long.class)).isOne();
    }

    private static void theApplicationRoleKeepsFullDmlOnItsOtherTablesAndCreatesFlowablesOwn(JdbcTemplate app) {
        app.update("insert into agency (code, name, superior_name, place) values ('X.1', 'Thử', '', 'Hà Nội')");
        assertThat(app.update("update agency set name = 'Thử lại' where code = 'X.1'")).isOne();
        assertThat(app.update("delete from agency where code = 'X.1'")).isOne();
        // Flowable's schema update runs through the application's connections and owns its tables
        app.execute("create table act_test_owned (id text primary key)");
        app.execute("alter table act_test_owned add column rev integer");
        assertThat(app.queryForObject("select tableowner from pg_tables where tablename = 'act_test_owned'",
                String.class)).isEqualTo(EmbeddedRoles.APP_ROLE);
    }

    private static void flywayMigratesAsTheOwner(JdbcTemplate owner) {
        assertThat(owner.queryForObject("select tableowner from pg_tables where tablename = 'personal_data_access'",
                String.class)).isEqualTo(EmbeddedRoles.OWNER_ROLE);
        assertThat(owner.queryForObject("select installed_by from flyway_schema_history order by installed_rank"
                + " desc limit 1", String.class)).isEqualTo(EmbeddedRoles.OWNER_ROLE);
    }
}
