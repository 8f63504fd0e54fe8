package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * A household member who contributes capital to a household business beside its owner.
 *
 * @param fullName       the full name
 * @param identityNumber the personal identity number
 * @param sharePercent   the share of the capital, in percent (0–100)
 */
public record BusinessMember(String fullName, String identityNumber, int sharePercent) {

    public BusinessMember {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(identityNumber, "identityNumber");
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("a share is between 0 and 100 percent: " + sharePercent);
        }
    }
}
