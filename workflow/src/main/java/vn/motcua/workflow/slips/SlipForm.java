package vn.motcua.workflow.slips;

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
