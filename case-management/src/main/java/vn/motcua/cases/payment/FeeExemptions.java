package vn.motcua.cases.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.dossier.RecordFeePayment;

/**
 * When the process asks for the fee of a dossier that owes nothing (an exemption of its procedure version applies),
 * records the fee as settled at 0 đồng after commit, so that the process goes on without the citizen paying and
 * without the clerk; the receipt number says it was waived.
 */
@Component
class FeeExemptions {

    static final String LISTENER_ID = "motcua.payment.exemption";
    static final String RECORDED_BY = "fee-rule";

    private static final Logger LOG = LoggerFactory.getLogger(FeeExemptions.class);

    private final Dossiers dossiers;
    private final Fees fees;

    FeeExemptions(Dossiers dossiers, Fees fees) {
        this.dossiers = dossiers;
        this.fees = fees;
    }

    /** The receipt number of a waived fee. */
    static String waiver(String dossierCode) {
        return "MIEN-" + dossierCode;
    }

    @Async
    @TransactionalEventListener(id = LISTENER_ID)
    void on(DossierEvents.PaymentRequested requested) {
        Dossier dossier = dossiers.get(requested.dossierId());
        if (dossier.status() != DossierStatus.PAYMENT_REQUESTED || dossier.isFeePaid()
                || !fees.assess(dossier).exempt()) {
            return;
        }
        LOG.info("The fee of dossier {} is waived by its procedure version's exemption", dossier.code());
        dossiers.recordFeePayment(new RecordFeePayment(dossier.id(), waiver(dossier.code()), 0, RECORDED_BY,
                FeeChannel.ONLINE));
    }
}
