package vn.motcua.documents.templates;

import vn.motcua.documents.OfficialDocument;

/** Results from the civil-status register: the copy of an extract (2.000635) and the birth registration extract. */
final class CivilStatusResults {

    static final String EXTRACT_COPY_TITLE = "BẢN SAO TRÍCH LỤC HỘ TỊCH";
    static final String BIRTH_EXTRACT_TITLE = "TRÍCH LỤC KHAI SINH";
    static final String LEGAL_VALUE = "Văn bản điện tử có chữ ký số có giá trị pháp lý như bản giấy.";

    private CivilStatusResults() {
    }

    static OfficialDocument extractCopy(CivilStatusExtractCopy copy) {
        return new DocumentBuilder(copy.header(), EXTRACT_COPY_TITLE, copy.extractType().label())
                .line("Họ, chữ đệm, tên", copy.registeredName())
                .line("Ngày, tháng, năm sinh", Formats.date(copy.birthDate()))
                .line("Giới tính", copy.gender().label())
                .optionalLine("Số định danh cá nhân", copy.identityNumber())
                .line("Nơi đăng ký", copy.registrationPlace())
                .optionalLine("Số đăng ký", copy.registrationNumber())
                .line("Người yêu cầu", copy.applicantName())
                .line("Số bản sao được cấp", String.valueOf(copy.copies()))
                .line("Mã hồ sơ", copy.dossierCode())
                .paragraph("Bản sao được cấp theo hồ sơ " + copy.dossierCode() + " tiếp nhận ngày "
                        + Formats.date(copy.receivedOn()) + ".")
                .paragraph(LEGAL_VALUE)
                .build();
    }

    static OfficialDocument birthExtract(BirthRegistrationExtract extract) {
        DocumentBuilder builder = new DocumentBuilder(extract.header(), BIRTH_EXTRACT_TITLE, "(Bản chính)")
                .line("Họ, chữ đệm, tên", extract.childName())
                .line("Ngày, tháng, năm sinh", Formats.date(extract.birthDate()))
                .line("Giới tính", extract.gender().label())
                .line("Dân tộc", extract.ethnicity())
                .line("Quốc tịch", extract.nationality())
                .line("Nơi sinh", extract.birthplace())
                .line("Số định danh cá nhân", extract.personalIdentityNumber())
                .line("Họ, chữ đệm, tên người mẹ", extract.mother().fullName())
                .optionalLine("Số định danh cá nhân của người mẹ", extract.mother().identityNumber());
        if (extract.father() != null) {
            builder.line("Họ, chữ đệm, tên người cha", extract.father().fullName())
                    .optionalLine("Số định danh cá nhân của người cha", extract.father().identityNumber());
        }
        return builder.line("Số đăng ký khai sinh", extract.registrationNumber())
                .line("Ngày đăng ký", Formats.date(extract.registrationDate()))
                .paragraph("Trích lục được cấp theo hồ sơ liên thông " + extract.dossierCode()
                        + " (đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi).")
                .paragraph(LEGAL_VALUE)
                .build();
    }
}
