package vn.motcua.workflow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.testing.PdfText;

@SpringBootTest(classes = vn.motcua.workflow.WorkflowTestApplication.class)
class IssuanceTest {

    private static final String OWNER = "079090004321";

    @Autowired Issuance issuance;
    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired SignatureVerifier verifier;

    @Test
    void issuesOneSignedRegisteredDocumentPerIdHoweverOftenAndConcurrentlyAsked() throws Exception {
        Dossier dossier = file();
        UUID id = DocumentId.of("test", dossier.id());
        CountDownLatch bothSigned = new CountDownLatch(2);
        // Both callers render and sign before either registers, so they race on the store-and-register step.
        DocumentRequest request = new DocumentRequest(id, dossier,
                new DocumentKind(FileKind.SLIP, "Phiếu kiểm tra", dossier.code() + "/KT", "kiem-tra.pdf"),
                dossier.receivingAgencyCode(), new Signatory("NGƯỜI KÝ", "Trần Văn Bình"), header -> {
                    bothSigned.countDown();
                    await(bothSigned);
                    return new OfficialDocument(new OfficialDocument.Letterhead(header.issuer(), header.number(),
                            header.place(), header.date()), "PHIẾU KIỂM TRA", null, null,
                            new OfficialDocument.Closing(header.signatory(), header.verificationUrl()));
                });

        CompletableFuture<StoredFile> first = CompletableFuture.supplyAsync(() -> issuance.issue(request));
        CompletableFuture<StoredFile> second = CompletableFuture.supplyAsync(() -> issuance.issue(request));
        StoredFile one = first.get(60, TimeUnit.SECONDS);
        StoredFile other = second.get(60, TimeUnit.SECONDS);

        assertThat(one.id()).isEqualTo(id);
        assertThat(other.sha256()).isEqualTo(one.sha256());
        assertThat(files.of(dossier.id(), FileKind.SLIP)).extracting(StoredFile::id).containsExactly(id);
        List<IssuedDocument> issued = register.ofDossier(dossier.id());
        assertThat(issued).extracting(IssuedDocument::id).containsExactly(id);
        assertThat(issued.get(0).signer()).isEqualTo("Trần Văn Bình");
        assertThat(issued.get(0).title()).isEqualTo("Phiếu kiểm tra");
        byte[] pdf = files.content(one);
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(PdfText.of(pdf)).contains("PHIẾU KIỂM TRA").contains(dossier.code() + "/KT");

        // asked again later: the document issued before, nothing new
        assertThat(issuance.issue(request).sha256()).isEqualTo(one.sha256());
        assertThat(register.ofDossier(dossier.id())).hasSize(1);
    }

    private Dossier file() {
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(OWNER, "Lê Thị Cúc",
                LocalDate.of(1991, 3, 4), "female", "12 Lê Lợi", "0907654321", null), Channel.ONLINE,
                new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Lê Thị Cúc", LocalDate.of(1991, 3, 4), "female",
                        OWNER, "UBND phường Bến Thành", "", 1, "").toFormData()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
