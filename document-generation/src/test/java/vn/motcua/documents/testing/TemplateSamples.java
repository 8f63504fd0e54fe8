package vn.motcua.documents.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.Applicant;
import vn.motcua.documents.templates.ApologySlip;
import vn.motcua.documents.templates.BirthRegistrationExtract;
import vn.motcua.documents.templates.BusinessLine;
import vn.motcua.documents.templates.BusinessOwner;
import vn.motcua.documents.templates.CivilStatusExtractCopy;
import vn.motcua.documents.templates.CivilStatusExtractCopy.ExtractType;
import vn.motcua.documents.templates.ControlSlip;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.Gender;
import vn.motcua.documents.templates.Handover;
import vn.motcua.documents.templates.HealthInsuranceCardNotice;
import vn.motcua.documents.templates.HouseholdBusiness;
import vn.motcua.documents.templates.HouseholdBusinessCertificate;
import vn.motcua.documents.templates.Parent;
import vn.motcua.documents.templates.ReceiptSlip;
import vn.motcua.documents.templates.ReceivedDocument;
import vn.motcua.documents.templates.RefusalSlip;
import vn.motcua.documents.templates.ResidenceConfirmation;
import vn.motcua.documents.templates.StaffContact;
import vn.motcua.documents.templates.StopProcessingSlip;
import vn.motcua.documents.templates.SupplementItem;
import vn.motcua.documents.templates.SupplementRequestSlip;

/** Realistic input for every template, as a ward of Ho Chi Minh City would fill it in. */
public final class TemplateSamples {

    /** The agency whose key signs the samples. */
    public static final String AGENCY_CODE = "H29.12.05";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PLACE = "Thành phố Hồ Chí Minh";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final IssuingAuthority WARD = new IssuingAuthority("Ủy ban nhân dân Thành phố Hồ Chí Minh",
            "Ủy ban nhân dân phường Bến Thành", AGENCY_CODE);
    private static final Applicant APPLICANT = new Applicant("Nguyễn Văn An", "079090001234",
            "12 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh", "0901 234 567", "nguyenvanan@gmail.com");
    private static final String EXTRACT_PROCEDURE = "Cấp bản sao trích lục hộ tịch";
    private static final String LINKED_PROCEDURE = "Liên thông các thủ tục hành chính: đăng ký khai sinh, đăng ký "
            + "thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi";
    private static final String CLERK = "Trần Thị Bích Ngọc";

    private TemplateSamples() {
    }

    /**
     * @param number the document number
     * @param signatory who signs
     * @return a header of the ward People's Committee with a verification URL named after the number
     */
    public static DocumentHeader header(String number, Signatory signatory) {
        return header(WARD, number, signatory);
    }

