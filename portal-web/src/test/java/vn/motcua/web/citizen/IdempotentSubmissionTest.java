package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Submissions;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** Submitting carries an idempotency key: repeats give the same dossier, a reused key with another draft is a 409. */
class IdempotentSubmissionTest extends PortalIntegrationTest {

    private static final String BICH = "079195005678";

    @Autowired JdbcClient jdbc;
    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;
    @Autowired Submissions submissions;

    private long dossiersOf(String owner) {
        return jdbc.sql("select count(*) from dossier where owner_id_number = ?").param(owner).query(Long.class).single();
    }

    private UUID ready() throws Exception {
        return Filing.readyDraft(mvc, Logins.bich(), "Trần Thị Bích", "1995-08-20", "female", BICH);
    }

    @Test
    void aDoublePostWithOneKeyGivesOneDossierWithItsAttachmentInStatusOne() throws Exception {
        UUID draft = ready();
        String key = UUID.randomUUID().toString();
        long before = dossiersOf(BICH);

        String first = mvc.perform(Filing.submit(draft, Logins.bich(), key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(Filing.submit(draft, Logins.bich(), key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first).startsWith("/my/dossiers/");
        assertThat(dossiersOf(BICH)).isEqualTo(before + 1);
        UUID dossier = UUID.fromString(first.substring("/my/dossiers/".length()));
        assertThat(dossiers.get(dossier).status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(files.of(dossier, FileKind.ATTACHMENT)).singleElement()
                .satisfies(f -> assertThat(f.sha256()).isEqualTo(StoredFiles.sha256(Filing.PDF)));
        assertThat(mvc.perform(get("/my/drafts/" + draft).with(Logins.bich())).andReturn().getResponse().getRedirectedUrl())
                .as("a submitted draft leads to its dossier").isEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherDraftIsRefusedWith409AndAClearPage() throws Exception {
        UUID first = ready();
        UUID second = ready();
        String key = UUID.randomUUID().toString();
        mvc.perform(Filing.submit(first, Logins.bich(), key)).andExpect(status().is3xxRedirection());
        long before = dossiersOf(BICH);

        String page = mvc.perform(Filing.submit(second, Logins.bich(), key)).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("đã được dùng cho một hồ sơ khác");
        assertThat(dossiersOf(BICH)).isEqualTo(before);
    }

    @Test
    void tenConcurrentSubmitsWithOneKeyGiveExactlyOneDossier() throws Exception {
        UUID draft = ready();
        String key = UUID.randomUUID().toString();
        long before = dossiersOf(BICH);
        Applicant applicant = new Applicant(BICH, "Trần Thị Bích", java.time.LocalDate.of(1995, 8, 20), "female",
                "120 Nguyễn Trãi", null, null);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UUID>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Callable<UUID> task = () -> {
                start.await();
                return submissions.submit(new SubmitDraft(BICH, draft, key, applicant, ApplicantCheck.FROM_POPULATION)).dossierId();
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        Set<UUID> ids = new HashSet<>();
        for (Future<UUID> result : results) {
            ids.add(result.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(dossiersOf(BICH)).isEqualTo(before + 1);
    }

    @Test
    void aDraftWithoutItsRequiredDocumentIsNotSubmittedAndTheSummaryLinksToTheSlot() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.bich(), "2.000635");
        mvc.perform(Filing.step(draft, Logins.bich(), 0, "next", java.util.Map.of("phone", "0901234567")));
        mvc.perform(Filing.step(draft, Logins.bich(), 1, "next", Filing.request("Trần Thị Bích", "1995-08-20", "female", BICH)));
        long before = dossiersOf(BICH);
        String page = mvc.perform(Filing.submit(draft, Logins.bich(), UUID.randomUUID().toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"").contains("href=\"#document-1\"")
                .contains("Vui lòng tải lên giấy tờ bắt buộc này.");
        assertThat(dossiersOf(BICH)).isEqualTo(before);
    }
}
