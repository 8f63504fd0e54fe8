package vn.motcua.workflow.result;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Signatory;

/** The result of procedure 2.000635: a copy of a civil-status extract, worded as the document itself. */
final class ExtractResultTemplate {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ExtractResultTemplate() {
    }

    static OfficialDocument render(Dossier dossier, Agency agency, LocalDate issuedOn, String signerName,
            String verificationUrl) {
        ExtractRequest request = ExtractRequest.fromFormData(dossier.formData());
        List<DocumentLine> lines = new ArrayList<>();
        lines.add(new DocumentLine("Họ, chữ đệm, tên", request.subjectName()));
        lines.add(new DocumentLine("Ngày, tháng, năm sinh", DATE.format(request.subjectBirthDate())));
        lines.add(new DocumentLine("Giới tính", "female".equals(request.subjectGender()) ? "Nữ" : "Nam"));
        if (!request.subjectIdNumber().isBlank()) {
            lines.add(new DocumentLine("Số định danh cá nhân", request.subjectIdNumber()));
        }
        lines.add(new DocumentLine("Nơi đăng ký", request.registrationPlace()));
        if (!request.registrationNumber().isBlank()) {
            lines.add(new DocumentLine("Số đăng ký", request.registrationNumber()));
        }
        lines.add(new DocumentLine("Người yêu cầu", dossier.applicant().fullName()));
        lines.add(new DocumentLine("Số bản sao được cấp", String.valueOf(request.copies())));
        lines.add(new DocumentLine("Mã hồ sơ", dossier.code()));
        List<String> paragraphs = List.of(
                "Bản sao được cấp theo hồ sơ " + dossier.code() + " tiếp nhận trực tuyến ngày "
                        + DATE.format(dossier.submittedAt().atZone(vn.motcua.cases.clock.LegalClock.ZONE)) + ".",
                "Văn bản điện tử có chữ ký số có giá trị pháp lý như bản giấy.");
        return new OfficialDocument(
                new IssuingAuthority(agency.superiorName().toUpperCase(VI), agency.name().toUpperCase(VI), agency.code()),
                dossier.code() + "/BSTL", agency.place(), issuedOn,
                dossier.procedureVersion().resultTitle(), subtitle(request.type()), lines, paragraphs,
                new Signatory("THỦ TRƯỞNG CƠ QUAN", signerName), verificationUrl);
    }

    private static String subtitle(ExtractRequest.ExtractType type) {
        return switch (type) {
            case BIRTH -> "Trích lục khai sinh";
            case MARRIAGE -> "Trích lục kết hôn";
            case DEATH -> "Trích lục khai tử";
        };
    }
}
