package vn.motcua.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The portal's own processes pass the upload check, and the engine enforces the same rules at run time: a process
 * deployed past the check (straight through the repository) resolves no Spring bean but the registered ones and calls
 * no method but variable reads and the registered functions.
 */
@SpringBootTest
class DataNotCodeProcessTest {

    @Autowired ProcessDeployments deployments;
    @Autowired ProcessBeans beans;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ApplicationContext context;

    private String deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "processes/civil-status-extract-copy.bpmn20.xml", "processes/birth-residence-insurance.bpmn20.xml",
            "processes/household-business-registration.bpmn20.xml", "vn/motcua/workflow/deadletter/flaky-call.bpmn20.xml" })
    void thePortalsOwnProcessesPassTheUploadCheck(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(deployments.check(resource, in.readAllBytes()).getProcesses()).isNotEmpty();
        }
    }

    @Test
    void theRegistryHoldsTheReviewedDelegatesAndFunctions() {
        assertThat(beans.delegates()).contains("issueResult", "completeDossier", "issueChildIdNumber", "issueInsuranceCard")
                .doesNotContain("repositoryService", "dataSource");
        assertThat(beans.functions()).containsEntry("externalCalls", Set.of("retryCycle"));
    }

    @Test
    void aProcessDeployedPastTheCheckCannotResolveAnUnregisteredBean() {
        assertThat(context.containsBean("processDeployments")).as("a real bean of the application").isTrue();
        deploy("${processDeployments.list()}");

        assertThatThrownBy(this::run).isInstanceOf(FlowableException.class)
                .hasStackTraceContaining("Unknown property used in expression")
                .hasStackTraceContaining("processDeployments");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("past-the-check").count()).isZero();
    }

    @Test
    void aProcessDeployedPastTheCheckCannotCallMethodsOutsideTheRegistry() {
        deploy("${execution.getProcessInstanceId()}");
        assertThatThrownBy(this::run).hasStackTraceContaining("Process expressions may not call getProcessInstanceId");
    }

    @Test
    void aRegisteredFunctionBeanOffersItsOwnMethodsOnly() {
        deploy("${externalCalls.getClass()}");
        assertThatThrownBy(this::run).hasStackTraceContaining("Process expressions may not call getClass");
    }

    @Test
    void variableReadsAndRegisteredFunctionsStillWork() {
        deploy("${externalCalls.retryCycle()}|${execution.getVariable('who')}");
        ProcessInstance instance = run();
        assertThat(runtime.getVariable(instance.getId(), "result")).isEqualTo("R2/PT1S|an");
    }

    private void deploy(String expression) {
        String bpmn = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             targetNamespace="test">
                  <process id="past-the-check" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="call"/>
                    <serviceTask id="call" flowable:expression="%s" flowable:resultVariableName="result"/>
                    <sequenceFlow id="f2" sourceRef="call" targetRef="wait"/>
                    <receiveTask id="wait"/>
                    <sequenceFlow id="f3" sourceRef="wait" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""".formatted(expression);
        deployment = repository.createDeployment().addString("past-the-check.bpmn20.xml", bpmn).deploy().getId();
    }

    private ProcessInstance run() {
        return runtime.startProcessInstanceByKey("past-the-check", UUID.randomUUID().toString(), Map.of("who", "an"));
    }
}
