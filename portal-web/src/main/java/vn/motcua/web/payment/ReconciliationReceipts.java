package vn.motcua.web.payment;

import org.springframework.stereotype.Component;

import vn.motcua.cases.payment.Payment;
import vn.motcua.workflow.payment.MissingReceipts;

/** Lets the payment reconciliation issue the receipts still missing, through {@link FeeReceipts}. */
@Component
class ReconciliationReceipts implements MissingReceipts {

    private final FeeReceipts receipts;

    ReconciliationReceipts(FeeReceipts receipts) {
        this.receipts = receipts;
    }

    @Override
    public void issue(Payment payment) {
        receipts.issue(payment);
    }
}
