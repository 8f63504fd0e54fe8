package vn.motcua.documents.templates;

import vn.motcua.documents.OfficialDocument;

/** The electronic receipt of a fee paid online. */
final class PaymentReceipts {

    static final String TITLE = "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ";

    private PaymentReceipts() {
    }

    static OfficialDocument receipt(FeeReceipt receipt) {
        String kind = receipt.levy() ? "Lệ phí" : "Phí";
        return new DocumentBuilder(receipt.header(), TITLE, IntakeSlips.subtitle(receipt.dossierCode()))
                .line("Người nộp", receipt.payer().fullName())
                .optionalLine("Số định danh cá nhân", receipt.payer().identityNumber())
                .optionalLine("Địa chỉ", receipt.payer().address())
                .line("Nội dung thu", kind + " giải quyết thủ tục hành chính: " + receipt.procedureName())
                .line("Loại khoản thu", kind)
                .line("Số tiền", Formats.money(receipt.amountVnd()))
                .line("Hình thức thanh toán", "Trực tuyến qua nền tảng thanh toán")
                .line("Mã đơn hàng", receipt.orderId())
                .line("Mã giao dịch", receipt.transactionId())
                .line("Thời gian thanh toán", Formats.dateTime(receipt.paidAt()))
                .paragraph(receipt.header().issuer().name() + " xác nhận đã thu số tiền nêu trên qua nền tảng thanh "
                        + "toán trực tuyến. Biên lai điện tử này được ký số; ông/bà kiểm tra bằng cách quét mã QR hoặc "
                        + "tải tệp lên trang kiểm tra văn bản của Cổng dịch vụ công.")
                .build();
    }
}
