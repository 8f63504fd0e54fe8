package vn.motcua.cases.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

@SpringBootTest
class IssuedDocumentsTest {

    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;

    private IssuedDocument issue(String content) {
        Dossier dossier = dossiers.file(new FileDossier("2.000635", new Applicant("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", null, "0901234567", null), Channel.ONLINE, Map.of("copies", 1)));
        StoredFile file = files.store(dossier.id(), FileKind.RESULT, "ket-qua.pdf", "application/pdf",
                content.getBytes(StandardCharsets.UTF_8));
        return register.record(file, "BẢN SAO TRÍCH LỤC HỘ TỊCH", "H29.12.05", "Đặng Quốc Hùng", Instant.now());
    }

    @Test
    void aDocumentIsFoundByItsQrIdAndByTheHashOfItsBytes() {
        IssuedDocument issued = issue("%PDF thử " + System.nanoTime());
        assertThat(register.find(issued.id())).map(IssuedDocument::title).contains("BẢN SAO TRÍCH LỤC HỘ TỊCH");
        assertThat(register.findBySha256(issued.sha256())).map(IssuedDocument::id).contains(issued.id());
        assertThat(register.findBySha256("0".repeat(64))).isEmpty();
        assertThat(register.latest(10)).extracting(IssuedDocument::id).contains(issued.id());
    }

    @Test
    void revocationIsRecordedOnceWithWhoWhenAndWhy() {
        IssuedDocument issued = issue("%PDF thu hồi " + System.nanoTime());
        IssuedDocument revoked = register.revoke(issued.id(), "quantri", "Cấp nhầm người");
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(register.find(issued.id()).orElseThrow().revocationReason()).isEqualTo("Cấp nhầm người");
        assertThatThrownBy(() -> register.revoke(issued.id(), "quantri", "Lần hai")).isInstanceOf(AlreadyRevokedException.class);
        assertThat(register.find(issued.id()).orElseThrow().revocationReason()).isEqualTo("Cấp nhầm người");
    }
}
