package vn.motcua.workflow.slips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.api.history.HistoricIdentityLink;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.StepDeadlines;
import vn.motcua.cases.clock.StepTiming;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.documents.templates.Handover;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * The handovers of a dossier for slip 06, read from the process history: the applicant hands the dossier to the
 * first step, each step to the next. A step is due when its share of the deadline runs out (recorded when its task
 * opened and moved by pauses), else when its task's due date says, else when the dossier is due.
 */
@Component
class Handovers {

    private static final String UNKNOWN = "—";
    private static final Map<StaffMember.Role, String> UNITS = Map.of(
            StaffMember.Role.CLERK, "Bộ phận một cửa",
            StaffMember.Role.SPECIALIST, "Chuyên viên",
            StaffMember.Role.LEADER, "Lãnh đạo",
            StaffMember.Role.ADMIN, "Quản trị");

    private final HistoryService history;
    private final Agencies agencies;
    private final StepDeadlines deadlines;

    Handovers(HistoryService history, Agencies agencies, StepDeadlines deadlines) {
        this.history = history;
        this.agencies = agencies;
        this.deadlines = deadlines;
    }

    /** The agency's name, for a slip signed on its behalf. */
    String agencyName(String agencyCode) {
        return agencies.findByCode(agencyCode).map(Agency::name).orElse(agencyCode);
    }

    /** Why a dossier is late: the steps that ran past their share of the deadline, with their agencies. */
    String delayReason(Dossier dossier, Instant at) {
        List<String> late = deadlines.ofDossier(dossier.id()).stream().filter(step -> step.isLate(at))
                .map(step -> agencyName(step.agencyCode())).distinct().toList();
        if (late.isEmpty()) {
            return "Hồ sơ chưa được giải quyết xong trong thời hạn theo quy định.";
        }
        return "Hồ sơ được xử lý quá thời hạn quy định cho từng bước tại: " + String.join("; ", late) + ".";
    }

    List<Handover> of(Dossier dossier) {
        List<Handover> handovers = new ArrayList<>();
        String fromUnit = "Tổ chức, cá nhân";
        String fromPerson = dossier.applicant().fullName();
        Optional<HistoricProcessInstance> process = process(dossier);
        if (process.isEmpty()) {
            return handovers;
        }
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(process.get().getId()).orderByHistoricTaskInstanceStartTime().asc()
                .orderByTaskCreateTime().asc().list();
        String lastDecider = variable(process.get(), ProcessVariables.DECIDED_BY_NAME).orElse(null);
        for (int i = 0; i < tasks.size(); i++) {
            HistoricTaskInstance task = tasks.get(i);
            String toUnit = unit(task);
            String toPerson = person(task, dossier, i == tasks.size() - 1 ? lastDecider : null);
            Optional<StepTiming> timing = deadlines.find(task.getId());
            Instant stepDue = timing.map(StepTiming::dueAt)
                    .orElse(task.getDueDate() != null ? task.getDueDate().toInstant() : null);
            if (stepDue == null) {
                stepDue = dossier.dueAt();
            }
            Instant handedOver = task.getCreateTime().toInstant();
            handovers.add(new Handover(fromUnit, fromPerson, toUnit, toPerson, handedOver,
                    stepDue != null ? stepDue : handedOver,
                    task.getEndTime() == null ? null : task.getEndTime().toInstant()));
            fromUnit = toUnit;
            fromPerson = toPerson;
        }
        return handovers;
    }

    /** The name of whoever decided last, i.e. the leader who approved the result. */
    Optional<String> signerName(Dossier dossier) {
        return process(dossier).flatMap(process -> variable(process, ProcessVariables.DECIDED_BY_NAME));
    }

    private Optional<HistoricProcessInstance> process(Dossier dossier) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier.id().toString())
                .orderByProcessInstanceStartTime().desc().list().stream().findFirst();
    }

    private Optional<String> variable(HistoricProcessInstance process, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).variableName(name)
                .list().stream().map(HistoricVariableInstance::getValue).filter(String.class::isInstance)
                .map(String.class::cast).findFirst();
    }

    private String person(HistoricTaskInstance task, Dossier dossier, String lastDecider) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        if (task.getCompletedBy() != null) {
            return task.getCompletedBy();
        }
        if (DeskActions.INTAKE.equals(task.getTaskDefinitionKey()) && dossier.acceptedBy() != null) {
            return dossier.acceptedBy();
        }
        return lastDecider != null ? lastDecider : UNKNOWN;
    }

    /** "{role's unit} – {agency}" from the task's first candidate group {@code {agencyCode}:{role}}. */
    private String unit(HistoricTaskInstance task) {
        return history.getHistoricIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(HistoricIdentityLink::getGroupId)
                .findFirst()
                .map(group -> {
                    int colon = group.lastIndexOf(':');
                    String agencyName = agencies.findByCode(group.substring(0, colon)).map(Agency::name)
                            .orElse(group.substring(0, colon));
                    String role = group.substring(colon + 1);
                    String roleUnit = java.util.Arrays.stream(StaffMember.Role.values())
                            .filter(r -> r.name().equals(role)).findFirst().map(UNITS::get).orElse(role);
                    return roleUnit + " – " + agencyName;
                })
                .orElse(task.getName() == null ? UNKNOWN : task.getName());
    }
}
