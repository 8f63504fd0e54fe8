package vn.motcua.workflow.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flowable.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.workflow.StaffMember;

/**
 * Which dossiers the staff of an agency may see: those their agency received or holds, and those the process routed
 * to them: a dossier of which any role of the agency has, or had, a task. So the ward police and social insurance see
 * the linked dossiers they worked on, and nothing else.
 */
@Service
public class StaffScope {

    private final Dossiers dossiers;
    private final HistoryService history;

    StaffScope(Dossiers dossiers, HistoryService history) {
        this.dossiers = dossiers;
        this.history = history;
    }

    /** The dossier, if it is within the staff member's agency scope; empty otherwise (the caller answers 404). */
    @Transactional(readOnly = true)
    public Optional<Dossier> find(UUID dossierId, StaffMember staff) {
        Optional<Dossier> own = dossiers.findForAgency(dossierId, staff.agencyCode());
        if (own.isPresent() || staff.agencyCode() == null) {
            return own;
        }
        return hasOrHadTask(dossierId, staff.agencyCode()) ? Optional.of(dossiers.get(dossierId)) : Optional.empty();
    }

    /** Whether a task of the dossier is, or was, offered to any role of the agency. */
    @Transactional(readOnly = true)
    public boolean hasOrHadTask(UUID dossierId, String agencyCode) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                .taskCandidateGroupIn(groupsOf(agencyCode)).count() > 0;
    }

    static List<String> groupsOf(String agencyCode) {
        return Arrays.stream(StaffMember.Role.values()).map(role -> StaffMember.groupOf(agencyCode, role)).toList();
    }
}
