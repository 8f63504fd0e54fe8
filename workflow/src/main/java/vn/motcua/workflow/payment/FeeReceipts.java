package vn.motcua.workflow.payment;

import java.util.UUID;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentEvents;
import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.Applicant;
import vn.motcua.documents.templates.FeeReceipt;
import vn.motcua.documents.templates.Templates;
import vn.motcua.workflow.issuance.DocumentId;
import vn.motcua.workflow.issuance.DocumentKind;
import vn.motcua.workflow.issuance.DocumentRequest;
import vn.motcua.workflow.issuance.Issuance;

/**
 * Issues the electronic receipt (biên lai điện tử) of a fee paid online after the payment committed, signed with the
 * receiving agency's key through the {@link Issuance issuer}. Its id derives from the payment, so that a retry (the
 * reconciliation job issues receipts still missing, e.g. while the time-stamping authority was down) finds it and
 * issues nothing.
 */
@Service
public class FeeReceipts {

    /** The receipt's title in the register of issued documents. */
    public static final String TITLE = "Biên lai thu phí, lệ phí điện tử";
    static final String LISTENER_ID = "motcua.payment.receipt";
    private static final String SIGNATORY = "ĐƠN VỊ THU PHÍ, LỆ PHÍ";

    private final Payments payments;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final Issuance issuer;

    FeeReceipts(Payments payments, Dossiers dossiers, Agencies agencies, Issuance issuer) {
        this.payments = payments;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.issuer = issuer;
    }

    @Async
    @TransactionalEventListener(id = LISTENER_ID)
    void on(PaymentEvents.Paid paid) {
        payments.byId(paid.paymentId()).ifPresent(this::issue);
    }

    static UUID receiptId(UUID paymentId) {
        return DocumentId.of("fee-receipt", paymentId);
    }

    /** Issues the receipt of a paid payment unless it was issued already; returns its stored file. */
    public StoredFile issue(Payment payment) {
        UUID id = receiptId(payment.id());
        var existing = issuer.issued(id);
        if (existing.isPresent()) {
            if (payment.receiptId() == null) {
                payments.receiptIssued(payment.id(), id);
            }
            return existing.get();
        }
        Dossier dossier = dossiers.get(payment.dossierId());
        Agency agency = agencies.findByCode(dossier.receivingAgencyCode()).orElseThrow();
        var applicant = dossier.applicant();
        StoredFile file = issuer.issue(new DocumentRequest(id, dossier,
                new DocumentKind(FileKind.SLIP, TITLE, dossier.code() + "/BLĐT", "bien-lai-" + dossier.code() + ".pdf"),
                agency.code(), new Signatory(SIGNATORY, agency.name()),
                header -> Templates.render(new FeeReceipt(header, dossier.code(),
                        new Applicant(applicant.fullName(), applicant.idNumber(), applicant.address(),
                                applicant.phone(), applicant.email()),
                        dossier.procedureVersion().procedure().name(), payment.feeType() == FeeType.LE_PHI,
                        payment.amountVnd(), payment.orderId(), payment.transactionId(), payment.paidAt()))));
        payments.receiptIssued(payment.id(), id);
        return file;
    }
}
