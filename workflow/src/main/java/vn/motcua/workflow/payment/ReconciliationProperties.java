package vn.motcua.workflow.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reconciles its online payments with the platform ({@code motcua.payment.*}, next to the platform's
 * own settings).
 *
 * @param reconcileAfter    how long a payment stays pending before reconciliation asks the platform about it
 * @param reconcileInterval how often reconciliation runs; zero switches it off
 */
@ConfigurationProperties("motcua.payment")
record ReconciliationProperties(@DefaultValue("10m") Duration reconcileAfter,
        @DefaultValue("1m") Duration reconcileInterval) {
}
