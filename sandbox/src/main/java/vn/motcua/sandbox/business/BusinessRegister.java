package vn.motcua.sandbox.business;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.sandbox.population.Household;
import vn.motcua.sandbox.population.Person;
import vn.motcua.sandbox.population.Population;

/**
 * The business registry: household businesses of some seeded households (the first one owned by the demo citizen
 * Nguyễn Văn An, tax code {@code 0315000001}, "Hộ kinh doanh Phở An") and two enterprises. Always the same.
 */
@Component
class BusinessRegister {

    static final String DEMO_TAX_CODE = "0315000001";

    private static final String PREFIX = "hộ kinh doanh ";
    private static final List<String> HOUSEHOLD_NAMES = List.of("Phở An", "Tạp hóa Minh Phát", "Cà phê Sáng",
            "Tiệm bánh Hạnh Phúc", "Sửa xe Thành Công", "Cơm tấm Bình Dân", "May đo Tuyết Mai", "Nhà thuốc An Khang");

    private final List<RegisteredBusiness> businesses;

    BusinessRegister(Population population) {
        List<RegisteredBusiness> seeded = new ArrayList<>();
        List<Household> households = population.households();
        for (int i = 0; i < HOUSEHOLD_NAMES.size(); i++) {
            Household household = households.get(i * 7 % households.size());
            Person owner = population.person(household.headIdNumber()).orElseThrow();
            String status = i == 5 ? "suspended" : i == 6 ? "dissolved" : "active";
            seeded.add(new RegisteredBusiness(String.format("0315%06d", 1 + i * 7919 % 1_000_000),
                    "Hộ kinh doanh " + HOUSEHOLD_NAMES.get(i), "household", owner.idNumber(), owner.fullName(),
                    household.address(), LocalDate.of(2015 + i, 1 + i, 10 + i), status));
        }
        Person director = population.person("079195005678").orElseThrow();
        seeded.add(new RegisteredBusiness("0301234567", "Công ty TNHH Thương mại Sài Gòn Xanh", "enterprise",
                director.idNumber(), director.fullName(), "12 Pasteur, Phường Sài Gòn, Thành phố Hồ Chí Minh",
                LocalDate.of(2021, 6, 1), "active"));
        seeded.add(new RegisteredBusiness("0309876543", "Công ty Cổ phần Dịch vụ Bến Thành", "enterprise",
                null, "Phạm Quốc Hưng", "3 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh", LocalDate.of(2010, 3, 15),
                "active"));
        this.businesses = List.copyOf(seeded);
    }

    List<RegisteredBusiness> businesses() {
        return businesses;
    }

    Optional<RegisteredBusiness> byTaxCode(String taxCode) {
        return businesses.stream().filter(business -> business.taxCode().equals(taxCode)).findFirst();
    }

    /**
     * The business, not dissolved, whose name is the same as the one proposed, ignoring case, spacing and the words
     * "Hộ kinh doanh".
     */
    Optional<RegisteredBusiness> sameName(String proposed) {
        String wanted = normalized(proposed);
        return businesses.stream()
                .filter(business -> !"dissolved".equals(business.status()))
                .filter(business -> normalized(business.name()).equals(wanted))
                .findFirst();
    }

    private static String normalized(String name) {
        String text = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.forLanguageTag("vi"));
        return text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    }
}
