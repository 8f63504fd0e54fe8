package vn.motcua.sandbox.population;

import java.util.List;
import java.util.Random;

/** Vietnamese family, middle and given names, with common family names weighted by repetition. */
final class VietnameseNames {

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần",
            "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Huỳnh", "Phan", "Vũ", "Võ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Minh", "Quốc", "Đức", "Hoàng", "Thanh",
            "Hữu", "Công", "Gia", "Tấn", "Anh", "Nhật");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim",
            "Bảo", "Phương", "Thùy", "Hồng", "Khánh");
    private static final List<String> MALE_GIVEN = List.of("An", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải",
            "Hiếu", "Hùng", "Huy", "Khang", "Khoa", "Kiên", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phát", "Phong",
            "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thịnh", "Tín", "Toàn", "Trí", "Trung", "Tuấn", "Việt",
            "Vinh");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Bích", "Châu", "Chi", "Diễm", "Dung", "Giang",
            "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Ngân", "Nga", "Nhung",
            "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân",
            "Yến");

    private final Random random;

    VietnameseNames(Random random) {
        this.random = random;
    }

    String familyName() {
        return pick(FAMILY);
    }

    /** A full name in the given family: family name, a middle name and a given name matching the gender. */
    String fullName(String familyName, Sex sex) {
        return sex == Sex.MALE ? familyName + " " + pick(MALE_MIDDLE) + " " + pick(MALE_GIVEN)
                : familyName + " " + pick(FEMALE_MIDDLE) + " " + pick(FEMALE_GIVEN);
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
