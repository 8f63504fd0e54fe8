package vn.motcua.cases.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

@SpringBootTest
class SubmissionsIntegrationTest {

    private static final String OWNER = "079195005678";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

    /** Only the civil-status extract process is deployed, as in the portal today. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Routing {
        @Bean
        ProcessAvailability processes() {
            return "civil-status-extract-copy"::equals;
        }
    }

    @Autowired Drafts drafts;
    @Autowired Submissions submissions;
    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;
    @Autowired ProcedureCatalog catalog;
    @Autowired JdbcClient jdbc;

    private static Applicant applicant() {
        return new Applicant(OWNER, "Trần Thị Bích", LocalDate.of(1995, 8, 20), "female", "120 Nguyễn Trãi", null, null);
    }

    private static Map<String, VerifiedValue> verified() {
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        return Map.of("applicantName", new VerifiedValue("Trần Thị Bích", "population", at),
                "applicantBirthDate", new VerifiedValue("1995-08-20", "population", at),
                "applicantGender", new VerifiedValue("female", "population", at),
                "applicantAddress", new VerifiedValue("120 Nguyễn Trãi", "population", at));
    }

    /** A complete draft of 2.000635 with its required document. */
    private Draft completeDraft(String subjectName) {
        Draft draft = drafts.start(OWNER, ExtractRequest.PROCEDURE_CODE, verified());
        drafts.save(draft.id(), OWNER, new SaveStep(0, Map.of("phone", "0901234567", "applicantName", "Kẻ Mạo Danh"),
                SaveStep.Move.NEXT));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("extractType", "BIRTH");
        request.put("subjectName", subjectName);
        request.put("subjectBirthDate", "1995-08-20");
        request.put("subjectGender", "female");
        request.put("subjectIdNumber", OWNER);
        request.put("registrationPlace", "Ủy ban nhân dân phường Bến Thành");
        request.put("copies", "2");
        SavedStep saved = drafts.save(draft.id(), OWNER, new SaveStep(1, request, SaveStep.Move.NEXT));
        assertThat(saved.problems()).isEmpty();
        drafts.attach(draft.id(), OWNER, 1, "to-khai.pdf", PDF);
        return drafts.find(draft.id(), OWNER).orElseThrow();
    }

    private SubmitDraft submit(Draft draft, String key) {
        return new SubmitDraft(OWNER, draft.id(), key, applicant(), ApplicantCheck.FROM_POPULATION);
    }

    private long dossierCount() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    @Test
    void theSeedFormsOfTheThreeProceduresAreValidDefinitions() {
        for (String code : List.of("2.000635", "HCM.LT.01", "HCM.HKD.01")) {
            assertThat(catalog.currentVersion(code).orElseThrow().form()).as(code).isPresent();
        }
        assertThat(catalog.currentVersion("HCM.HKD.01").orElseThrow().form().orElseThrow().field("businessLines")
                .orElseThrow().maxItems()).isEqualTo(10);
    }

    @Test
    void submittingFilesOneDossierWithItsAttachmentsAndMarksTheDraftSubmitted() {
        Draft draft = completeDraft("Trần Thị Bích");
        assertThat(draft.formData()).as("a verified value cannot be overwritten").containsEntry("applicantName", "Trần Thị Bích");

        Submission submission = submissions.submit(submit(draft, UUID.randomUUID().toString()));

        Dossier dossier = dossiers.findOwned(submission.dossierId(), OWNER).orElseThrow();
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.procedureVersion().id()).isEqualTo(draft.procedureVersion().id());
        assertThat(dossier.applicant().phone()).isEqualTo("0901234567");
        assertThat(dossier.formData()).doesNotContainKey("phone");
        ExtractRequest request = ExtractRequest.fromFormData(dossier.formData());
        assertThat(request.copies()).isEqualTo(2);
        assertThat(request.subjectBirthDate()).isEqualTo(LocalDate.of(1995, 8, 20));
        List<StoredFile> attachments = files.of(dossier.id(), FileKind.ATTACHMENT);
        assertThat(attachments).singleElement().satisfies(file -> {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.sha256()).isEqualTo(StoredFiles.sha256(PDF));
        });
        assertThat(drafts.find(draft.id(), OWNER).orElseThrow().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(drafts.openDrafts(OWNER)).extracting(Draft::id).doesNotContain(draft.id());
    }

    @Test
    void tenConcurrentSubmitsWithOneKeyGiveExactlyOneDossier() throws Exception {
        Draft draft = completeDraft("Trần Thị Bích");
        String key = UUID.randomUUID().toString();
        long before = dossierCount();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Submission>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> {
                start.await();
                return submissions.submit(submit(draft, key));
            });
        }
        List<Future<Submission>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        start.countDown();
        Set<UUID> ids = new HashSet<>();
        int fresh = 0;
        for (Future<Submission> future : futures) {
            Submission submission = future.get();
            ids.add(submission.dossierId());
            fresh += submission.repeated() ? 0 : 1;
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(fresh).isEqualTo(1);
        assertThat(dossierCount()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherDraftIsAConflictAndFilesNothing() {
        Draft first = completeDraft("Trần Thị Bích");
        Draft second = completeDraft("Trần Văn Cường");
        String key = UUID.randomUUID().toString();
        submissions.submit(submit(first, key));
        long before = dossierCount();

        assertThatThrownBy(() -> submissions.submit(submit(second, key))).isInstanceOf(IdempotencyConflictException.class);
        assertThat(dossierCount()).isEqualTo(before);
        assertThat(drafts.find(second.id(), OWNER).orElseThrow().status()).isEqualTo(DraftStatus.OPEN);
    }

    @Test
    void anIncompleteDraftOrOneWithoutItsRequiredDocumentIsRefused() {
        Draft draft = drafts.start(OWNER, ExtractRequest.PROCEDURE_CODE, verified());
        assertThatThrownBy(() -> submissions.submit(submit(draft, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(SubmissionRefusedException.INCOMPLETE);
                    assertThat(refused.problems()).extracting(p -> p.path()).contains("phone", "subjectName", "document-1");
                });
    }

    @Test
    void aProcedureWhoseProcessIsNotDeployedCannotBeSubmitted() {
        Draft draft = drafts.start(OWNER, "HCM.HKD.01", Map.of());
        assertThatThrownBy(() -> submissions.submit(submit(draft, UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(SubmissionRefusedException.NOT_OPEN));
    }

    @Test
    void attachmentsAreRecognisedByTheirContent() {
        Draft draft = drafts.start(OWNER, ExtractRequest.PROCEDURE_CODE, verified());
        DraftAttachment png = drafts.attach(draft.id(), OWNER, 1, "../../etc/passwd.pdf", PNG);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.displayName()).isEqualTo("passwd.png");
        assertThat(drafts.content(png)).isEqualTo(PNG);
        byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
        assertThatThrownBy(() -> drafts.attach(draft.id(), OWNER, 1, "hoa-don.pdf", exe))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.type"));
        assertThatThrownBy(() -> drafts.attach(draft.id(), OWNER, 1, "rong.pdf", new byte[0]))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.empty"));
        assertThatThrownBy(() -> drafts.attach(draft.id(), "079090001234", 1, "x.pdf", PDF)).isInstanceOf(DraftNotFoundException.class);
    }
}
