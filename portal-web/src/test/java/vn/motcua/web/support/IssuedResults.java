package vn.motcua.web.support;

import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.workflow.desk.DeskActions;

/** Runs a dossier of procedure 2.000635 through the desk and the leader, and waits for its signed result. */
public final class IssuedResults {

    private IssuedResults() {
    }

    public static StoredFile issue(Dossiers dossiers, DeskActions desk, StoredFiles files) {
        UUID id = dossiers.file(SampleDossiers.ownBirthExtract("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20),
                "female")).id();
        desk.accept(id, SampleDossiers.CLERK);
        desk.review(id, SampleDossiers.SPECIALIST);
        desk.approve(id, SampleDossiers.LEADER);
        return SampleDossiers.awaitResult(files, id);
    }
}
