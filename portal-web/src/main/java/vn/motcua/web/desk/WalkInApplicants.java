package vn.motcua.web.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.VerifiedValue;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.PrefillSource;
import vn.motcua.cases.identity.IdentityNumbers;
import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.prefill.ApplicantPrefill;
import vn.motcua.workflow.prefill.WalkInIdentities;

/**
 * Checks the identity a walk-in applicant gives at the desk: the number's format and its consistency with the birth
 * date here, then the person with that number, name and birth date in the population database
 * ({@link WalkInIdentities}). Only a confirmed person gets a draft, prefilled with the database's values.
 */
@Component
class WalkInApplicants {

    private final ApplicantPrefill prefill;
    private final WalkInIdentities identities;

    WalkInApplicants(ApplicantPrefill prefill, WalkInIdentities identities) {
        this.prefill = prefill;
        this.identities = identities;
    }

    /** The applicant as a citizen whom the population database is asked about; empty with field errors if refused. */
    Optional<PortalUser> confirm(WalkInForm form, String agencyCode, String clerk, BindingResult errors) {
        String idNumber = strip(form.idNumber());
        String fullName = strip(form.fullName());
        LocalDate birthDate = date(form.birthDate());
        if (idNumber.isEmpty()) {
            errors.rejectValue("idNumber", "walkIn.idNumber.missing");
        } else if (!IdentityNumbers.hasValidFormat(idNumber)) {
            errors.rejectValue("idNumber", "form.idNumber.FORMAT");
        }
        if (fullName.isEmpty()) {
            errors.rejectValue("fullName", "walkIn.fullName.missing");
        } else if (fullName.length() > 100) {
            errors.rejectValue("fullName", "walkIn.fullName.tooLong");
        }
        if (birthDate == null) {
            errors.rejectValue("birthDate", "walkIn.birthDate.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Optional<IdentityNumbers.Problem> problem = IdentityNumbers.check(idNumber, birthDate, null);
        if (problem.isPresent()) {
            errors.rejectValue("idNumber", "form.idNumber." + problem.get().name());
            return Optional.empty();
        }
        WalkInIdentities.Confirmation found = identities.confirm(citizen(idNumber, fullName, birthDate), agencyCode,
                clerk, "walk-in:" + strip(form.procedure()));
        switch (found.outcome()) {
            case CONFIRMED -> {
                return Optional.of(citizen(idNumber, found.fullName(), found.birthDate()));
            }
            case NOT_FOUND -> errors.reject("walkIn.notFound");
            case UNAVAILABLE -> errors.reject("walkIn.unavailable");
            case MISMATCH -> errors.reject("walkIn.mismatch");
        }
        return Optional.empty();
    }

    /** The values of the form's prefilled fields, from the population database. */
    Map<String, VerifiedValue> verifiedValues(PortalUser applicant, String agencyCode, String clerk, String procedureCode,
            FormDefinition form) {
        return prefill.verifiedValues(applicant, agencyCode, clerk, "prefill:" + procedureCode, form);
    }

    /** The applicant of a walk-in draft as the population database confirmed them when the draft was started. */
    static PortalUser applicantOf(Draft draft) {
        Map<String, VerifiedValue> verified = draft.verifiedValues();
        String name = valueOf(draft, verified, PrefillSource.FULL_NAME);
        String birth = valueOf(draft, verified, PrefillSource.BIRTH_DATE);
        String gender = valueOf(draft, verified, PrefillSource.GENDER);
        return new PortalUser(draft.ownerIdNumber(), name, true, birth == null ? null : date(birth), gender, null, Set.of(),
                true);
    }

    private static String valueOf(Draft draft, Map<String, VerifiedValue> verified, PrefillSource source) {
        return draft.form().fields().filter(field -> field.prefill() == source).map(Field::key)
                .map(verified::get).filter(v -> v != null && v.value() instanceof String)
                .map(v -> (String) v.value()).findFirst().orElse(null);
    }

    private static PortalUser citizen(String idNumber, String fullName, LocalDate birthDate) {
        return new PortalUser(idNumber, fullName, true, birthDate, null, null, Set.of(), true);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
