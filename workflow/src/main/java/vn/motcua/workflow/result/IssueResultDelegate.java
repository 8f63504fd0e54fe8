package vn.motcua.workflow.result;

import java.util.List;
import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.documents.Signatory;
import vn.motcua.workflow.ProcessDelegate;
import vn.motcua.workflow.issuance.DocumentId;
import vn.motcua.workflow.issuance.DocumentKind;
import vn.motcua.workflow.issuance.DocumentRequest;
import vn.motcua.workflow.issuance.Issuance;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Issues the result PDF of the dossier's procedure (the copy of a civil-status extract, the household business
 * registration certificate, or the three results of the linked birth procedure), each signed with the key of the
 * agency that issues it, stored with its SHA-256 and registered among the issued documents, then marks the dossier
 * done (status 9). Runs as an async service task, so a failure is retried by the job executor; each result's id
 * derives from the dossier and the result, so a retry never issues a second copy.
 */
@ProcessDelegate
@Component("issueResult")
class IssueResultDelegate implements JavaDelegate {

    private static final String SIGNATORY_TITLE = "THỦ TRƯỞNG CƠ QUAN";

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final Issuance issuer;

    IssueResultDelegate(Dossiers dossiers, Agencies agencies, Issuance issuer) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.issuer = issuer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID dossierId = UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
        String signer = (String) execution.getVariable(ProcessVariables.DECIDED_BY);
        String signerName = (String) execution.getVariable(ProcessVariables.DECIDED_BY_NAME);
        Dossier dossier = dossiers.get(dossierId);
        for (ResultDocument result : results(dossier, execution, signerName)) {
            issuer.issue(new DocumentRequest(DocumentId.of("result", dossier.id(), result.fileName()), dossier,
                    new DocumentKind(FileKind.RESULT, result.title(), result.number(), result.fileName()),
                    result.agencyCode(), new Signatory(SIGNATORY_TITLE, result.signerName()), result.renderer()));
        }
        dossiers.completeWithResult(dossierId, signer);
    }

    private List<ResultDocument> results(Dossier dossier, DelegateExecution execution, String signerName) {
        String title = dossier.procedureVersion().resultTitle();
        String fileName = "ket-qua-" + dossier.code() + ".pdf";
        String agency = dossier.handlerAgencyCode();
        return switch (dossier.procedureVersion().processKey()) {
            case LinkedResultsTemplate.PROCESS_KEY ->
                    LinkedResultsTemplate.results(dossier, execution, code -> agencies.findByCode(code).orElseThrow());
            case BusinessCertificateTemplate.PROCESS_KEY -> List.of(new ResultDocument(title,
                    dossier.code() + "/ĐKHKD", fileName, agency, signerName,
                    header -> BusinessCertificateTemplate.render(dossier, header)));
            default -> List.of(new ResultDocument(title, dossier.code() + "/BSTL", fileName, agency, signerName,
                    header -> ExtractResultTemplate.render(dossier, header)));
        };
    }
}
