package vn.motcua.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.motcua.workflow.ProcessDelegate;
import vn.motcua.workflow.ProcessFunctions;

/**
 * The allow-lists of an uploaded process, without the engine: what the portal's kind of process uses passes, every
 * other element, listener and expression form is refused with the element and a reason.
 */
class ProcessContentRulesTest {

    @ProcessDelegate
    static class SampleDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // registered, never run here
        }
    }

    @ProcessFunctions
    static class SampleFunctions {
        public String retryCycle() {
            return "R5/PT10S";
        }
    }

    private final ProcessContentRules rules = new ProcessContentRules(new ProcessBeans(new StaticListableBeanFactory(
            Map.of("sampleDelegate", new SampleDelegate(), "sampleFunctions", new SampleFunctions(), "other", new Object()))));

    @Test
    void theFormsThePortalsProcessesUsePass() {
        String body = """
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <userTask id="t" flowable:candidateGroups="${agencyCode}:CLERK" flowable:dueDate="${due}"/>
                <boundaryEvent id="late" attachedToRef="t"><timerEventDefinition><timeDuration>PT1H</timeDuration>
                  </timerEventDefinition></boundaryEvent>
                <sequenceFlow id="f2" sourceRef="late" targetRef="e2"/><endEvent id="e2"><terminateEventDefinition/></endEvent>
                <sequenceFlow id="f3" sourceRef="t" targetRef="g"/><exclusiveGateway id="g" default="f4"/>
                <sequenceFlow id="f4" sourceRef="g" targetRef="call"/>
                <sequenceFlow id="f5" sourceRef="g" targetRef="wait"><conditionExpression xsi:type="tFormalExpression">
                  ${execution.getVariable('decision') == 'return' &amp;&amp; (variables:get(count) > 2 or !empty note)}
                </conditionExpression></sequenceFlow>
                <intermediateCatchEvent id="wait"><messageEventDefinition messageRef="answer"/></intermediateCatchEvent>
                <sequenceFlow id="f6" sourceRef="wait" targetRef="sub"/>
                <subProcess id="sub"><startEvent id="ss"/><sequenceFlow id="sf" sourceRef="ss" targetRef="se"/><endEvent id="se"/>
                </subProcess>
                <sequenceFlow id="f7" sourceRef="sub" targetRef="call"/>
                <serviceTask id="call" flowable:async="true" flowable:delegateExpression="${sampleDelegate}">
                  <extensionElements><flowable:failedJobRetryTimeCycle>${sampleFunctions.retryCycle()}</flowable:failedJobRetryTimeCycle>
                  </extensionElements></serviceTask>
                <sequenceFlow id="f8" sourceRef="call" targetRef="e"/><endEvent id="e"/>
                """;
        assertThat(problems(body)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "${a.b}                                       | processes.problem.expression.form   | a.b",
            "${a['b'] == 1}                               | processes.problem.expression.form   | [...]",
            "${fn:upper(a) == 'A'}                        | processes.problem.expression.form   | fn:upper(…)",
            "${sampleDelegate != null}                    | processes.problem.expression.bean   | sampleDelegate",
            "${sampleFunctions.getClass() != null}        | processes.problem.expression.method | sampleFunctions.getClass",
            "${execution.getVariable(name) == 1}          | processes.problem.expression.method | execution.getVariable",
            "${execution.setVariable('a', 1)}             | processes.problem.expression.method | execution.setVariable",
            "${other.toString() == ''}                    | processes.problem.expression.method | other.toString",
            "${''.getClass().forName('java.lang.System')} | processes.problem.expression.method | ….getClass",
    })
    void anExpressionOutsideTheAllowedFormsIsRefused(String expression, String key, String detail) {
        String body = """
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="g"/><exclusiveGateway id="g" default="f2"/>
                <sequenceFlow id="f2" sourceRef="g" targetRef="e"/>
                <sequenceFlow id="f3" sourceRef="g" targetRef="e"><conditionExpression xsi:type="tFormalExpression">%s</conditionExpression>
                </sequenceFlow><endEvent id="e"/>""".formatted(expression.replace("&", "&amp;"));
        assertThat(problems(body)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo(key);
            assertThat(problem.arguments()).containsExactly("f3", expression, detail);
        });
    }

    @Test
    void anUnreadableExpressionIsRefused() {
        assertThat(problems("""
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <userTask id="t" flowable:assignee="${a ==}"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                """)).containsExactly(ProcessProblem.of("processes.problem.expression.syntax", "t", "${a ==}"));
    }

    @Test
    void theExpressionsOfFormPropertiesAreCheckedToo() {
        assertThat(problems("""
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                <userTask id="t"><extensionElements>
                  <flowable:formProperty id="x" expression="${processDeployments.list()}"/></extensionElements></userTask>
                <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                """)).containsExactly(ProcessProblem.of("processes.problem.expression.method", "t",
                "${processDeployments.list()}", "processDeployments.list"));
    }

    @Test
    void elementsThatRunCodeOrStartOnTheirOwnAreRefusedWhereverTheyAre() {
        String body = """
                <startEvent id="s"><signalEventDefinition signalRef="go"/></startEvent>
                <sequenceFlow id="f1" sourceRef="s" targetRef="sub">
                  <extensionElements><flowable:executionListener event="take" class="org.example.Evil"/></extensionElements>
                </sequenceFlow>
                <subProcess id="sub"><startEvent id="ss"/><sequenceFlow id="sf1" sourceRef="ss" targetRef="script"/>
                  <scriptTask id="script" scriptFormat="javascript"><script>1</script></scriptTask>
                  <sequenceFlow id="sf2" sourceRef="script" targetRef="se"/><endEvent id="se"/></subProcess>
                <sequenceFlow id="f2" sourceRef="sub" targetRef="callOther"/>
                <callActivity id="callOther" calledElement="other"/>
                <sequenceFlow id="f3" sourceRef="callOther" targetRef="mail"/>
                <sendTask id="mail" flowable:type="mail"/>
                <sequenceFlow id="f4" sourceRef="mail" targetRef="shout"/>
                <intermediateThrowEvent id="shout"><signalEventDefinition signalRef="go"/></intermediateThrowEvent>
                <sequenceFlow id="f5" sourceRef="shout" targetRef="rules"/>
                <businessRuleTask id="rules"/>
                <sequenceFlow id="f6" sourceRef="rules" targetRef="e"/><endEvent id="e"/>
                """;
        assertThat(problems(body, "<extensionElements><flowable:executionListener event=\"start\" "
                + "delegateExpression=\"${sampleDelegate}\"/></extensionElements>")).containsExactlyInAnyOrder(
                ProcessProblem.of("processes.problem.listener", "p", "${sampleDelegate}"),
                ProcessProblem.of("processes.problem.startTrigger", "s", "signalEventDefinition"),
                ProcessProblem.of("processes.problem.listener", "f1", "org.example.Evil"),
                ProcessProblem.of("processes.problem.element", "script", "scriptTask"),
                ProcessProblem.of("processes.problem.element", "callOther", "callActivity"),
                ProcessProblem.of("processes.problem.element", "mail", "sendTask"),
                ProcessProblem.of("processes.problem.element", "shout", "signalEventDefinition"),
                ProcessProblem.of("processes.problem.element", "rules", "businessRuleTask"));
    }

    private List<ProcessProblem> problems(String body) {
        return problems(body, "");
    }

    private List<ProcessProblem> problems(String body, String processExtensions) {
        String xml = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="test">
                  <signal id="go" name="go"/><message id="answer" name="answer"/>
                  <process id="p" isExecutable="true">%s
                %s
                  </process>
                </definitions>""".formatted(processExtensions, body);
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(
                () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false, true);
        return rules.check(model);
    }
}
