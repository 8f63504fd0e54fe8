package vn.motcua.workflow.interagency;

import org.springframework.stereotype.Component;

import vn.motcua.workflow.ProcessFunctions;

/** What the BPMN reads as {@code ${externalCalls.retryCycle()}} in the retry cycle of its external calls. */
@ProcessFunctions
@Component("externalCalls")
public class ExternalCalls {

    private final ExternalCallProperties properties;

    ExternalCalls(ExternalCallProperties properties) {
        this.properties = properties;
    }

    public String retryCycle() {
        return properties.retryCycle();
    }
}
