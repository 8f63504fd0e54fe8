package vn.motcua.documents.templates;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument;

/** Slips 01-03, given at intake: receipt and appointment, supplement request, refusal. */
final class IntakeSlips {

    static final String RECEIPT_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";

    private IntakeSlips() {
    }

    static OfficialDocument receipt(ReceiptSlip slip) {
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        for (ReceivedDocument document : slip.documents()) {
            rows.add(List.of(String.valueOf(position++), document.name(), String.valueOf(document.originals()),
                    String.valueOf(document.certifiedCopies()), String.valueOf(document.copies())));
        }
        return new DocumentBuilder(slip.header(), RECEIPT_TITLE, subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .line("Thời gian nhận hồ sơ", Formats.dateTime(slip.receivedAt()))
                .line("Thời gian trả kết quả giải quyết hồ sơ (ngày hẹn trả)", Formats.dateTime(slip.dueAt()))
                .line("Hình thức nộp hồ sơ", slip.channel())
                .line("Người tiếp nhận", slip.clerkName())
                .table("Thành phần hồ sơ đã nhận (" + slip.documents().size() + " loại giấy tờ):",
                        List.of("STT", "Tên giấy tờ", "Bản chính", "Bản sao chứng thực", "Bản sao"), rows)
                .paragraph("Bộ phận tiếp nhận và trả kết quả của " + slip.header().issuer().name()
                        + " đã tiếp nhận hồ sơ nêu trên. Khi đến nhận kết quả, đề nghị ông/bà mang theo giấy tờ tùy "
                        + "thân và giấy tiếp nhận này.")
                .paragraph("Ông/bà theo dõi tình trạng giải quyết hồ sơ bằng cách quét mã QR trên giấy này hoặc tra "
                        + "cứu mã hồ sơ " + slip.dossierCode() + " trên Cổng dịch vụ công.")
                .build();
    }

    static OfficialDocument supplementRequest(SupplementRequestSlip slip) {
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        for (SupplementItem item : slip.items()) {
            rows.add(List.of(String.valueOf(position++), item.content(), item.reason()));
        }
        DocumentBuilder builder = new DocumentBuilder(slip.header(), SUPPLEMENT_TITLE, subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .table("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
                        List.of("STT", "Nội dung cần bổ sung, hoàn thiện", "Lý do"), rows);
        if (slip.deadline() != null) {
            builder.paragraph("Thời hạn bổ sung, hoàn thiện hồ sơ: đến hết ngày " + Formats.date(slip.deadline())
                    + ". Thời gian giải quyết hồ sơ được tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.");
        } else {
            builder.paragraph("Thời gian giải quyết hồ sơ được tạm dừng cho đến khi nhận đủ hồ sơ bổ sung.");
        }
        return builder.paragraph("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với "
                + contact(slip.staff()) + " để được hướng dẫn.")
                .build();
    }

    static OfficialDocument refusal(RefusalSlip slip) {
        DocumentBuilder builder = new DocumentBuilder(slip.header(), REFUSAL_TITLE, subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .paragraph("Qua xem xét, " + slip.header().issuer().name() + " thông báo không tiếp nhận, giải "
                        + "quyết hồ sơ này với lý do cụ thể như sau:");
        int position = 1;
        for (String reason : slip.reasons()) {
            builder.paragraph(position++ + ". " + reason);
        }
        return builder.paragraph("Xin thông báo để ông/bà được biết và thực hiện./.").build();
    }

    static String subtitle(String dossierCode) {
        return "Mã hồ sơ: " + dossierCode;
    }

    private static String contact(StaffContact staff) {
        StringBuilder text = new StringBuilder("ông/bà ").append(staff.fullName());
        if (!Formats.blank(staff.phone())) {
            text.append(", số điện thoại ").append(staff.phone());
        }
        if (!Formats.blank(staff.email())) {
            text.append(", thư điện tử ").append(staff.email());
        }
        return text.toString();
    }
}
