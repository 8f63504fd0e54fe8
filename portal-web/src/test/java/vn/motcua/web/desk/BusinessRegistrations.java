package vn.motcua.web.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.FileDossier;

/** Household business registrations (HCM.HKD.01) as the form engine keeps them, for tests of the staff steps. */
public final class BusinessRegistrations {

    public static final String PROCEDURE = "HCM.HKD.01";

    private BusinessRegistrations() {
    }

    /** A registration by Nguyễn Văn An's e-ID profile, two lines of business and one contributing member. */
    public static FileDossier of(String ownerIdNumber) {
        return new FileDossier(PROCEDURE, new Applicant(ownerIdNumber, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn, Phường Bến Thành, Thành phố Hồ Chí Minh", "0901234567", null), Channel.ONLINE, Map.of(
                "ownerName", "Nguyễn Văn An",
                "ownerBirthDate", "1990-05-12",
                "ownerGender", "male",
                "phone", "0901234567",
                "businessName", "Hộ kinh doanh Cơm Tấm An",
                "businessAddress", Map.of("province", "79", "provinceName", "Thành phố Hồ Chí Minh", "ward", "26734",
                        "wardName", "Phường Bến Thành", "street", "12 Lê Lợi"),
                "capital", 150_000_000L,
                "businessLines", List.of(Map.of("code", "5610", "description", "Nhà hàng, quán ăn"),
                        Map.of("code", "5630", "description", "Dịch vụ phục vụ đồ uống")),
                "members", List.of(Map.of("name", "Trần Thị Bích", "idNumber", "079191004321", "share", 40L))));
    }
}
