package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * The person a slip is addressed to.
 *
 * @param fullName       the full name, e.g. "Nguyễn Văn An"
 * @param identityNumber the 12-digit personal identity number, may be {@code null}
 * @param address        the address, may be {@code null}
 * @param phone          the phone number, may be {@code null}
 * @param email          the e-mail address, may be {@code null}
 */
public record Applicant(String fullName, String identityNumber, String address, String phone, String email) {

    public Applicant {
        Objects.requireNonNull(fullName, "fullName");
    }
}
