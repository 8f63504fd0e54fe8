package vn.motcua.web.dataaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.PersonalDataAccess;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** "Ai đã truy cập dữ liệu của tôi": each citizen sees the accesses to their own data, and only those. */
class MyDataAccessTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";
    private static final String BICH = "079195005678";
    private static final Pattern ROW = Pattern.compile("<tr id=\"access-(\\d+)\"");

    @Autowired AccessLog log;

    private AccessLogEntry access(String subject, String actor, String service, String purpose, AccessOutcome outcome,
            List<String> fields) {
        return log.append(new PersonalDataAccess(Instant.now(), actor, "H29.12.05", subject, service, fields, purpose,
                outcome, UUID.randomUUID()));
    }

    private String page(RequestPostProcessor citizen, String query) throws Exception {
        return mvc.perform(get("/my/data-access" + query).with(citizen)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static List<Long> rows(String page) {
        Matcher matcher = ROW.matcher(page);
        List<Long> seqs = new ArrayList<>();
        while (matcher.find()) {
            seqs.add(Long.parseLong(matcher.group(1)));
        }
        return seqs;
    }

    @Test
    void aCitizenSeesWhenWhichSystemWhichFieldsWhoAndWhyForTheirOwnDataOnly() throws Exception {
        String anDossier = "H29.12.05-260110-" + UUID.randomUUID().toString().substring(0, 4);
        String bichDossier = "H29.12.05-260111-" + UUID.randomUUID().toString().substring(0, 4);
        AccessLogEntry ofAn = access(AN, "chuyenvien.benthanh", "CIVIL_STATUS_RECORDS_OF", anDossier, AccessOutcome.OK,
                List.of("registerNumber", "eventDate"));
        AccessLogEntry ofBich = access(BICH, "tiepnhan.tanphu", "POPULATION_HOUSEHOLD", bichDossier,
                AccessOutcome.NOT_FOUND, List.of("householdId"));

        String an = page(Logins.an(), "");
        assertThat(an).contains("Ai đã truy cập dữ liệu của tôi").contains("Nghị định 13/2023/NĐ-CP")
                .contains("id=\"access-" + ofAn.seq() + "\"")
                .contains("Cơ sở dữ liệu hộ tịch điện tử: các sự kiện hộ tịch của một người")
                .contains("Số đăng ký hộ tịch").contains("Ngày xảy ra sự kiện")
                .contains("Ủy ban nhân dân phường Bến Thành").contains("Cán bộ: chuyenvien.benthanh")
                .contains("Hồ sơ " + anDossier).contains("Đã cung cấp dữ liệu")
                .contains("<caption").contains("scope=\"col\"");
        assertThat(an).doesNotContain(bichDossier).doesNotContain("id=\"access-" + ofBich.seq() + "\"")
                .doesNotContain("tiepnhan.tanphu");

        String bich = page(Logins.bich(), "");
        assertThat(bich).contains("Hồ sơ " + bichDossier).contains("Không tìm thấy dữ liệu")
                .contains("Cơ sở dữ liệu quốc gia về dân cư: thông tin hộ gia đình");
        assertThat(bich).doesNotContain(anDossier).doesNotContain("id=\"access-" + ofAn.seq() + "\"");
    }

    @Test
    void everyEntryOnTheCitizensPageIsAboutThatCitizen() throws Exception {
        access(AN, null, "POPULATION_PROFILE", "prefill:2.000635", AccessOutcome.OK, List.of("fullName"));
        access(BICH, null, "POPULATION_PROFILE", "prefill:2.000635", AccessOutcome.OK, List.of("fullName"));

        List<Long> shown = rows(page(Logins.an(), ""));

        assertThat(shown).isNotEmpty();
        assertThat(seqsOf(AN)).containsAll(shown);
        assertThat(seqsOf(BICH)).doesNotContainAnyElementsOf(shown);
    }

    private List<Long> seqsOf(String subject) {
        return log.forSubject(subject, PageRequest.of(0, 1000)).map(AccessLogEntry::seq).getContent();
    }

    @Test
    void aRealPrefillThroughTheLgspShowsUpInReadableWords() throws Exception {
        // Lê Minh Khoa is in the population stand-in, and few other tests touch his data, so his entries fit one page.
        RequestPostProcessor khoa = Logins.citizen("079201000321", "Lê Minh Khoa", "2001-03-03", "male");
        Filing.startDraft(mvc, khoa, "2.000635");

        String page = page(khoa, "");

        assertThat(page).contains("Cơ sở dữ liệu quốc gia về dân cư: thông tin công dân")
                .contains("Điền sẵn biểu mẫu thủ tục 2.000635").contains("Nơi thường trú")
                .contains("Hệ thống tự động, không có cán bộ");
    }

    @Test
    void anAnswerFromTheLgspCacheIsLoggedAsARead() throws Exception {
        RequestPostProcessor khoa = Logins.citizen("079201000321", "Lê Minh Khoa", "2001-03-03", "male");
        Filing.startDraft(mvc, khoa, "2.000635");
        long cachedBefore = cachedReadsOf("079201000321");

        // the same prefill a moment later: the connector answers from its cache, without asking the gateway
        Filing.startDraft(mvc, khoa, "2.000635");

        assertThat(cachedReadsOf("079201000321")).isEqualTo(cachedBefore + 1);
        AccessLogEntry newest = log.forSubject("079201000321", PageRequest.of(0, 1)).getContent().get(0);
        assertThat(newest.outcome()).isEqualTo(AccessOutcome.CACHED);
        assertThat(newest.serviceCode()).isEqualTo("POPULATION_PROFILE");
        assertThat(newest.purpose()).isEqualTo("prefill:2.000635");
        assertThat(page(khoa, "")).contains("id=\"access-" + newest.seq() + "\"")
                .contains("Đã cung cấp lại từ kết quả tra cứu vừa có (không hỏi lại nguồn)");
    }

    private long cachedReadsOf(String subject) {
        return log.forSubject(subject, PageRequest.of(0, 1000)).stream()
                .filter(entry -> entry.outcome() == AccessOutcome.CACHED).count();
    }

    @Test
    void theListIsNewestFirstInPagesOfTwenty() throws Exception {
        String subject = "079301" + String.format("%06d", (int) (Math.random() * 1_000_000));
        RequestPostProcessor citizen = Logins.citizen(subject, "Lê Thị Cúc", "2001-01-01", "female");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 23; i++) {
            log.append(new PersonalDataAccess(start.plusSeconds(i), null, "H29.12.05", subject, "POPULATION_VERIFY",
                    List.of("idNumber"), "H29.12.05-260112-" + String.format("%04d", i), AccessOutcome.OK,
                    UUID.randomUUID()));
        }

        String first = page(citizen, "");
        String second = page(citizen, "?page=1");

        assertThat(rows(first)).hasSize(20).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(first).contains("H29.12.05-260112-0022").doesNotContain("H29.12.05-260112-0002")
                .contains("Trang 1 / 2").contains("href=\"/my/data-access?page=1\"");
        assertThat(rows(second)).hasSize(3);
        assertThat(rows(second).get(0)).isLessThan(rows(first).get(19));
        assertThat(second).contains("H29.12.05-260112-0000").contains("Trang 2 / 2");
        assertThat(rows(page(citizen, "?page=not-a-number"))).isEqualTo(rows(first));
    }

    @Test
    void aCitizenWithoutAnyAccessIsToldSo() throws Exception {
        assertThat(page(Logins.citizen("079302999999", "Võ Văn Dũng", "2002-02-02", "male"), ""))
                .contains("Chưa có lần truy cập nào vào dữ liệu cá nhân của bạn.");
    }
}
