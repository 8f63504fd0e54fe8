package vn.motcua.web.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var result = files.latest(dossierId, FileKind.RESULT);
            if (result.isPresent()) {
                GeneratedPdfs.keep("result-" + result.get().id() + ".pdf", files.content(result.get()));
                return result.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No signed result for dossier " + dossierId);
    }

    /** Waits for the first signed slip of the dossier (slip 01 once it was accepted), issued after the transition. */
    public static StoredFile awaitSlip(StoredFiles files, UUID dossierId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var slips = files.of(dossierId, FileKind.SLIP);
            if (!slips.isEmpty()) {
                return slips.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No signed slip for dossier " + dossierId);
    }
}
