package vn.motcua.web.payment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentEvents;
import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.SignedPdf;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.Applicant;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.FeeReceipt;
import vn.motcua.documents.templates.Templates;

/**
 * Issues the electronic receipt (biên lai điện tử) of a fee paid online after the payment committed: rendered, signed
 * with the receiving agency's key (with its time-stamp) outside any transaction, then stored and registered among the
 * dossier's documents in one short transaction. Its id derives from the payment, so that a retry (the reconciliation
 * job issues receipts still missing, e.g. while the time-stamping authority was down) finds it and issues nothing.
 */
@Component
class FeeReceipts {

    static final String TITLE = "Biên lai thu phí, lệ phí điện tử";
    static final String LISTENER_ID = "motcua.payment.receipt";
    private static final String SIGNATORY = "ĐƠN VỊ THU PHÍ, LỆ PHÍ";

    private final Payments payments;
    private final Dossiers dossiers;
    private final Agencies agencies;
    private final StoredFiles files;
    private final IssuedDocuments register;
    private final DocumentIssuer issuer;
    private final Clock clock;
    private final String publicBaseUrl;
    private final TransactionTemplate transaction;

    FeeReceipts(Payments payments, Dossiers dossiers, Agencies agencies, StoredFiles files, IssuedDocuments register,
            DocumentIssuer issuer, Clock clock, @Value("${motcua.documents.public-base-url}") String publicBaseUrl,
            PlatformTransactionManager transactions) {
        this.payments = payments;
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.files = files;
        this.register = register;
        this.issuer = issuer;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Async
    @TransactionalEventListener(id = LISTENER_ID)
    void on(PaymentEvents.Paid paid) {
        payments.byId(paid.paymentId()).ifPresent(this::issue);
    }

    static UUID receiptId(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("fee-receipt:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    /** Issues the receipt of a paid payment unless it was issued already; returns its stored file. */
    StoredFile issue(Payment payment) {
        UUID id = receiptId(payment.id());
        var existing = files.find(id);
        if (existing.isPresent()) {
            if (payment.receiptId() == null) {
                payments.receiptIssued(payment.id(), id);
            }
            return existing.get();
        }
        Dossier dossier = dossiers.get(payment.dossierId());
        Agency agency = agencies.findByCode(dossier.receivingAgencyCode()).orElseThrow();
        LocalDate today = clock.instant().atZone(LegalClock.ZONE).toLocalDate();
        Signatory signatory = new Signatory(SIGNATORY, agency.name());
        DocumentHeader header = new DocumentHeader(
                new IssuingAuthority(agency.superiorName(), agency.name(), agency.code()),
                dossier.code() + "/BLĐT", agency.place(), today, signatory, publicBaseUrl + "/verify/" + id);
        var applicant = dossier.applicant();
        SignedPdf pdf = issuer.issue(Templates.render(new FeeReceipt(header, dossier.code(),
                new Applicant(applicant.fullName(), applicant.idNumber(), applicant.address(), applicant.phone(),
                        applicant.email()),
                dossier.procedureVersion().procedure().name(), payment.feeType() == FeeType.LE_PHI,
                payment.amountVnd(), payment.orderId(), payment.transactionId(), payment.paidAt())), agency.code());
        StoredFile file = transaction.execute(status -> {
            StoredFile stored = files.store(id, dossier.id(), FileKind.SLIP,
                    "bien-lai-" + dossier.code() + ".pdf", "application/pdf", pdf.content());
            register.record(stored, TITLE, agency.code(), agency.name(), clock.instant());
            return stored;
        });
        payments.receiptIssued(payment.id(), id);
        return file;
    }
}
