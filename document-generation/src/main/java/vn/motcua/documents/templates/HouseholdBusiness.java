package vn.motcua.documents.templates;

import java.util.List;
import java.util.Objects;

/**
 * The household business a registration certificate is about.
 *
 * @param name               the household business's name
 * @param registrationNumber the registration number (mã số hộ kinh doanh)
 * @param address            the business address
 * @param lines              the lines of business, at least one
 * @param capitalVnd         the capital in đồng
 */
public record HouseholdBusiness(String name, String registrationNumber, String address, List<BusinessLine> lines,
        long capitalVnd) {

    public HouseholdBusiness {
        Objects.requireNonNull(name, "businessName");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(address, "address");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a household business has at least one line of business");
        }
        if (capitalVnd < 0) {
            throw new IllegalArgumentException("negative capital: " + capitalVnd);
        }
    }
}
