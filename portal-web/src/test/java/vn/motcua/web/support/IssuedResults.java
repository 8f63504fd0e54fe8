package vn.motcua.web.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;

/** Runs a dossier of procedure 2.000635 through the desk and the leader, and waits for its signed result. */
public final class IssuedResults {

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Phạm Thị Thu Hà", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", Set.of(Role.LEADER));

    private IssuedResults() {
    }

    public static StoredFile issue(Dossiers dossiers, DeskActions desk, StoredFiles files) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.MARRIAGE, "Trần Thị Bích", LocalDate.of(1995, 8, 20),
                "female", "079195005678", "Ủy ban nhân dân phường Bến Thành", "45/2020", 1, "Làm thủ tục nhà đất");
        UUID id = dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079195005678", "Trần Thị Bích",
                LocalDate.of(1995, 8, 20), "female", "120 Nguyễn Trãi", "0909876543", null), Channel.ONLINE,
                request.toFormData())).id();
        desk.accept(id, CLERK);
        desk.approve(id, LEADER);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var result = files.latest(id, FileKind.RESULT);
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
        throw new AssertionError("No signed result for dossier " + id);
    }
}
