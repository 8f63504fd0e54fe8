package vn.motcua.workflow.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;

/** The deploy-time rules on user tasks: a national status the engine maps (1, 4 or 6) and {agency}:{role} groups. */
class UserTaskRulesValidatorTest {

    @Test
    void aPaymentStepOfStatusSixIsAccepted() {
        assertThat(errors(task("motcua:status=\"6\" flowable:candidateGroups=\"${agencyCode}:CLERK\""))).isEmpty();
    }

    @Test
    void aTaskOfStatusSixStillNeedsItsCandidateGroups() {
        assertThat(errors(task("motcua:status=\"6\""))).extracting(ValidationError::getProblem)
                .containsExactly("motcua-candidate-groups-missing");
    }

    @Test
    void aTaskWithGroupsStillNeedsItsStatus() {
        assertThat(errors(task("flowable:candidateGroups=\"H29.12.05:CLERK\""))).singleElement()
                .satisfies(error -> {
                    assertThat(error.getProblem()).isEqualTo("motcua-status-missing");
                    assertThat(error.getDefaultDescription()).contains("1, 4, 6");
                });
    }

    @Test
    void aStatusTheEngineDoesNotMapIsRefused() {
        assertThat(errors(task("motcua:status=\"5\" flowable:candidateGroups=\"H29.12.05:CLERK\"")))
                .extracting(ValidationError::getProblem).containsExactly("motcua-status-missing");
    }

    private static String task(String attributes) {
        return """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             xmlns:motcua="https://motcua.vn/bpmn" targetNamespace="test">
                  <process id="p" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                    <userTask id="t" name="Thu lệ phí" %s/>
                    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""".formatted(attributes);
    }

    private static List<ValidationError> errors(String bpmn) {
        try {
            XMLStreamReader reader = XMLInputFactory.newFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)), "UTF-8");
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(reader);
            List<ValidationError> errors = new ArrayList<>();
            new UserTaskRulesValidator().validate(model, errors);
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
