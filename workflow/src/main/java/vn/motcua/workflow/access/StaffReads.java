package vn.motcua.workflow.access;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.PersonalDataAccess;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.assignment.AssignableTask;
import vn.motcua.workflow.assignment.TaskAssignments;

/**
 * Logs staff reads of a citizen's dossier inside the portal as entries of the personal-data access log, like the reads
 * through the LGSP: who (the official and their agency), whose data (the applicant), which dossier and document, and
 * for which step (the purpose). The applicant sees them on "Ai đã truy cập dữ liệu của tôi". The entry is written
 * before the data is shown; if it cannot be written, the read fails.
 */
@Service
public class StaffReads {

    /** Service code of a staff member opening a dossier's page (its form and applicant). */
    public static final String DOSSIER = "PORTAL_DOSSIER";
    /** Service code of a staff member opening an attachment of a dossier. */
    public static final String ATTACHMENT = "PORTAL_ATTACHMENT";
    /** Service code of a staff member downloading a dossier's slip or result. */
    public static final String DOCUMENT = "PORTAL_DOCUMENT";

    /** The field recorded for a dossier's page: its form and the applicant's details. */
    static final String DOSSIER_FIELDS = "dossierForm";

    /** Purpose prefix: {@code read:<dossier code>:<step>}, or {@code read:<dossier code>} outside any step. */
    public static final String PURPOSE = "read";

    /** The agency recorded for a staff member without one (administrators). */
    static final String NO_AGENCY = "PORTAL";

    private static final int PURPOSE_MAX = 200;

    private final AccessLog log;
    private final TaskAssignments assignments;
    private final Clock clock;

    StaffReads(AccessLog log, TaskAssignments assignments, Clock clock) {
        this.log = log;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The staff member opened the dossier's page, at the step of their open task on it, if any. */
    public void dossier(StaffMember staff, Dossier dossier) {
        record(staff, dossier, DOSSIER, List.of(DOSSIER_FIELDS), currentStep(staff, dossier.id()));
    }

    /** The staff member opened the dossier's page of the task named. */
    public void dossier(StaffMember staff, Dossier dossier, String step) {
        record(staff, dossier, DOSSIER, List.of(DOSSIER_FIELDS), step);
    }

    /** The staff member opened an attachment of the dossier, at the step given or, if {@code null}, their open one. */
    public void attachment(StaffMember staff, Dossier dossier, StoredFile file, String step) {
        record(staff, dossier, ATTACHMENT, List.of(file.fileName()), step == null ? currentStep(staff, dossier.id()) : step);
    }

    /** The staff member downloaded a slip or result of the dossier. */
    public void document(StaffMember staff, Dossier dossier, StoredFile file) {
        record(staff, dossier, DOCUMENT, List.of(file.fileName()), currentStep(staff, dossier.id()));
    }

    private String currentStep(StaffMember staff, UUID dossierId) {
        return assignments.task(dossierId, staff).map(AssignableTask::name).orElse(null);
    }

    private void record(StaffMember staff, Dossier dossier, String service, List<String> fields, String step) {
        String purpose = PURPOSE + ":" + dossier.code() + (step == null || step.isBlank() ? "" : ":" + step.strip());
        log.append(new PersonalDataAccess(clock.instant(), staff.username(),
                staff.agencyCode() == null ? NO_AGENCY : staff.agencyCode(), dossier.applicant().idNumber(), service,
                fields, purpose.length() > PURPOSE_MAX ? purpose.substring(0, PURPOSE_MAX) : purpose,
                AccessOutcome.OK, UUID.randomUUID()));
    }
}
