package vn.motcua.sandbox.population;

import java.util.List;
import java.util.Random;

/** Street addresses in wards of Ho Chi Minh City. */
final class HcmcAddresses {

    static final String CITY = "Thành phố Hồ Chí Minh";

    private record Ward(String name, List<String> streets) {
    }

    private static final List<Ward> WARDS = List.of(
            new Ward("Phường Bến Thành", List.of("Lê Lợi", "Lê Thánh Tôn", "Nguyễn Trãi", "Phạm Ngũ Lão",
                    "Lý Tự Trọng", "Nam Kỳ Khởi Nghĩa")),
            new Ward("Phường Sài Gòn", List.of("Đồng Khởi", "Nguyễn Huệ", "Hai Bà Trưng", "Tôn Đức Thắng",
                    "Mạc Thị Bưởi")),
            new Ward("Phường Tân Định", List.of("Trần Quang Khải", "Đinh Tiên Hoàng", "Trần Nhật Duật", "Hai Bà Trưng")),
            new Ward("Phường Cầu Ông Lãnh", List.of("Trần Hưng Đạo", "Nguyễn Thái Học", "Cô Giang", "Calmette")),
            new Ward("Phường Bàn Cờ", List.of("Nguyễn Đình Chiểu", "Cách Mạng Tháng Tám", "Võ Văn Tần")),
            new Ward("Phường Xuân Hòa", List.of("Võ Thị Sáu", "Trần Quốc Thảo", "Nam Kỳ Khởi Nghĩa")),
            new Ward("Phường Tân Phú", List.of("Tân Kỳ Tân Quý", "Lũy Bán Bích", "Âu Cơ", "Tân Hương")),
            new Ward("Phường Phú Thạnh", List.of("Thoại Ngọc Hầu", "Hòa Bình", "Phan Anh")),
            new Ward("Phường Gia Định", List.of("Phan Đăng Lưu", "Bạch Đằng", "Nơ Trang Long")),
            new Ward("Phường Thủ Đức", List.of("Võ Văn Ngân", "Kha Vạn Cân", "Đặng Văn Bi")));

    private final Random random;

    HcmcAddresses(Random random) {
        this.random = random;
    }

    /** The full address of a house: "12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh". */
    static String of(String house, String street, String ward) {
        return house + " " + street + ", " + ward + ", " + CITY;
    }

    String next() {
        Ward ward = WARDS.get(random.nextInt(WARDS.size()));
        String street = ward.streets().get(random.nextInt(ward.streets().size()));
        int number = 1 + random.nextInt(250);
        String house = random.nextInt(5) == 0 ? number + "/" + (1 + random.nextInt(30)) : String.valueOf(number);
        return of(house, street, ward.name());
    }
}
