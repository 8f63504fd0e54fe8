package vn.motcua.web.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.storage.BlobStore;
import vn.motcua.cases.storage.OrphanSweeper;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StorageProperties;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** Removing an attachment or a draft removes its bytes once committed; the sweeper removes bytes no row refers to. */
class StoredBytesLifecycleTest extends PortalIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Drafts drafts;
    @Autowired BlobStore blobs;
    @Autowired OrphanSweeper sweeper;
    @Autowired StorageProperties storage;
    @Autowired TransactionTemplate transactions;
    @Autowired StoredFiles files;

    private final String owner = "0790900" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    private final RequestPostProcessor citizen = Logins.citizen(owner, "Lê Thị Lan", "1990-01-01", "female");

    @Test
    void removingAnAttachmentRemovesItsBytesAfterTheCommit() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        Path file = upload(draft);
        UUID attachment = attachmentOf(draft);

        mvc.perform(post("/my/drafts/{id}/attachments/{a}/delete", draft, attachment).with(citizen).with(csrf()));

        assertThat(count("select count(*) from draft_attachment where id = ?", attachment)).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void deletingADraftRemovesTheBytesOfItsAttachments() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        Path file = upload(draft);

        mvc.perform(post("/my/drafts/{id}/delete", draft).with(citizen).with(csrf()));

        assertThat(count("select count(*) from draft where id = ?", draft)).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void aRemovalThatRollsBackKeepsTheBytes() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        Path file = upload(draft);
        UUID attachment = attachmentOf(draft);

        transactions.executeWithoutResult(status -> {
            drafts.detach(draft, owner, attachment);
            drafts.delete(draft, owner);
            status.setRollbackOnly();
        });

        assertThat(count("select count(*) from draft_attachment where id = ?", attachment)).isOne();
        assertThat(file).exists();
        assertThat(drafts.content(drafts.find(draft, owner).orElseThrow().attachment(attachment).orElseThrow()))
                .isEqualTo(Filing.PDF);
    }

    @Test
    void anUploadThatRollsBackLeavesNoBytes() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        // draft uploads only: slips issued in the background meanwhile are written elsewhere in the store
        Path directory = storage.directory().toAbsolutePath().normalize().resolve("drafts");
        long before = filesUnder(directory);

        transactions.executeWithoutResult(status -> {
            drafts.attach(draft, owner, 1, "a.pdf", Filing.PDF);
            status.setRollbackOnly();
        });

        assertThat(count("select count(*) from draft_attachment where draft_id = ?", draft)).isZero();
        assertThat(filesUnder(directory)).as("files in the store").isLessThanOrEqualTo(before);
    }

    @Test
    void theSweeperRemovesOldOrphansAndKeepsReferencedAndFreshBytes() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        Path referenced = upload(draft);
        String orphanKey = "orphans/" + UUID.randomUUID();
        String freshKey = "orphans/" + UUID.randomUUID();
        blobs.write(orphanKey, Filing.PDF);
        blobs.write(freshKey, Filing.PDF);
        FileTime old = FileTime.from(Instant.now().minus(storage.sweepGrace()).minus(Duration.ofMinutes(5)));
        Files.setLastModifiedTime(path(orphanKey), old);
        Files.setLastModifiedTime(referenced, old);

        int removed = sweeper.sweep();

        assertThat(removed).isPositive();
        assertThat(path(orphanKey)).as("an old file without a row").doesNotExist();
        assertThat(path(freshKey)).as("a file younger than the grace period").exists();
        assertThat(referenced).as("an attachment's file").exists();
        blobs.delete(freshKey);
    }

    @Test
    void aFiledDraftSharesItsFilesWithTheDossierRatherThanCopyingThem() throws Exception {
        UUID dossier = Filing.fileExtract(mvc, Logins.an(), "Nguyễn Văn An", "1990-05-12", "male", "079090001234");

        String dossierKey = jdbc.sql("select storage_key from stored_file where dossier_id = ? and kind = 'ATTACHMENT'")
                .param(dossier).query(String.class).single();
        String draftKey = jdbc.sql("select a.storage_key from draft_attachment a join draft d on d.id = a.draft_id "
                + "where d.dossier_id = ?").param(dossier).query(String.class).single();
        assertThat(dossierKey).isEqualTo(draftKey);
        assertThat(files.content(files.of(dossier, FileKind.ATTACHMENT).get(0))).isEqualTo(Filing.PDF);
        Files.setLastModifiedTime(path(dossierKey),
                FileTime.from(Instant.now().minus(storage.sweepGrace()).minus(Duration.ofMinutes(5))));
        sweeper.sweep();
        assertThat(path(dossierKey)).as("the shared file after a sweep").exists();
    }

    private Path upload(UUID draft) throws Exception {
        mvc.perform(Filing.upload(draft, citizen, 1, "giay-to.pdf", Filing.PDF));
        String key = jdbc.sql("select storage_key from draft_attachment where draft_id = ?").param(draft)
                .query(String.class).single();
        Path file = path(key);
        assertThat(file).exists();
        return file;
    }

    private UUID attachmentOf(UUID draft) {
        return jdbc.sql("select id from draft_attachment where draft_id = ?").param(draft).query(UUID.class).single();
    }

    private Path path(String key) {
        return storage.directory().toAbsolutePath().normalize().resolve(key);
    }

    private long count(String sql, Object argument) {
        return jdbc.sql(sql).param(argument).query(Long.class).single();
    }

    private static long filesUnder(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
