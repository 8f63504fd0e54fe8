package vn.motcua.workflow.payment;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.Payments;

/**
 * Every {@code motcua.payment.reconcile-interval}, asks the platform about payments pending longer than
 * {@code motcua.payment.reconcile-after} and settles them (a notification lost or refused, a citizen who never came
 * back), then issues the receipts still missing ({@link FeeReceipts}). Runs on
 * one node at a time, like the other periodic jobs ({@link PeriodicJob}).
 */
@Component
@EnableConfigurationProperties(ReconciliationProperties.class)
class ReconciliationJob extends PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationJob.class);

    private final OnlinePayments online;
    private final Payments payments;
    private final FeeReceipts receipts;
    private final ReconciliationProperties properties;

    ReconciliationJob(OnlinePayments online, Payments payments, FeeReceipts receipts,
            ReconciliationProperties properties) {
        super("payment-reconciliation", properties.reconcileInterval(), Duration.ofMinutes(15));
        this.online = online;
        this.payments = payments;
        this.receipts = receipts;
        this.properties = properties;
    }

    /** One round: settles what the platform can tell about, then issues missing receipts. */
    ReconciliationRound runOnce() {
        ReconciliationRound round = online.reconcile(properties.reconcileAfter());
        if (round.checked() > 0) {
            LOG.info("Payment reconciliation: {} pending asked about, {} settled, {} not answered", round.checked(),
                    round.settled(), round.errors());
        }
        for (Payment payment : payments.withoutReceipt()) {
            try {
                receipts.issue(payment);
            }
            catch (RuntimeException ex) {
                LOG.warn("The receipt of order {} could not be issued yet: {}", payment.orderId(), ex.toString());
            }
        }
        return round;
    }


    @Override
    protected void runRound() {
        runOnce();
    }
}
