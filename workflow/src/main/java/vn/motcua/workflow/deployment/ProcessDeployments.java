package vn.motcua.workflow.deployment;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.validation.ValidationError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.audit.AdminActions;

/**
 * Deploys processes an administrator uploads. The file is screened for a document type declaration
 * ({@link XmlScreen}), parsed against the BPMN schema, then checked by the engine's validation (which includes the
 * portal's rules: candidate groups {@code {agencyCode}:{role}} and a national status on every user task), against the
 * agency list and against the allow-lists that keep an uploaded process data, not code ({@link ProcessContentRules}),
 * all before the engine sees it: a refused file deploys nothing.
 */
@Service
public class ProcessDeployments {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 1_000_000;

    private static final Pattern FIXED_AGENCY = Pattern.compile("([A-Z0-9][A-Z0-9.]*):[A-Z]+");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?");
    private static final Pattern LINE = Pattern.compile("(?i)line\\s*(?:number)?\\s*[:=]?\\s*(\\d+)");

    private final RepositoryService repository;
    private final Agencies agencies;
    private final AdminActions actions;
    private final ProcessContentRules rules;

    ProcessDeployments(RepositoryService repository, Agencies agencies, AdminActions actions, ProcessBeans beans) {
        this.repository = repository;
        this.agencies = agencies;
        this.actions = actions;
        this.rules = new ProcessContentRules(beans);
    }

    /** Every version of every deployed process, by key then newest version first. */
    @Transactional(readOnly = true)
    public List<DeployedProcess> list() {
        List<DeployedProcess> processes = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list()) {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
            int userTasks = repository.getBpmnModel(definition.getId()).getProcesses().stream()
                    .mapToInt(p -> p.findFlowElementsOfType(UserTask.class).size()).sum();
            processes.add(new DeployedProcess(definition.getKey(), definition.getName(), definition.getVersion(),
                    deployment == null || deployment.getDeploymentTime() == null ? null
                            : deployment.getDeploymentTime().toInstant(),
                    definition.getResourceName(), userTasks));
        }
        return processes;
    }

    /** The keys of the deployed processes, for a procedure to name. */
    @Transactional(readOnly = true)
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .forEach(d -> keys.add(d.getKey()));
        return keys;
    }

    /**
     * Checks and deploys an uploaded BPMN file.
     *
     * @return the process versions it deployed
     * @throws ProcessRejectedException if the file is not a valid process; nothing is deployed then
     */
    @Transactional
    public List<DeployedProcess> deploy(String fileName, byte[] content, String admin) {
        BpmnModel model = check(fileName, content);
        String resource = resourceName(fileName);
        Deployment deployment = repository.createDeployment().name(resource).addBytes(resource, content).deploy();
        List<DeployedProcess> deployed = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()) {
            deployed.add(new DeployedProcess(definition.getKey(), definition.getName(), definition.getVersion(),
                    deployment.getDeploymentTime() == null ? Instant.now() : deployment.getDeploymentTime().toInstant(),
                    resource, model.getProcessById(definition.getKey()).findFlowElementsOfType(UserTask.class).size()));
            actions.record(admin, "PROCESS_DEPLOYED", definition.getKey(), "version " + definition.getVersion());
        }
        return deployed;
    }

    /**
     * The problems of an uploaded file, checked as {@link #deploy} checks it.
     *
     * @return the parsed model
     * @throws ProcessRejectedException if it has any
     */
    BpmnModel check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ProcessRejectedException(List.of(ProcessProblem.of("processes.problem.empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new ProcessRejectedException(List.of(ProcessProblem.of("processes.problem.tooLarge", MAX_BYTES / 1000)));
        }
        if (XmlScreen.declaresDoctype(content)) {
            throw new ProcessRejectedException(List.of(ProcessProblem.of("processes.problem.doctype")));
        }
        BpmnModel model;
        try {
            model = new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(content), true, true);
        } catch (RuntimeException e) {
            throw new ProcessRejectedException(List.of(parseProblem(e)));
        }
        List<ProcessProblem> problems = new ArrayList<>();
        if (model.getProcesses().isEmpty()) {
            problems.add(ProcessProblem.of("processes.problem.none"));
        }
        for (ValidationError error : repository.validateProcess(model)) {
            if (error.isWarning()) {
                continue;
            }
            String element = error.getActivityId() != null ? error.getActivityId() : String.valueOf(error.getProcessDefinitionId());
            problems.add(switch (String.valueOf(error.getProblem())) {
                case "motcua-candidate-groups-missing" -> ProcessProblem.of("processes.problem.groups.missing", element);
                case "motcua-candidate-group-invalid" -> ProcessProblem.of("processes.problem.groups.invalid", element,
                        quoted(error.getDefaultDescription()));
                case "motcua-status-missing" -> ProcessProblem.of("processes.problem.status.missing", element);
                default -> ProcessProblem.of("processes.problem.invalid", element, error.getDefaultDescription());
            });
        }
        for (Process process : model.getProcesses()) {
            for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
                for (String group : task.getCandidateGroups()) {
                    Matcher fixed = FIXED_AGENCY.matcher(group.strip());
                    if (fixed.matches() && agencies.findByCode(fixed.group(1)).isEmpty()) {
                        problems.add(ProcessProblem.of("processes.problem.groups.unknownAgency", task.getId(), fixed.group(1)));
                    }
                }
            }
        }
        problems.addAll(rules.check(model));
        if (!problems.isEmpty()) {
            throw new ProcessRejectedException(problems);
        }
        return model;
    }

    /** The parser's own words about the first error, with its line when it says one, without class names. */
    private static ProcessProblem parseProblem(RuntimeException e) {
        Throwable deepest = e;
        int line = -1;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            deepest = cause;
            if (cause instanceof org.xml.sax.SAXParseException sax && sax.getLineNumber() > 0) {
                line = sax.getLineNumber();
            } else if (cause instanceof javax.xml.stream.XMLStreamException xml && xml.getLocation() != null
                    && xml.getLocation().getLineNumber() > 0) {
                line = xml.getLocation().getLineNumber();
            }
        }
        String detail = deepest.getMessage() == null ? "" : deepest.getMessage();
        int said = detail.indexOf("Message:");
        if (said >= 0) {
            detail = detail.substring(said + "Message:".length());
        }
        detail = CLASS_NAME.matcher(detail).replaceAll("").replaceAll("\\s+", " ").strip();
        if (detail.length() > 200) {
            detail = detail.substring(0, 200) + "…";
        }
        if (line < 0) {
            Matcher said2 = LINE.matcher(detail);
            line = said2.find() ? Integer.parseInt(said2.group(1)) : -1;
        }
        return line > 0 ? ProcessProblem.of("processes.problem.xml.line", line, detail)
                : ProcessProblem.of("processes.problem.xml", detail);
    }

    /** The group the portal's rule names in its description ('…'), or the description. */
    private static String quoted(String description) {
        Matcher quoted = Pattern.compile("candidate group '([^']*)'").matcher(String.valueOf(description));
        return quoted.find() ? quoted.group(1) : String.valueOf(description);
    }

    private static String resourceName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank()) {
            name = "process";
        }
        if (!name.endsWith(".bpmn20.xml") && !name.endsWith(".bpmn")) {
            name = name + ".bpmn20.xml";
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }
}
