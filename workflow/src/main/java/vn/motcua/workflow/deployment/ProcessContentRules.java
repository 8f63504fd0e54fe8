package vn.motcua.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ErrorEventDefinition;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.EventGateway;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.ThrowEvent;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.SignalEventDefinition;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TerminateEventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;

/**
 * What an uploaded process may hold, so that it stays data and carries no code. The allow-list follows what the
 * portal's own processes use, with the plain BPMN around it: start events without a trigger of their own (a process
 * starts when a dossier is filed), end events (plain, terminate, error), intermediate and boundary events on a timer,
 * message or signal, user tasks, service tasks that name a registered delegate as
 * {@code flowable:delegateExpression="${name}"}, exclusive, parallel, inclusive and event gateways, sequence flows and
 * embedded subprocesses. No listener of any kind, no {@code flowable:type} (shell, http, camel, mule, mail, …), no
 * class, no script; every expression passes {@link ExpressionRules}.
 */
final class ProcessContentRules {

    private static final Set<Class<?>> PLAIN = Set.of(ExclusiveGateway.class, ParallelGateway.class,
            InclusiveGateway.class, EventGateway.class, SubProcess.class);
    private static final Set<Class<?>> CATCHING = Set.of(TimerEventDefinition.class, MessageEventDefinition.class,
            SignalEventDefinition.class);
    private static final Set<Class<?>> BOUNDARY = Set.of(TimerEventDefinition.class, MessageEventDefinition.class,
            SignalEventDefinition.class, ErrorEventDefinition.class);

    private final ProcessBeans beans;
    private final ExpressionRules expressions;

    ProcessContentRules(ProcessBeans beans) {
        this.beans = beans;
        this.expressions = new ExpressionRules(beans);
    }

    List<ProcessProblem> check(BpmnModel model) {
        List<ProcessProblem> problems = new ArrayList<>();
        for (Process process : model.getProcesses()) {
            listeners(process.getId(), process.getExecutionListeners(), problems);
            if (!process.getEventListeners().isEmpty()) {
                problems.add(ProcessProblem.of("processes.problem.listener", process.getId(), "eventListener"));
            }
            for (FlowElement element : process.findFlowElementsOfType(FlowElement.class)) {
                listeners(element.getId(), element.getExecutionListeners(), problems);
                element(element, problems);
                if (element instanceof Activity activity) {
                    activity(activity, problems);
                }
            }
        }
        return problems;
    }

    private void element(FlowElement element, List<ProcessProblem> problems) {
        String id = element.getId();
        if (element instanceof UserTask task) {
            userTask(task, problems);
        } else if (element instanceof ServiceTask task) {
            serviceTask(task, problems);
        } else if (element instanceof SequenceFlow flow) {
            expressions(id, problems, flow.getConditionExpression(), flow.getSkipExpression());
        } else if (element instanceof StartEvent start) {
            expressions(id, problems, start.getFormKey(), start.getValidateFormFields());
            forms(id, start.getFormProperties(), problems);
            if (!start.getEventDefinitions().isEmpty()) {
                problems.add(ProcessProblem.of("processes.problem.startTrigger", id, typeName(start.getEventDefinitions().get(0))));
            }
        } else if (element instanceof EndEvent end) {
            events(end, Set.of(TerminateEventDefinition.class, ErrorEventDefinition.class), problems);
        } else if (element instanceof IntermediateCatchEvent event) {
            events(event, CATCHING, problems);
        } else if (element instanceof ThrowEvent event) {
            events(event, Set.of(), problems);
        } else if (element instanceof BoundaryEvent event) {
            events(event, BOUNDARY, problems);
        } else if (!PLAIN.contains(element.getClass())) {
            problems.add(ProcessProblem.of("processes.problem.element", id, typeName(element)));
        }
    }

