package vn.motcua.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.staff.FirstAdministrator;
import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The one-time command that creates the first administrator, run against the demo database of the tests: refused
 * (status 2, one line, audited) while an active administrator exists; on a database without one (the demo's
 * administrator locked, in a transaction rolled back afterwards) it creates the agency and the administrator, and a
 * second run is refused. {@code FirstAdministratorStartTest} runs it through the application's start.
 */
class FirstAdministratorCommandTest extends PortalIntegrationTest {

    @Autowired FirstAdministrator firstAdministrator;
    @Autowired SecurityAudit audit;
    @Autowired MessageSource messages;
    @Autowired StaffDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void isRefusedWhileAnAdministratorExistsAndNothingChanges() {
        int status = run(new MockEnvironment().withProperty("motcua.bootstrap-admin", "ke.gian")
                .withProperty("motcua.bootstrap-agency", "H29"));

        assertThat(status).isEqualTo(FirstAdministratorCommand.REFUSED);
        assertThat(text(err)).contains("Không tạo quản trị viên", "đã có quản trị viên (", "quantri").doesNotContain("\n\n");
        assertThat(text(err).strip().lines()).hasSize(1);
        assertThat(text(out)).isEmpty();
        assertThat(directory.find("ke.gian")).isEmpty();
        assertThat(audit.latest("ke.gian", 1)).extracting(SecurityEvent::kind)
                .containsExactly(SecurityEvent.Kind.ADMIN_BOOTSTRAP_REFUSED);
    }

    @Test
    void aBadArgumentIsRefusedWithItsReason() {
        assertThat(run(new MockEnvironment().withProperty("motcua.bootstrap-admin", "a b;drop")))
                .isEqualTo(FirstAdministratorCommand.REFUSED);
        assertThat(text(err)).contains("--motcua.bootstrap-admin=<tên đăng nhập>");
    }

    @Test
    void onADatabaseWithoutAdministratorCreatesTheAgencyAndTheAdministratorOnce() {
        transactions.executeWithoutResult(transaction -> {
            jdbc.sql("update staff_account set active = false where username = 'quantri'").update();
            MockEnvironment settings = new MockEnvironment().withProperty("motcua.bootstrap-admin", "quantri.dongnai")
                    .withProperty("motcua.bootstrap-admin-name", "Nguyễn Thị Hoa")
                    .withProperty("motcua.bootstrap-agency", "H75")
                    .withProperty("motcua.bootstrap-agency-name", "Ủy ban nhân dân tỉnh Đồng Nai")
                    .withProperty("motcua.bootstrap-agency-place", "Đồng Nai");

            assertThat(run(settings)).isZero();
            assertThat(text(out)).contains("Đã tạo quản trị viên đầu tiên quantri.dongnai (Nguyễn Thị Hoa)", "H75");
            var admin = directory.find("quantri.dongnai").orElseThrow();
            assertThat(admin.roles()).containsExactly("ADMIN");
            assertThat(admin.active()).isTrue();
            assertThat(admin.agencyCode()).isEqualTo("H75");
            assertThat(admin.updatedBy()).isEqualTo(FirstAdministrator.ACTOR);
            assertThat(jdbc.sql("select name from agency where code = 'H75'").query(String.class).single())
                    .isEqualTo("Ủy ban nhân dân tỉnh Đồng Nai");
            assertThat(jdbc.sql("select count(*) from admin_action where kind = 'ADMIN_BOOTSTRAPPED' and subject = 'quantri.dongnai'")
                    .query(Long.class).single()).isOne();

            out.reset();
            assertThat(run(settings.withProperty("motcua.bootstrap-admin", "quantri.khac")))
                    .as("a second run").isEqualTo(FirstAdministratorCommand.REFUSED);
            assertThat(text(err)).contains("đã có quản trị viên (quantri.dongnai)");
            assertThat(directory.find("quantri.khac")).isEmpty();
            transaction.setRollbackOnly();
        });
        assertThat(directory.find("quantri.dongnai")).as("rolled back").isEmpty();
        assertThat(directory.find("quantri").orElseThrow().active()).isTrue();
    }

    private int run(MockEnvironment settings) {
        return new FirstAdministratorCommand(firstAdministrator, audit, messages, settings, Clock.systemUTC())
                .execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
