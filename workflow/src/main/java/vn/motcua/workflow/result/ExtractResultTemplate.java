package vn.motcua.workflow.result;

import java.time.LocalDate;

import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.CivilStatusExtractCopy;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.Gender;
import vn.motcua.documents.templates.Templates;

/** The result of procedure 2.000635: maps the dossier to the copy-of-extract template of document generation. */
final class ExtractResultTemplate {

    private ExtractResultTemplate() {
    }

    static OfficialDocument render(Dossier dossier, Agency agency, LocalDate issuedOn, String signerName,
            String verificationUrl) {
        ExtractRequest request = ExtractRequest.fromFormData(dossier.formData());
        DocumentHeader header = new DocumentHeader(
                new IssuingAuthority(agency.superiorName(), agency.name(), agency.code()),
                dossier.code() + "/BSTL", agency.place(), issuedOn,
                new Signatory("THỦ TRƯỞNG CƠ QUAN", signerName), verificationUrl);
        return Templates.render(new CivilStatusExtractCopy(header, dossier.code(),
                CivilStatusExtractCopy.ExtractType.valueOf(request.type().name()), request.subjectName(),
                request.subjectBirthDate(), "female".equals(request.subjectGender()) ? Gender.FEMALE : Gender.MALE,
                request.subjectIdNumber(), request.registrationPlace(), request.registrationNumber(),
                dossier.applicant().fullName(), request.copies(),
                dossier.submittedAt().atZone(LegalClock.ZONE).toLocalDate()));
    }
}
