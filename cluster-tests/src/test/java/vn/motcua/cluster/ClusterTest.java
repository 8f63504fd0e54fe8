package vn.motcua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;

/**
 * The cluster tier: two portal nodes behind HAProxy in round-robin without sticky sessions (docs/testing.md). A citizen
 * files a dossier in a browser through the balancer while the answers alternate between the nodes; node 1 is killed
 * with SIGKILL in the middle of the filing, the journey goes on on node 2, node 1 starts again and serves again; the
 * attachment uploaded through node 2 downloads from node 1 byte for byte; the clerk accepts; the dossier turns overdue
 * and, although both nodes run the deadline scanner and the sync retrier every two seconds, it gets exactly one slip
 * 04 and the national portal exactly one record of each status change; each node's Prometheus reading counts the
 * dossiers filed.
 */
class ClusterTest {

    private static final String CITIZEN = "079090001234";
    private static final String PASSWORD = "demo";
    private static final String APOLOGY_TITLE = "Phiếu xin lỗi và hẹn lại ngày trả kết quả";
    private static final Pattern FILED = Pattern.compile("^motcua_dossiers_filed_total(?:\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start(Path.of(System.getProperty("motcua.cluster.directory")),
                Path.of(System.getProperty("motcua.cluster.demo-jar")));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aJourneyAcrossBothNodesSurvivesOneKilledAndTheJobsRunOnce() throws Exception {
        String code = fileWhileNodeOneIsKilledAndRestarted();
        try (Browser clerk = new Browser()) {
            DeskSteps.accept(clerk, balancer("/desk"), code);
        }
        UUID dossier = jdbc().sql("select id from dossier where code = ?").param(code).query(UUID.class).single();
        deadlineScannerIssuesOneApology(dossier);
        nationalPortalReceivesEachStatusOnce(dossier, code);
        prometheusCountsTheFiledDossiers();
    }

    /** Files a dossier of 2.000635 through the balancer with node 1 killed after the form pages; returns its code. */
    private String fileWhileNodeOneIsKilledAndRestarted() throws Exception {
        byte[] pdf = ("%PDF-1.7\n%cluster " + UUID.randomUUID() + "\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (Browser citizen = new Browser()) {
            citizen.open(balancer("/"));
            citizen.click("procedure-2.000635");
            citizen.click("file-online");
            citizen.logInAtEid(CITIZEN, PASSWORD);
            citizen.click("start-draft");
            citizen.awaitPath("/my/drafts/");
            Visits visits = new Visits(citizen.cookie("JSESSIONID"));
            assertServedAlternately(visits.repeat(balancer("/my/dossiers"), 6));

            citizen.type("phone", "0901234567");
            citizen.click("next");
            citizen.type("subjectName", "Nguyễn Thị Mai");
            citizen.setValue("subjectBirthDate", "2019-04-02");
            new Select(citizen.find("subjectGender")).selectByValue("female");
            citizen.type("registrationPlace", "Ủy ban nhân dân phường Bến Thành");
            citizen.type("subjectIdNumber", "079319000111");
            citizen.click("next");
            assertThat(citizen.find("document-1").getText()).contains("Tờ khai");

            cluster.node(1).kill();
            List<Visits.Answer> whileDown = visits.repeat(balancer("/my/dossiers"), 4);
            assertThat(whileDown).as("answers while node 1 is down: %s", Visits.nodes(whileDown))
                    .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200))
                    .allSatisfy(answer -> assertThat(answer.node()).isEqualTo("node-2"));
            Path file = Files.createTempFile("to-khai", ".pdf");
            Files.write(file, pdf);
            citizen.find("file-1").sendKeys(file.toString());
            citizen.click("upload-1");
            assertThat(citizen.text("upload-message")).isEqualTo("Đã tải tệp lên.");
            Files.delete(file);
            String attachment = URI.create(citizen.find("document-1")
                    .findElement(By.cssSelector("a[id^='attachment-']")).getAttribute("href")).getPath();

