package vn.motcua.documents.testing;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Signatory;

/** Realistic documents for tests. */
public final class SampleDocuments {

    /** The agency code used by {@link #receipt()}. */
    public static final String AGENCY_CODE = "H29.12.05";
    /** The verification URL encoded in the QR code of {@link #receipt()}. */
    public static final String VERIFICATION_URL = "https://dichvucong.example.vn/tra-cuu/H29.12.05-261126-0007";

    private SampleDocuments() {
    }

    /** @return a receipt and appointment slip (form 01) of a ward People's Committee */
    public static OfficialDocument receipt() {
        return new OfficialDocument(new OfficialDocument.Letterhead(
                new IssuingAuthority("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH",
                        AGENCY_CODE),
                "0007/TNHS", "Thành phố Hồ Chí Minh", LocalDate.of(2026, 11, 26)),
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: H29.12.05-261126-0007",
                new OfficialDocument.Body(List.of(
                        new DocumentLine("Người nộp hồ sơ", "Nguyễn Văn An"),
                        new DocumentLine("Địa chỉ", "12 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh"),
                        new DocumentLine("Số điện thoại", "0901 234 567"),
                        new DocumentLine("Thủ tục", "Cấp bản sao trích lục hộ tịch (2.000635)"),
                        new DocumentLine("Thời gian nhận hồ sơ", "09 giờ 15 phút, ngày 26/11/2026"),
                        new DocumentLine("Thời gian trả kết quả", "16 giờ 00 phút, ngày 26/11/2026"),
                        new DocumentLine("Hình thức nhận", "Trực tuyến")),
                List.of("Bộ phận tiếp nhận và trả kết quả đã nhận đủ hồ sơ gồm: Tờ khai đề nghị cấp bản sao trích "
                        + "lục hộ tịch (01 bản chính). Khi đến nhận kết quả, đề nghị mang theo giấy tờ tùy thân.",
                        "Mọi thắc mắc xin liên hệ bộ phận một cửa của Ủy ban nhân dân phường Bến Thành.")),
                new OfficialDocument.Closing(new Signatory("NGƯỜI TIẾP NHẬN", "Trần Thị Bích Ngọc"),
                        VERIFICATION_URL));
    }
}
