package vn.motcua.cases.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

@SpringBootTest
class DossiersIntegrationTest {

    @Autowired
    Dossiers dossiers;

    @Autowired
    StoredFiles files;

    private static FileDossier command(String idNumber) {
        return new FileDossier("2.000635", new Applicant(idNumber, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn", "0901234567", "an@example.vn"), Channel.ONLINE, Map.of("copies", 2, "note", "Thử"));
    }

    @Test
    void filesADossierWithANationalCodeAndReadsItBackForItsOwnerOnly() {
        Dossier filed = dossiers.file(command("079090001234"));

        assertThat(filed.code()).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
        Dossier read = dossiers.findOwned(filed.id(), "079090001234").orElseThrow();
        assertThat(read.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(read.formData()).containsEntry("note", "Thử");
        assertThat(read.procedureVersion().procedure().code()).isEqualTo("2.000635");
        assertThat(dossiers.findOwned(filed.id(), "079195005678")).isEmpty();
        assertThat(dossiers.findForAgency(filed.id(), "H29.12.07")).isEmpty();
        assertThat(dossiers.intakeQueue("H29.12.05")).extracting(Dossier::id).contains(filed.id());
    }

    @Test
    void acceptingSetsTheDueDateFromTheProcedureRule() {
        Dossier filed = dossiers.file(command("079090001234"));
        Dossier accepted = dossiers.accept(filed.id(), "tiepnhan.benthanh");
        assertThat(accepted.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(accepted.dueAt()).isAfter(accepted.acceptedAt());
        assertThat(dossiers.get(filed.id()).history()).hasSize(2);
    }

    @Test
    void concurrentFilingsGetDistinctConsecutiveCodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            tasks.add(() -> dossiers.file(command("079195005678")).code());
        }
        List<String> codes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).doesNotHaveDuplicates().hasSize(80);
        List<Integer> sequences = codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(sequences.get(sequences.size() - 1) - sequences.get(0)).as("no gaps among concurrent filings").isEqualTo(79);
    }

    @Test
    void storedFilesKeepTheirSha256AndRefuseAlteredBytes() {
        Dossier filed = dossiers.file(command("079090001234"));
        StoredFile file = files.store(filed.id(), FileKind.RESULT, "ket-qua.pdf", "application/pdf", "%PDF-1.7 thử".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.sha256()).hasSize(64).isEqualTo(StoredFiles.sha256(files.content(file)));
        assertThat(files.latest(filed.id(), FileKind.RESULT)).map(StoredFile::id).contains(file.id());
        assertThat(files.latest(filed.id(), FileKind.SLIP)).isEmpty();
    }
}
