package vn.motcua.cases.dossier;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person filing: identity as verified by the e-ID and the population database, contact as given. */
@Embeddable
public record Applicant(
        @Column(name = "owner_id_number") String idNumber,
        @Column(name = "applicant_name") String fullName,
        @Column(name = "applicant_birth_date") LocalDate birthDate,
        @Column(name = "applicant_gender") String gender,
        @Column(name = "applicant_address") String address,
        @Column(name = "phone") String phone,
        @Column(name = "email") String email) {
}