    private static DocumentHeader header(IssuingAuthority issuer, String number, Signatory signatory) {
        return new DocumentHeader(issuer, number, PLACE, TODAY, signatory,
                "https://dichvucong.example.vn/tra-cuu/" + number.replace('/', '-'));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    public static ReceiptSlip receiptSlip() {
        return new ReceiptSlip(header("0007/TNHS", new Signatory("NGƯỜI TIẾP NHẬN", CLERK)),
                "H29.12.05-261126-0007", APPLICANT, EXTRACT_PROCEDURE,
                List.of(new ReceivedDocument("Tờ khai đề nghị cấp bản sao trích lục hộ tịch", 1, 0, 0),
                        new ReceivedDocument("Giấy ủy quyền có chứng thực chữ ký", 1, 0, 0),
                        new ReceivedDocument("Căn cước của người được ủy quyền", 0, 1, 1)),
                at(11, 26, 9, 15), at(11, 27, 16, 30), "Trực tuyến", CLERK);
    }

    public static SupplementRequestSlip supplementRequestSlip() {
        return new SupplementRequestSlip(header("0012/YCBS", new Signatory("NGƯỜI HƯỚNG DẪN", CLERK)),
                "H29.12.05-261120-0012", new Applicant("Lê Thị Hồng Nhung", "079192004567",
                        "45 Nguyễn Huệ, phường Sài Gòn, Thành phố Hồ Chí Minh", "0912 345 678", null),
                LINKED_PROCEDURE,
                List.of(new SupplementItem("Giấy chứng sinh (bản chính)", "Hồ sơ chỉ có bản chụp, không rõ nét"),
                        new SupplementItem("Văn bản thỏa thuận lựa chọn họ cho con",
                                "Cha mẹ chọn họ của mẹ nhưng chưa có văn bản thỏa thuận")),
                LocalDate.of(2026, 12, 3),
                new StaffContact("Võ Minh Tuấn", "028 3829 1234", "tuan.vm@benthanh.example.vn"));
    }

    public static RefusalSlip refusalSlip() {
        return new RefusalSlip(header("0003/TCHS", new Signatory("NGƯỜI TIẾP NHẬN", CLERK)),
                "H29.12.05-261125-0031", new Applicant("Phạm Quốc Huy", "079088012345",
                        "8 Hàm Nghi, phường Bến Thành, Thành phố Hồ Chí Minh", null, null),
                "Đăng ký thành lập hộ kinh doanh",
                List.of("Tên hộ kinh doanh \"Phở Hùng Vương\" trùng với tên hộ kinh doanh đã đăng ký trên địa bàn "
                        + "phường", "Ngành, nghề kinh doanh karaoke thuộc ngành nghề kinh doanh có điều kiện mà hồ sơ "
                        + "chưa có văn bản xác nhận đủ điều kiện"));
    }

    public static ApologySlip apologySlip() {
        return new ApologySlip(header("0002/XLHS", new Signatory("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Thanh Hà")),
                "H29.12.05-261118-0044", APPLICANT, "Đăng ký thành lập hộ kinh doanh", at(11, 18, 14, 5),
                at(11, 21, 17, 0), "Hệ thống đăng ký hộ kinh doanh quốc gia gián đoạn nên chưa cấp được mã số hộ "
                        + "kinh doanh", at(11, 28, 10, 0));
    }

    public static StopProcessingSlip stopProcessingSlip() {
        return new StopProcessingSlip(header("0001/DXL", new Signatory("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Văn Hải")),
                "H29.12.05-261110-0019", new Applicant("Huỳnh Thị Mỹ Linh", "079195007788",
                        "102 Pasteur, phường Sài Gòn, Thành phố Hồ Chí Minh", "0933 112 233", "mylinh.huynh@yahoo.com"),
                EXTRACT_PROCEDURE, "Người yêu cầu đã có văn bản đề nghị rút hồ sơ ngày 24/11/2026",
                "Khoản 2 Điều 19 Nghị định số 118/2025/NĐ-CP");
    }

    public static ControlSlip controlSlip() {
        return new ControlSlip(header("0007/KSHS", new Signatory("NGƯỜI TIẾP NHẬN", CLERK)),
                "H29.12.05-261120-0007", APPLICANT, LINKED_PROCEDURE, at(11, 20, 8, 30), at(11, 27, 17, 0),
                List.of(new Handover("Bộ phận một cửa", CLERK, "Công chức tư pháp - hộ tịch", "Lương Văn Phúc",
                                at(11, 20, 8, 45), at(11, 23, 17, 0), at(11, 23, 11, 20)),
                        new Handover("Công chức tư pháp - hộ tịch", "Lương Văn Phúc", "Công an phường Bến Thành",
                                "Thượng úy Đặng Hữu Nghĩa", at(11, 23, 11, 30), at(11, 25, 17, 0),
                                at(11, 26, 9, 40)),
                        new Handover("Công chức tư pháp - hộ tịch", "Lương Văn Phúc", "Bảo hiểm xã hội cơ sở",
                                "Ngô Thị Kim Oanh", at(11, 23, 11, 35), at(11, 25, 17, 0), null)));
    }

    public static CivilStatusExtractCopy civilStatusExtractCopy() {
        return new CivilStatusExtractCopy(header("H29.12.05-261126-0007/BSTL",
                        new Signatory("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Thanh Hà")),
                "H29.12.05-261126-0007", ExtractType.BIRTH, "Nguyễn Thị Thu Trang", LocalDate.of(1995, 3, 14),
                Gender.FEMALE, "079195003456", "Ủy ban nhân dân phường Bến Nghé, Quận 1", "125/1995", "Nguyễn Văn An",
                2, TODAY);
    }

    public static BirthRegistrationExtract birthRegistrationExtract() {
        return new BirthRegistrationExtract(header("215/TLKS", new Signatory("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                        "Đỗ Thị Thanh Hà")),
                "H29.12.05-261120-0007", "Nguyễn Hoàng Bảo Ngọc", LocalDate.of(2026, 10, 30), Gender.FEMALE,
                "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh", "Kinh", "Việt Nam", "079326000187",
                new Parent("Lê Thị Hồng Nhung", "079192004567"), new Parent("Nguyễn Hoàng Phúc", "079090006789"),
                "215/2026", LocalDate.of(2026, 11, 23));
    }

    public static ResidenceConfirmation residenceConfirmation() {
        IssuingAuthority police = new IssuingAuthority("Công an Thành phố Hồ Chí Minh", "Công an phường Bến Thành",
                "H29.12.05.CA");
        return new ResidenceConfirmation(header(police, "1187/XNCT",
                        new Signatory("TRƯỞNG CÔNG AN PHƯỜNG", "Thiếu tá Trương Công Định")),
                "H29.12.05-261120-0007", "Nguyễn Hoàng Bảo Ngọc", LocalDate.of(2026, 10, 30), Gender.FEMALE,
                "079326000187", "27/4 Trần Hưng Đạo, phường Bến Thành, Thành phố Hồ Chí Minh", "Nguyễn Hoàng Phúc",
                "Con");
    }

    public static HealthInsuranceCardNotice healthInsuranceCardNotice() {
        IssuingAuthority insurance = new IssuingAuthority("Bảo hiểm xã hội Việt Nam",
                "Bảo hiểm xã hội Thành phố Hồ Chí Minh", "H29.BHXH");
        return new HealthInsuranceCardNotice(header(insurance, "4521/TB-BHXH",
                        new Signatory("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Mai Thị Ngọc Diệp")),
                "H29.12.05-261120-0007", "Nguyễn Hoàng Bảo Ngọc", LocalDate.of(2026, 10, 30), "TE1797932600187",
                "100% chi phí khám bệnh, chữa bệnh trong phạm vi được hưởng",
                "Bệnh viện Nhi đồng 2, Thành phố Hồ Chí Minh", LocalDate.of(2026, 10, 30), LocalDate.of(2032, 10, 29));
    }

    public static HouseholdBusinessCertificate householdBusinessCertificate() {
        IssuingAuthority office = new IssuingAuthority("Ủy ban nhân dân phường Bến Thành", "Phòng Kinh tế",
                "H29.12.05.KT");
        return new HouseholdBusinessCertificate(header(office, "0458/ĐKHKD",
                        new Signatory("TRƯỞNG PHÒNG", "Trịnh Minh Khôi")),
                "H29.12.05-261123-0052", new HouseholdBusiness("Hộ kinh doanh Cơm Tấm Sài Gòn Xưa", "41A8024589",
                        "56 Lý Tự Trọng, phường Bến Thành, Thành phố Hồ Chí Minh",
                        List.of(new BusinessLine("5610", "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động"),
                                new BusinessLine("5630", "Dịch vụ phục vụ đồ uống"),
                                new BusinessLine("4722", "Bán lẻ thực phẩm trong các cửa hàng chuyên doanh")),
                        150_000_000L),
                new BusinessOwner("Võ Thị Tuyết Mai", "079185009911",
                        "19 Cô Bắc, phường Cầu Ông Lãnh, Thành phố Hồ Chí Minh"),
                LocalDate.of(2026, 11, 26));
    }
}
