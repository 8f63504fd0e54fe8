package vn.motcua.workflow.interagency;

import org.springframework.stereotype.Component;

/** What the BPMN reads as {@code ${externalCalls.retryCycle()}} in the retry cycle of its external calls. */
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
