package vn.motcua.workflow.modelcheck;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ValidationError;
import org.flowable.validation.validator.ValidatorImpl;

import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.routing.StepStatus;

/**
 * Refuses a process whose user task lacks candidate groups of the form {@code {agencyCode}:{role}} (the
 * agency may be an expression such as {@code ${agencyCode}}) or a supported national status.
 */
class UserTaskRulesValidator extends ValidatorImpl {

    private static final String ROLES = java.util.Arrays.stream(StaffMember.Role.values()).map(Enum::name)
            .collect(Collectors.joining("|"));
    private static final Pattern GROUP = Pattern.compile("(\\$\\{[A-Za-z]\\w*}|[A-Z0-9][A-Z0-9.]*):(" + ROLES + ")");

    @Override
    public void validate(BpmnModel model, List<ValidationError> errors) {
        for (Process process : model.getProcesses()) {
            for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
                checkGroups(process, task, errors);
                checkStatus(process, task, errors);
            }
        }
    }

    private void checkGroups(Process process, UserTask task, List<ValidationError> errors) {
        List<String> groups = task.getCandidateGroups();
        if (groups.isEmpty()) {
            addError(errors, "motcua-candidate-groups-missing", process, task,
                    "User task '" + task.getId() + "' has no candidate groups; expected {agencyCode}:{role} with role one of " + ROLES);
            return;
        }
        groups.stream().map(String::trim).filter(group -> !GROUP.matcher(group).matches()).forEach(group ->
                addError(errors, "motcua-candidate-group-invalid", process, task,
                        "User task '" + task.getId() + "' has candidate group '" + group
                                + "'; expected {agencyCode}:{role} with role one of " + ROLES));
    }

    private void checkStatus(Process process, UserTask task, List<ValidationError> errors) {
        boolean supported = StepStatus.of(task).filter(StepStatus.SUPPORTED::contains).isPresent();
        if (!supported) {
            addError(errors, "motcua-status-missing", process, task,
                    "User task '" + task.getId() + "' needs motcua:status (namespace " + StepStatus.NAMESPACE
                            + ") set to one of the national status codes " + StepStatus.SUPPORTED.stream()
                            .map(DossierStatus::code).sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }
}
