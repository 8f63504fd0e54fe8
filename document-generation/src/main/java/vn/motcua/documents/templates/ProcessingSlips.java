package vn.motcua.documents.templates;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument;

/** Slips 04-06, given while a dossier is processed: apology and new date, stop-processing notice, control slip. */
final class ProcessingSlips {

    static final String APOLOGY_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    static final String STOP_TITLE = "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ";
    static final String CONTROL_TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    static final String ON_TIME = "Đúng hạn";
    static final String LATE = "Trễ hạn";
    static final String IN_PROGRESS = "Đang xử lý";

    private ProcessingSlips() {
    }

    static OfficialDocument apology(ApologySlip slip) {
        String issuer = slip.header().issuer().name();
        return new DocumentBuilder(slip.header(), APOLOGY_TITLE, IntakeSlips.subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .line("Thời gian nhận hồ sơ", Formats.dateTime(slip.receivedAt()))
                .line("Ngày hẹn trả kết quả ban đầu", Formats.dateTime(slip.originalDueAt()))
                .line("Lý do chậm trễ", slip.delayReason())
                .line("Ngày hẹn trả kết quả mới", Formats.dateTime(slip.newDueAt()))
                .paragraph(issuer + " tiếp nhận hồ sơ của ông/bà lúc " + Formats.dateTime(slip.receivedAt())
                        + ", hẹn trả kết quả lúc " + Formats.dateTime(slip.originalDueAt()) + ". Tuy nhiên đến nay, "
                        + issuer + " chưa trả kết quả giải quyết hồ sơ cho ông/bà.")
                .paragraph("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ông/bà. " + issuer
                        + " trân trọng xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà lúc "
                        + Formats.dateTime(slip.newDueAt()) + ".")
                .paragraph("Rất mong nhận được sự thông cảm của ông/bà./.")
                .build();
    }

    static OfficialDocument stopProcessing(StopProcessingSlip slip) {
        return new DocumentBuilder(slip.header(), STOP_TITLE, IntakeSlips.subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .line("Lý do dừng xử lý", slip.reason())
                .optionalLine("Căn cứ pháp lý", slip.legalBasis())
                .paragraph(slip.header().issuer().name() + " thông báo dừng xử lý hồ sơ nêu trên kể từ ngày "
                        + Formats.date(slip.header().date()) + ". Hồ sơ đã nộp được trả lại cho ông/bà theo quy định.")
                .paragraph("Xin thông báo để ông/bà được biết./.")
                .build();
    }

    static OfficialDocument control(ControlSlip slip) {
        List<List<String>> rows = new ArrayList<>();
        int position = 1;
        for (Handover handover : slip.handovers()) {
            rows.add(List.of(String.valueOf(position++),
                    handover.fromUnit() + "\n" + handover.fromPerson(),
                    handover.toUnit() + "\n" + handover.toPerson(),
                    Formats.dateTime(handover.handedOverAt()),
                    Formats.dateTime(handover.stepDueAt()),
                    handover.doneAt() == null ? "" : Formats.dateTime(handover.doneAt()),
                    outcome(handover)));
        }
        return new DocumentBuilder(slip.header(), CONTROL_TITLE, IntakeSlips.subtitle(slip.dossierCode()))
                .applicant(slip.applicant(), slip.procedureName())
                .line("Thời gian nhận hồ sơ", Formats.dateTime(slip.receivedAt()))
                .line("Thời gian trả kết quả giải quyết hồ sơ (ngày hẹn trả)", Formats.dateTime(slip.dueAt()))
                .table("Quá trình giao, nhận hồ sơ:", List.of("STT", "Bên giao", "Bên nhận", "Thời gian giao, nhận",
                        "Hạn xử lý", "Thời gian hoàn thành", "Kết quả"), rows)
                .build();
    }

    /** On time when the step was done by its due time, late after it; in progress while not done. */
    static String outcome(Handover handover) {
        if (handover.doneAt() == null) {
            return IN_PROGRESS;
        }
        return handover.doneAt().isAfter(handover.stepDueAt()) ? LATE : ON_TIME;
    }
}
