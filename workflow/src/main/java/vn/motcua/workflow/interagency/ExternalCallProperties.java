package vn.motcua.workflow.interagency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the process retries a failed call to an external system before the job lands in the dead-letter list.
 *
 * @param retryCycle an ISO 8601 repeating interval, {@code R5/PT10S} by default: five tries, ten seconds apart
 */
@ConfigurationProperties("motcua.workflow.external-calls")
public record ExternalCallProperties(String retryCycle) {

    public ExternalCallProperties {
        retryCycle = retryCycle == null || retryCycle.isBlank() ? "R5/PT10S" : retryCycle;
    }
}
