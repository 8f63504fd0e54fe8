package vn.motcua.web.payment;

import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.payment.DossierPayments;
import vn.motcua.cases.payment.Payments;

/**
 * The payment figures of a dossier for its pages, read as {@code @paymentFigures.of(dossier)} by the payment
 * fragment, so that the citizen's and the staff's dossier pages show them the same way.
 */
@Component("paymentFigures")
public class PaymentFigures {

    private final Payments payments;

    PaymentFigures(Payments payments) {
        this.payments = payments;
    }

    public DossierPayments of(Dossier dossier) {
        return payments.of(dossier);
    }
}
