package vn.motcua.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.notification.EmailState;
import vn.motcua.cases.notification.Notification;
import vn.motcua.cases.notification.NotificationKind;
import vn.motcua.cases.notification.Notifications;
import vn.motcua.sandbox.mail.MailInbox;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.deadline.DeadlineScanner;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The applicant hears of the acceptance by e-mail, over real SMTP to the sandbox's mail server, and in the portal;
 * the leader of the agency sees the deadline warning of a step in the portal, and no other agency's leader does.
 */
class NotificationsTest extends PortalIntegrationTest {

    private static final String OWNER = "079301000777";
    private static final String EMAIL = "thao.nguyen@example.vn";
    private static final RequestPostProcessor OWNER_LOGIN = Logins.citizen(OWNER, "Nguyễn Thị Thảo", "2001-03-04", "female");
    private static final RequestPostProcessor LEADER_A = Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER");
    private static final RequestPostProcessor LEADER_B = Logins.staff("lanhdao.tanphu", "H29.12.07", "LEADER");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Notifications notifications;
    @Autowired DeadlineScanner scanner;
    @Autowired JdbcClient jdbc;

    private Dossier fileWithEmail() {
        FileDossier sample = SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Thị Thảo", LocalDate.of(2001, 3, 4), "female");
        Applicant applicant = sample.applicant();
        return dossiers.file(new FileDossier(sample.procedureCode(), new Applicant(applicant.idNumber(),
                applicant.fullName(), applicant.birthDate(), applicant.gender(), applicant.address(), applicant.phone(),
                EMAIL), sample.channel(), sample.formData()));
    }

    @Test
    void theApplicantGetsAnEmailAndAPortalNotificationWhenTheDossierIsAccepted() throws Exception {
        Dossier filed = fileWithEmail();
        desk.accept(filed.id(), SampleDossiers.CLERK);

        MailInbox.ReceivedMail mail = await(() -> SandboxRunner.receivedMails().stream()
                .filter(m -> m.subject() != null && m.subject().contains(filed.code())).findFirst().orElse(null));
        assertThat(mail.to()).containsExactly(EMAIL);
        assertThat(mail.subject()).contains("Hồ sơ đã được tiếp nhận");
        assertThat(mail.body()).contains(filed.code()).contains("/my/dossiers/" + filed.id());
        Notification accepted = await(() -> notifications.ofCitizen(OWNER).stream()
                .filter(n -> n.dossierId().equals(filed.id()) && n.emailState() == EmailState.SENT).findFirst()
                .orElse(null));
        assertThat(accepted.kind()).isEqualTo(NotificationKind.ACCEPTED);
        HttpResponse<String> inboxPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SandboxRunner.baseUrl() + "/sandbox/mail")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inboxPage.statusCode()).isEqualTo(200);
        assertThat(inboxPage.body()).as("the sandbox's inbox page").contains(filed.code()).contains(EMAIL);

        String page = mvc.perform(get("/my/notifications").with(OWNER_LOGIN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Hồ sơ " + filed.code() + " đã được tiếp nhận.").contains("Thông báo (1)");
        String other = mvc.perform(get("/my/notifications").with(Logins.bich())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(other).as("another citizen").doesNotContain(filed.code());

        mvc.perform(post("/my/notifications/read").with(OWNER_LOGIN).with(csrf()))
                .andExpect(redirectedUrl("/my/notifications"));
        assertThat(mvc.perform(get("/my/notifications").with(OWNER_LOGIN)).andReturn().getResponse()
                .getContentAsString()).contains("Thông báo (0)");
    }

    @Test
    void theLeaderOfTheStepsAgencySeesTheDeadlineWarningOnce() throws Exception {
        Dossier filed = fileWithEmail();
        desk.accept(filed.id(), SampleDossiers.CLERK);
        // the specialist's review step has run for 80 % of its share: its warning time lies in the past
        int moved = jdbc.sql("update step_deadline set warn_at = now() - interval '1 minute'"
                + " where dossier_id = :id and task_key = 'review' and closed_at is null")
                .param("id", filed.id()).update();
        assertThat(moved).isOne();

        assertThat(scanner.scan().warned()).isGreaterThanOrEqualTo(1);
        assertThat(scanner.scan().warned()).as("once").isZero();

        String leaderPage = mvc.perform(get("/staff/notifications").with(LEADER_A)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(leaderPage).contains("Hồ sơ " + filed.code() + " sắp hết thời gian xử lý của bước hiện tại.");
        String otherLeader = mvc.perform(get("/staff/notifications").with(LEADER_B)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(otherLeader).doesNotContain(filed.code());
        List<Notification> forLeaders = notifications.ofStaff(List.of("H29.12.05:LEADER")).stream()
                .filter(n -> n.dossierId().equals(filed.id())).toList();
        assertThat(forLeaders).extracting(Notification::kind).containsExactly(NotificationKind.STEP_WARNING);
    }

    private static <T> T await(Supplier<T> probe) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(probe::get, Objects::nonNull);
    }

}