    private void userTask(UserTask task, List<ProcessProblem> problems) {
        listeners(task.getId(), task.getTaskListeners(), problems);
        expressions(task.getId(), problems, task.getAssignee(), task.getOwner(), task.getPriority(), task.getDueDate(),
                task.getCategory(), task.getFormKey(), task.getSkipExpression(), task.getBusinessCalendarName(),
                task.getValidateFormFields());
        forms(task.getId(), task.getFormProperties(), problems);
        expressions(task.getId(), problems, task.getCandidateUsers().toArray(String[]::new));
        expressions(task.getId(), problems, task.getCandidateGroups().toArray(String[]::new));
        Stream.concat(task.getCustomUserIdentityLinks().values().stream(), task.getCustomGroupIdentityLinks().values().stream())
                .forEach(links -> expressions(task.getId(), problems, links.toArray(String[]::new)));
    }

    private void serviceTask(ServiceTask task, List<ProcessProblem> problems) {
        String id = task.getId();
        String implementation = String.valueOf(task.getImplementation());
        if (task.getType() != null && !task.getType().isBlank() || task.getClass() != ServiceTask.class) {
            problems.add(ProcessProblem.of("processes.problem.service.type", id,
                    task.getType() != null && !task.getType().isBlank() ? task.getType() : typeName(task)));
        } else if (ImplementationType.IMPLEMENTATION_TYPE_CLASS.equals(task.getImplementationType())) {
            problems.add(ProcessProblem.of("processes.problem.service.class", id, implementation));
        } else if (ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(task.getImplementationType())) {
            problems.add(ProcessProblem.of("processes.problem.service.expression", id, implementation));
        } else if (!ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(task.getImplementationType())) {
            problems.add(ProcessProblem.of("processes.problem.service.type", id, String.valueOf(task.getImplementationType())));
        } else if (expressions.registeredDelegate(implementation).isEmpty()) {
            problems.add(ProcessProblem.of("processes.problem.service.delegate", id, implementation,
                    String.join(", ", beans.delegates())));
        }
        expressions(id, problems, task.getSkipExpression());
        for (FieldExtension field : task.getFieldExtensions()) {
            expressions(id, problems, field.getExpression());
        }
    }

    private void activity(Activity activity, List<ProcessProblem> problems) {
        expressions(activity.getId(), problems, activity.getFailedJobRetryTimeCycleValue());
        MultiInstanceLoopCharacteristics loop = activity.getLoopCharacteristics();
        if (loop != null) {
            expressions(activity.getId(), problems, loop.getInputDataItem(), loop.getLoopCardinality(),
                    loop.getCompletionCondition(), loop.getCollectionString());
            if (loop.getHandler() != null) {
                problems.add(ProcessProblem.of("processes.problem.element", activity.getId(), "collectionHandler"));
            }
        }
    }

    private void events(Event event, Set<Class<?>> allowed, List<ProcessProblem> problems) {
        for (EventDefinition definition : event.getEventDefinitions()) {
            if (!allowed.contains(definition.getClass())) {
                problems.add(ProcessProblem.of("processes.problem.element", event.getId(), typeName(definition)));
            } else if (definition instanceof TimerEventDefinition timer) {
                expressions(event.getId(), problems, timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle(),
                        timer.getEndDate(), timer.getCalendarName());
            } else if (definition instanceof MessageEventDefinition message) {
                expressions(event.getId(), problems, message.getMessageExpression());
            } else if (definition instanceof SignalEventDefinition signal) {
                expressions(event.getId(), problems, signal.getSignalExpression());
            }
        }
    }

    private void forms(String id, List<FormProperty> properties, List<ProcessProblem> problems) {
        for (FormProperty property : properties) {
            expressions(id, problems, property.getExpression(), property.getDefaultExpression());
        }
    }

    private static void listeners(String id, List<FlowableListener> listeners, List<ProcessProblem> problems) {
        for (FlowableListener listener : listeners) {
            String what = listener.getImplementation() != null ? listener.getImplementation()
                    : String.valueOf(listener.getImplementationType());
            problems.add(ProcessProblem.of("processes.problem.listener", id, what));
        }
    }

    private void expressions(String id, List<ProcessProblem> problems, String... values) {
        for (String value : values) {
            expressions.check(id, value).ifPresent(problems::add);
        }
    }

    /** The BPMN name of an element or event definition: {@code scriptTask}, {@code timerEventDefinition}. */
    private static String typeName(Object element) {
        String name = element.getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
