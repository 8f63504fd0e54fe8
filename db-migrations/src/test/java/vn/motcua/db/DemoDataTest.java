package vn.motcua.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Demo data only in the demo: a database migrated from the main location alone (production) ends with no staff
 * account, no demo agency, procedure or form, but with the holiday calendar and the administrative units; one migrated
 * with the demo location too ({@code db/demo}, set by the demo profile) has everything the demo needs. Each test
 * migrates a database of its own in one embedded PostgreSQL.
 */
class DemoDataTest {

    static final String MAIN = "classpath:db/migration";
    static final String DEMO = "classpath:db/demo";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aProductionDatabaseHasNoStaffAndNoDemoDataButTheReferenceData() {
        DataSource database = newDatabase();
        flyway(database, MAIN).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);

        assertThat(count(jdbc, "staff_account")).isZero();
        assertThat(count(jdbc, "staff_role")).isZero();
        assertThat(count(jdbc, "agency")).isZero();
        assertThat(count(jdbc, "procedure")).isZero();
        assertThat(count(jdbc, "procedure_version")).isZero();
        assertThat(count(jdbc, "step_budget") + count(jdbc, "fee_rule") + count(jdbc, "procedure_agency")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from holiday where extract(year from day) between 2025 and 2027",
                Integer.class)).isGreaterThanOrEqualTo(30);
        assertThat(count(jdbc, "province")).isGreaterThanOrEqualTo(6);
        assertThat(count(jdbc, "ward")).isGreaterThan(30);
        assertThat(jdbc.queryForObject("select to_regclass('demo_database') is null", Boolean.class)).isTrue();
    }

    @Test
    void aDemoDatabaseHasTheDemoAgenciesProceduresFormsAndStaff() {
        DataSource database = newDatabase();
        flyway(database, MAIN, DEMO).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);

        assertThat(jdbc.queryForList("select code from procedure order by code", String.class))
                .containsExactly("2.000635", "HCM.HKD.01", "HCM.LT.01");
        assertThat(jdbc.queryForObject("select count(*) from procedure_version where form_definition is not null",
                Integer.class)).isEqualTo(3);
        assertThat(count(jdbc, "agency")).isEqualTo(5);
        assertThat(count(jdbc, "step_budget")).isEqualTo(12);
        assertThat(jdbc.queryForList("select username from staff_role where role = 'ADMIN'", String.class))
                .containsExactly("quantri");
        assertThat(jdbc.queryForList("select username from staff_account order by username", String.class))
                .as("every staff account of the e-ID stand-in").containsExactly("bhxh.thanhpho", "chuyenvien.benthanh",
                        "congan.benthanh", "lanhdao.benthanh", "quantri", "tiepnhan.benthanh", "tiepnhan.tanphu");
        assertThat(jdbc.queryForList("select role from staff_role where username = 'congan.benthanh' order by role",
                String.class)).containsExactly("LEADER", "SPECIALIST");
        assertThat(count(jdbc, "holiday")).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aDemoDatabaseOfBeforeTheDemoLocationKeepsItsDataAndItsDossiers() {
        DataSource database = newDatabase();
        upTo31(database).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        fileDossier(jdbc, "HCM.HKD.01");
        jdbc.update("update staff_role set role = 'LEADER' where username = 'tiepnhan.tanphu'");
        jdbc.update("""
                insert into staff_account (username, full_name, agency_code, updated_at, updated_by)
                values ('bhxh.thanhpho', 'Lý Thị Ngọc Mai', 'H29.BHXH', now(), 'directory')""");
        jdbc.update("insert into staff_role (username, role) values ('bhxh.thanhpho', 'SPECIALIST')");

        flyway(database, MAIN, DEMO).migrate();

        assertThat(count(jdbc, "procedure")).isEqualTo(3);
        assertThat(count(jdbc, "agency")).isEqualTo(5);
        assertThat(count(jdbc, "staff_account")).isEqualTo(7);
        assertThat(jdbc.queryForObject("select updated_by from staff_account where username = 'bhxh.thanhpho'",
                String.class)).as("recorded at its first login, kept").isEqualTo("directory");
        assertThat(jdbc.queryForObject("select role from staff_role where username = 'tiepnhan.tanphu'", String.class))
                .as("what the demo's administrator changed stays").isEqualTo("LEADER");
        assertThat(count(jdbc, "dossier")).isOne();
    }

    @Test
    void aProductionDatabaseThatHasServedKeepsWhatItsWorkRefersToAndLosesTheDemoStaff() {
        DataSource database = newDatabase();
        upTo31(database).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        fileDossier(jdbc, "2.000635");
        jdbc.update("""
                insert into staff_account (username, full_name, agency_code, updated_at, updated_by)
                values ('canbo.moi', 'Cán bộ mới', 'H29.BHXH', now(), 'directory'),
                       ('canbo.duyet', 'Cán bộ đã duyệt', 'H29.BHXH', now(), 'quantri')""");
        jdbc.update("insert into staff_role (username, role) values ('canbo.moi', 'ADMIN'), ('canbo.duyet', 'SPECIALIST')");
        jdbc.update("update staff_account set updated_by = 'quantri' where username = 'lanhdao.benthanh'");

        flyway(database, MAIN).migrate();

        assertThat(jdbc.queryForList("select code from procedure", String.class)).containsExactly("2.000635");
        assertThat(jdbc.queryForList("select code from agency order by code", String.class))
                .as("the dossier's agency, its parent and the staff's agency stay")
                .containsExactly("H29", "H29.12.05", "H29.BHXH");
        assertThat(jdbc.queryForList("select username from staff_account order by username", String.class))
                .as("seeded accounts go unless an administrator changed them")
                .containsExactly("canbo.duyet", "canbo.moi", "lanhdao.benthanh");
        assertThat(jdbc.queryForList("select username || ':' || role from staff_role order by username", String.class))
                .as("a role copied from a token and never confirmed is withdrawn")
                .containsExactly("canbo.duyet:SPECIALIST", "lanhdao.benthanh:LEADER");
        assertThat(count(jdbc, "dossier")).isOne();
    }

    @Test
    void aDemoDatabaseRefusesToRunWithoutTheDemoLocationAndAProductionOneWithIt() {
        DataSource demo = newDatabase();
        flyway(demo, MAIN, DEMO).migrate();
        assertThatThrownBy(() -> flyway(demo, MAIN).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("32");
        assertThat(count(new JdbcTemplate(demo), "staff_account")).as("nothing removed").isEqualTo(7);

        DataSource production = newDatabase();
        flyway(production, MAIN).migrate();
        assertThatThrownBy(() -> flyway(production, MAIN, DEMO).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("32");
        assertThat(new JdbcTemplate(production).queryForObject("select to_regclass('demo_database') is null",
                Boolean.class)).isTrue();
    }

    private static void fileDossier(JdbcTemplate jdbc, String procedureCode) {
        jdbc.update("""
                insert into dossier (id, code, procedure_version_id, receiving_agency_code, owner_id_number,
                    applicant_name, applicant_birth_date, applicant_gender, phone, channel, status, form_data, submitted_at,
                    applicant_check)
                select gen_random_uuid(), 'H29.12.05-261207-0001', v.id, v.receiving_agency_code, '079201000321',
                    'Lê Minh Khoa', date '2001-03-03', 'male', '0901234567', 2, 1, '{}', now(), 'CONFIRMED'
                from procedure_version v join procedure p on p.id = v.procedure_id where p.code = ?""", procedureCode);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static Flyway flyway(DataSource database, String... locations) {
        return Flyway.configure().dataSource(database).locations(locations).load();
    }

    /** The main location as it was before demo data had a location of its own. */
    private static Flyway upTo31(DataSource database) {
        return Flyway.configure().dataSource(database).locations(MAIN).target("31").load();
    }

    private static DataSource newDatabase() {
        String name = "demo_data_" + DATABASES.incrementAndGet();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
        return postgres.getDatabase("postgres", name);
    }
}
