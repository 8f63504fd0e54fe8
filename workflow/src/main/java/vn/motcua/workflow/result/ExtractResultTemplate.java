package vn.motcua.workflow.result;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.templates.CivilStatusExtractCopy;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.Gender;
import vn.motcua.documents.templates.Templates;

/** The result of procedure 2.000635: maps the dossier to the copy-of-extract template of document generation. */
final class ExtractResultTemplate {

    private ExtractResultTemplate() {
    }

    static OfficialDocument render(Dossier dossier, DocumentHeader header) {
        ExtractRequest request = ExtractRequest.fromFormData(dossier.formData());
        return Templates.render(new CivilStatusExtractCopy(header, dossier.code(),
                CivilStatusExtractCopy.ExtractType.valueOf(request.type().name()), request.subjectName(),
                request.subjectBirthDate(), "female".equals(request.subjectGender()) ? Gender.FEMALE : Gender.MALE,
                request.subjectIdNumber(), request.registrationPlace(), request.registrationNumber(),
                dossier.applicant().fullName(), request.copies(),
                dossier.submittedAt().atZone(LegalClock.ZONE).toLocalDate()));
    }
}
