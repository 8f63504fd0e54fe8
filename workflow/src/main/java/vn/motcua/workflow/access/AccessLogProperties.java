package vn.motcua.workflow.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the personal-data access log ({@code motcua.access-log.*}).
 *
 * @param anchorInterval how often the head of the chain is time-stamped by the time-stamping authority
 *                       ({@code motcua.documents.tsa-url}), and whether it is at shutdown too; 0 turns anchoring off
 */
@ConfigurationProperties("motcua.access-log")
public record AccessLogProperties(@DefaultValue("10m") Duration anchorInterval) {

    /** Refuses a negative interval. */
    public AccessLogProperties {
        if (anchorInterval.isNegative()) {
            throw new IllegalArgumentException("motcua.access-log.anchor-interval must not be negative: "
                    + anchorInterval);
        }
    }
}
