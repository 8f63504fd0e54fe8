package vn.motcua.web.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;

/** Dossiers of procedure 2.000635 and the Bến Thành staff who handle them, for tests that skip the browser. */
public final class SampleDossiers {

    public static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Phạm Thị Thu Hà", "H29.12.05", Set.of(Role.CLERK));
    public static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05",
            Set.of(Role.SPECIALIST));
    public static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", Set.of(Role.LEADER));

    private SampleDossiers() {
    }

    /** A citizen asks for a copy of their own birth extract. */
    public static FileDossier ownBirthExtract(String idNumber, String name, LocalDate birthDate, String gender) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, name, birthDate, gender, idNumber,
                "Ủy ban nhân dân phường Bến Thành", "", 1, "");
        return new FileDossier(ExtractRequest.PROCEDURE_CODE,
                new Applicant(idNumber, name, birthDate, gender, null, "0901234567", null), Channel.ONLINE, request.toFormData());
    }

    /** Waits for the signed result the process issues after the leader's approval. */
    public static StoredFile awaitResult(StoredFiles files, UUID dossierId) {
        StoredFile result = await("the signed result of dossier " + dossierId).atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> files.latest(dossierId, FileKind.RESULT), Optional::isPresent).get();
        GeneratedPdfs.keep("result-" + result.id() + ".pdf", files.content(result));
        return result;
    }

    /** Waits for the first signed slip of the dossier (slip 01 once it was accepted), issued after the transition. */
    public static StoredFile awaitSlip(StoredFiles files, UUID dossierId) {
        return await("a signed slip of dossier " + dossierId).atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> files.of(dossierId, FileKind.SLIP), slips -> !slips.isEmpty())
                .get(0);
    }
}
