package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * The official a citizen may ask about a dossier.
 *
 * @param fullName the official's name
 * @param phone    the phone number, may be {@code null}
 * @param email    the e-mail address, may be {@code null}
 */
public record StaffContact(String fullName, String phone, String email) {

    public StaffContact {
        Objects.requireNonNull(fullName, "fullName");
    }
}