            cluster.node(1).start();
            await("node 1 serving through the balancer again").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Visits.nodes(visits.repeat(balancer("/my/dossiers"), 2)).contains("node-1"));
            for (PortalNode node : List.of(cluster.node(1), cluster.node(2))) {
                Visits.Answer download = visits.get(node.url(attachment));
                assertThat(download.status()).as("download from %s", node.name()).isEqualTo(200);
                assertThat(download.node()).isEqualTo(node.name());
                assertThat(download.body()).as("uploaded through node-2, downloaded from %s", node.name())
                        .isEqualTo(pdf);
            }

            citizen.click("submit-dossier");
            assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
            String code = citizen.text("dossier-code");
            List<Visits.Answer> listings = visits.repeat(balancer("/my/dossiers"), 4);
            assertServedAlternately(listings);
            assertThat(listings).allSatisfy(answer -> assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                    .contains(code));
            return code;
        }
    }

    /** The dossier's due date moved into the past: both nodes scan every two seconds, one slip 04 comes of it. */
    private void deadlineScannerIssuesOneApology(UUID dossier) {
        jdbc().sql("update dossier set due_at = now() - interval '1 minute' where id = ?").param(dossier).update();
        await("slip 04 of the overdue dossier").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> apologies(dossier), count -> count > 0);
        await("still exactly one slip 04 after several rounds on both nodes").during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> apologies(dossier) == 1 && overdueMarked(dossier));
    }

    /** Every status change of the dossier reached the stand-in national portal exactly once. */
    private void nationalPortalReceivesEachStatusOnce(UUID dossier, String code) {
        List<Integer> changes = jdbc().sql("select status from dossier_event where dossier_id = ? order by occurred_at")
                .param(dossier).query(Integer.class).list();
        assertThat(changes).as("filed, then accepted").contains(1, 2).doesNotHaveDuplicates();
        await("one national-portal record per status change").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> receivedStatuses(code).size() == changes.size());
        await("no second record after several sync rounds on both nodes").during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> receivedStatuses(code).stream().sorted().toList().equals(changes.stream().sorted().toList())
                        && delivered(dossier) == changes.size());
    }

    /** Each node reports the dossiers filed in the whole installation (read from the database). */
    private void prometheusCountsTheFiledDossiers() {
        long filed = jdbc().sql("select count(*) from dossier").query(Long.class).single();
        assertThat(filed).isPositive();
        for (PortalNode node : List.of(cluster.node(1), cluster.node(2))) {
            await(node.name() + "'s motcua_dossiers_filed_total").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> filedFigure(Visits.prometheus(node)), figure -> figure == filed);
        }
    }

    private static void assertServedAlternately(List<Visits.Answer> answers) {
        List<String> nodes = Visits.nodes(answers);
        assertThat(answers).as("answers by %s", nodes)
                .allSatisfy(answer -> assertThat(answer.status()).as("logged in on every node").isEqualTo(200));
        assertThat(nodes).containsOnly("node-1", "node-2");
        for (int i = 1; i < nodes.size(); i++) {
            assertThat(nodes.get(i)).as("round-robin: %s", nodes).isNotEqualTo(nodes.get(i - 1));
        }
    }

    private long apologies(UUID dossier) {
        return jdbc().sql("select count(*) from issued_document where dossier_id = ? and kind = 'SLIP' and title = ?")
                .params(dossier, APOLOGY_TITLE).query(Long.class).single();
    }

    private boolean overdueMarked(UUID dossier) {
        return jdbc().sql("select overdue_at is not null from dossier where id = ?").param(dossier)
                .query(Boolean.class).single();
    }

    private long delivered(UUID dossier) {
        return jdbc().sql("select count(*) from national_portal_delivery where dossier_id = ?").param(dossier)
                .query(Long.class).single();
    }

    private List<Integer> receivedStatuses(String code) {
        String json = new String(new Visits("").get(cluster.sandboxUrl("/sandbox/national-portal/records?dossierCode="
                + code)).body(), StandardCharsets.UTF_8);
        return JsonPath.read(json, "$[*].status");
    }

    private static long filedFigure(String prometheus) {
        Matcher figure = FILED.matcher(prometheus);
        return figure.find() ? (long) Double.parseDouble(figure.group(1)) : -1;
    }

    private static JdbcClient jdbc() {
        return cluster.database().jdbc();
    }

    private static String balancer(String path) {
        return cluster.balancer().url(path);
    }
}
