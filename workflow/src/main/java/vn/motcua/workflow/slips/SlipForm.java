package vn.motcua.workflow.slips;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.workflow.issuance.DocumentId;
import vn.motcua.workflow.issuance.DocumentKind;

/** The slip forms this package issues, with the title the register of issued documents shows. */
enum SlipForm {
    RECEIPT("01", "TNHS", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    SUPPLEMENT_REQUEST("02", "YCBS", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    REFUSAL("03", "TCTN", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    APOLOGY("04", "XLHT", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    STOP("05", "DXL", "Thông báo dừng xử lý hồ sơ"),
    CONTROL("06", "KSGQ", "Phiếu kiểm soát quá trình giải quyết hồ sơ");

    private final String number;
    private final String numberSuffix;
    private final String title;

    SlipForm(String number, String numberSuffix, String title) {
        this.number = number;
        this.numberSuffix = numberSuffix;
        this.title = title;
    }

    /**
     * The id of the slip of this form for the dossier's transition at the given time, to the microsecond as the
     * database keeps it (an event carries nanoseconds, the dossier's history read back does not): a retried delivery
     * finds the slip it issued before.
     */
    UUID documentId(UUID dossierId, Instant transitionAt) {
        return DocumentId.of("slip", number, dossierId, transitionAt.truncatedTo(ChronoUnit.MICROS));
    }

    /** The slip of this form for the dossier, as its documents list it. */
    DocumentKind kindFor(Dossier dossier) {
        return new DocumentKind(FileKind.SLIP, title, dossier.code() + "/" + numberSuffix,
                "phieu-" + number + "-" + dossier.code() + ".pdf");
    }

    String number() {
        return number;
    }

    String numberSuffix() {
        return numberSuffix;
    }

    String title() {
        return title;
    }
}
