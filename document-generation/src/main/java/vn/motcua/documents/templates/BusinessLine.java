package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * A line of business of a household business.
 *
 * @param code the code of the Vietnamese standard industrial classification (VSIC), e.g. "5610"
 * @param name the line, e.g. "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động"
 */
public record BusinessLine(String code, String name) {

    public BusinessLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
