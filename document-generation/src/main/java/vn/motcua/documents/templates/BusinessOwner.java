package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * The owner (chủ hộ kinh doanh) of a household business.
 *
 * @param fullName       the full name
 * @param identityNumber the personal identity number
 * @param address        the permanent address
 */
public record BusinessOwner(String fullName, String identityNumber, String address) {

    public BusinessOwner {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(identityNumber, "identityNumber");
        Objects.requireNonNull(address, "address");
    }
}
