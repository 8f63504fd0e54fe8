package vn.motcua.workflow.result;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.SignedPdf;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Generates the result PDF of the dossier's procedure (the copy of a civil-status extract, the household business
 * registration certificate, or the three results of the linked birth procedure), signs it with the agency's key, stores it with its SHA-256, records it in the
 * register of issued documents under the id its QR code carries, and marks the dossier done (status 9).
 * Runs as an async service task, so a failure is retried by the job executor.
 */
@Component("issueResult")
class IssueResultDelegate implements JavaDelegate {

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final StoredFiles files;
    private final IssuedDocuments register;
    private final DocumentIssuer issuer;
    private final ResultProperties properties;
    private final Clock clock;

    IssueResultDelegate(Dossiers dossiers, Agencies agencies, StoredFiles files, IssuedDocuments register,
            DocumentIssuer issuer, ResultProperties properties, Clock clock) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.files = files;
        this.register = register;
        this.issuer = issuer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID dossierId = UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
        String signer = (String) execution.getVariable(ProcessVariables.DECIDED_BY);
        String signerName = (String) execution.getVariable(ProcessVariables.DECIDED_BY_NAME);
        Dossier dossier = dossiers.get(dossierId);
        if (LinkedResultsTemplate.PROCESS_KEY.equals(dossier.procedureVersion().processKey())) {
            issueLinkedResults(dossier, execution, signer);
            return;
        }
        Agency agency = agencies.findByCode(dossier.handlerAgencyCode()).orElseThrow();
        UUID documentId = UUID.randomUUID();
        LocalDate today = clock.instant().atZone(LegalClock.ZONE).toLocalDate();
        String verificationUrl = properties.publicBaseUrl() + "/verify/" + documentId;
        OfficialDocument document = switch (dossier.procedureVersion().processKey()) {
            case BusinessCertificateTemplate.PROCESS_KEY ->
                    BusinessCertificateTemplate.render(dossier, agency, today, signerName, verificationUrl);
            default -> ExtractResultTemplate.render(dossier, agency, today, signerName, verificationUrl);
        };
        SignedPdf pdf = issuer.issue(document, agency.code());
        StoredFile file = files.store(documentId, dossierId, FileKind.RESULT, "ket-qua-" + dossier.code() + ".pdf",
                "application/pdf", pdf.content());
        register.record(file, dossier.procedureVersion().resultTitle(), agency.code(), signerName, clock.instant());
        dossiers.completeWithResult(dossierId, signer);
    }

    /** The three results of the linked procedure, each signed with the key of the agency that decided it. */
    private void issueLinkedResults(Dossier dossier, DelegateExecution execution, String signer) {
        LocalDate today = clock.instant().atZone(LegalClock.ZONE).toLocalDate();
        for (LinkedResultsTemplate.Result result : LinkedResultsTemplate.results(dossier, execution,
                code -> agencies.findByCode(code).orElseThrow(), today)) {
            UUID documentId = UUID.randomUUID();
            SignedPdf pdf = issuer.issue(result.render().apply(properties.publicBaseUrl() + "/verify/" + documentId),
                    result.agencyCode());
            StoredFile file = files.store(documentId, dossier.id(), FileKind.RESULT, result.fileName(),
                    "application/pdf", pdf.content());
            register.record(file, result.title(), result.agencyCode(), result.signerName(), clock.instant());
        }
        dossiers.completeWithResult(dossier.id(), signer);
    }
}
