package vn.motcua.documents.templates;

import vn.motcua.documents.OfficialDocument;

/**
 * Words each form of the portal as an {@link OfficialDocument}, ready for
 * {@link vn.motcua.documents.DocumentIssuer#issue}: national motto block, issuer, number, place and date, title,
 * body, signature block and the QR code to the header's URL. Dates are written dd/MM/yyyy, times HH:mm in
 * Asia/Ho_Chi_Minh, money with '.' thousands separators and "đồng". Stateless.
 */
public final class Templates {

    private Templates() {
    }

    /**
     * @param slip slip 01 content
     * @return "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
     */
    public static OfficialDocument render(ReceiptSlip slip) {
        return IntakeSlips.receipt(slip);
    }

    /**
     * @param slip slip 02 content
     * @return "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
     */
    public static OfficialDocument render(SupplementRequestSlip slip) {
        return IntakeSlips.supplementRequest(slip);
    }

    /**
     * @param slip slip 03 content
     * @return "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
     */
    public static OfficialDocument render(RefusalSlip slip) {
        return IntakeSlips.refusal(slip);
    }

    /**
     * @param slip slip 04 content
     * @return "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
     */
    public static OfficialDocument render(ApologySlip slip) {
        return ProcessingSlips.apology(slip);
    }

    /**
     * @param slip slip 05 content
     * @return "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ"
     */
    public static OfficialDocument render(StopProcessingSlip slip) {
        return ProcessingSlips.stopProcessing(slip);
    }

    /**
     * @param slip slip 06 content
     * @return "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", each handover marked "Đúng hạn", "Trễ hạn" or "Đang xử lý"
     */
    public static OfficialDocument render(ControlSlip slip) {
        return ProcessingSlips.control(slip);
    }

    /**
     * @param copy the result of procedure 2.000635
     * @return "BẢN SAO TRÍCH LỤC HỘ TỊCH" with the kind of extract as subtitle
     */
    public static OfficialDocument render(CivilStatusExtractCopy copy) {
        return CivilStatusResults.extractCopy(copy);
    }

    /**
     * @param extract the birth registration result of the linked procedure
     * @return "TRÍCH LỤC KHAI SINH"
     */
    public static OfficialDocument render(BirthRegistrationExtract extract) {
        return CivilStatusResults.birthExtract(extract);
    }

    /**
     * @param confirmation the residence result of the linked procedure
     * @return "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ"
     */
    public static OfficialDocument render(ResidenceConfirmation confirmation) {
        return RegistrationResults.residence(confirmation);
    }

    /**
     * @param notice the health-insurance result of the linked procedure
     * @return "THÔNG BÁO CẤP THẺ BẢO HIỂM Y TẾ"
     */
    public static OfficialDocument render(HealthInsuranceCardNotice notice) {
        return RegistrationResults.insuranceCard(notice);
    }

    /**
     * @param certificate the result of the household business registration
     * @return "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"
     */
    public static OfficialDocument render(HouseholdBusinessCertificate certificate) {
        return RegistrationResults.householdBusiness(certificate);
    }

    /**
     * @param receipt a fee paid online
     * @return "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ"
     */
    public static OfficialDocument render(FeeReceipt receipt) {
        return PaymentReceipts.receipt(receipt);
    }

    /**
     * @param register slip 07 content
     * @return "SỔ THEO DÕI HỒ SƠ" with the period as subtitle, the counts by outcome and one row per dossier
     */
    public static OfficialDocument render(DossierRegisterSlip register) {
        return ReportSlips.register(register);
    }
}
