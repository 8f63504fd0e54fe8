package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * A parent as a birth extract names them.
 *
 * @param fullName       the full name
 * @param identityNumber the personal identity number, may be {@code null}
 */
public record Parent(String fullName, String identityNumber) {

    public Parent {
        Objects.requireNonNull(fullName, "fullName");
    }
}
