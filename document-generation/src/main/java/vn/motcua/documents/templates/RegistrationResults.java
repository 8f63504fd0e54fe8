package vn.motcua.documents.templates;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument;

/**
 * Results of registrations outside the civil-status register: residence confirmation and health-insurance card
 * notice (linked procedure), household business certificate.
 */
final class RegistrationResults {

    static final String RESIDENCE_TITLE = "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ";
    static final String INSURANCE_TITLE = "THÔNG BÁO CẤP THẺ BẢO HIỂM Y TẾ";
    static final String BUSINESS_TITLE = "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH";

    private RegistrationResults() {
    }

    static OfficialDocument residence(ResidenceConfirmation confirmation) {
        return new DocumentBuilder(confirmation.header(), RESIDENCE_TITLE, null)
                .line("Họ, chữ đệm, tên", confirmation.fullName())
                .line("Ngày, tháng, năm sinh", Formats.date(confirmation.birthDate()))
                .line("Giới tính", confirmation.gender().label())
                .line("Số định danh cá nhân", confirmation.identityNumber())
                .line("Nơi thường trú", confirmation.permanentAddress())
                .line("Họ, chữ đệm, tên chủ hộ", confirmation.householdHead())
                .line("Quan hệ với chủ hộ", confirmation.relationToHead())
                .paragraph(confirmation.header().issuer().name() + " xác nhận công dân nêu trên đã được đăng ký "
                        + "thường trú theo hồ sơ liên thông " + confirmation.dossierCode()
                        + "; thông tin được cập nhật vào Cơ sở dữ liệu về cư trú.")
                .paragraph(CivilStatusResults.LEGAL_VALUE)
                .build();
    }

    static OfficialDocument insuranceCard(HealthInsuranceCardNotice notice) {
        return new DocumentBuilder(notice.header(), INSURANCE_TITLE, "Đối tượng: trẻ em dưới 6 tuổi")
                .line("Họ, chữ đệm, tên", notice.childName())
                .line("Ngày, tháng, năm sinh", Formats.date(notice.birthDate()))
                .line("Mã số thẻ bảo hiểm y tế", notice.cardNumber())
                .line("Mức hưởng", notice.benefitLevel())
                .line("Nơi đăng ký khám bệnh, chữa bệnh ban đầu", notice.firstRegistrationPlace())
                .line("Giá trị sử dụng", "từ ngày " + Formats.date(notice.validFrom()) + " đến ngày "
                        + Formats.date(notice.validTo()))
                .paragraph("Thẻ bảo hiểm y tế được cấp theo hồ sơ liên thông " + notice.dossierCode()
                        + ". Khi đi khám bệnh, chữa bệnh, trẻ được sử dụng mã số thẻ nêu trên hoặc số định danh cá "
                        + "nhân thay cho thẻ giấy.")
                .paragraph(CivilStatusResults.LEGAL_VALUE)
                .build();
    }

    static OfficialDocument householdBusiness(HouseholdBusinessCertificate certificate) {
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        HouseholdBusiness business = certificate.business();
        for (BusinessLine line : business.lines()) {
            rows.add(List.of(String.valueOf(position++), line.name(), line.code()));
        }
        BusinessOwner owner = certificate.owner();
        DocumentBuilder builder = new DocumentBuilder(certificate.header(), BUSINESS_TITLE, null)
                .line("Mã số hộ kinh doanh", business.registrationNumber())
                .line("Đăng ký lần đầu", "ngày " + Formats.date(certificate.firstRegistrationDate()))
                .line("Tên hộ kinh doanh", business.name())
                .line("Địa chỉ trụ sở hộ kinh doanh", business.address())
                .line("Vốn kinh doanh", Formats.money(business.capitalVnd()))
                .line("Chủ hộ kinh doanh", owner.fullName())
                .line("Số định danh cá nhân", owner.identityNumber())
                .line("Nơi thường trú", owner.address())
                .table("Ngành, nghề kinh doanh:", List.of("STT", "Tên ngành", "Mã ngành"), rows);
        if (!certificate.members().isEmpty()) {
            List<List<String>> memberRows = new ArrayList<>();
            int number = 1;
            for (BusinessMember member : certificate.members()) {
                memberRows.add(List.of(String.valueOf(number++), member.fullName(), member.identityNumber(),
                        member.sharePercent() + "%"));
            }
            builder.table("Thành viên hộ gia đình góp vốn:",
                    List.of("STT", "Họ, chữ đệm, tên", "Số định danh cá nhân", "Tỷ lệ vốn góp"), memberRows);
        }
        return builder
                .paragraph("Hộ kinh doanh được đăng ký theo hồ sơ " + certificate.dossierCode() + ".")
                .paragraph(CivilStatusResults.LEGAL_VALUE)
                .build();
    }
}
