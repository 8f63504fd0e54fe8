package vn.motcua.web.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.motcua.cases.identity.IdentityNumbers;
import vn.motcua.cases.procedure.ExtractRequest;

/** Server-side checks of the filing form; each problem is a message code next to its field. */
final class ExtractFormValidator {

    static final int MAX_COPIES = 20;
    private static final Set<String> TYPES = Set.of("BIRTH", "MARRIAGE", "DEATH");
    private static final Set<String> GENDERS = Set.of("male", "female");
    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NAME = Pattern.compile("[\\p{L} .'-]+");

    private ExtractFormValidator() {
    }

    static void validate(ExtractForm form, LocalDate today, Errors errors) {
        if (!TYPES.contains(form.extractType())) {
            errors.rejectValue("extractType", "form.choice");
        }
        text(form.subjectName(), "subjectName", 100, true, errors);
        if (!errors.hasFieldErrors("subjectName") && !NAME.matcher(form.subjectName().trim()).matches()) {
            errors.rejectValue("subjectName", "form.name.letters");
        }
        LocalDate birthDate = date(form.subjectBirthDate(), "subjectBirthDate", today, errors);
        if (!GENDERS.contains(form.subjectGender())) {
            errors.rejectValue("subjectGender", "form.choice");
        }
        if (!isBlank(form.subjectIdNumber())) {
            IdentityNumbers.check(form.subjectIdNumber().trim(), birthDate,
                    GENDERS.contains(form.subjectGender()) ? form.subjectGender() : null)
                    .ifPresent(problem -> errors.rejectValue("subjectIdNumber", "form.idNumber." + problem.name()));
        }
        text(form.registrationPlace(), "registrationPlace", 200, true, errors);
        text(form.registrationNumber(), "registrationNumber", 50, false, errors);
        copies(form.copies(), errors);
        text(form.purpose(), "purpose", 500, false, errors);
        text(form.phone(), "phone", 15, true, errors);
        if (!errors.hasFieldErrors("phone") && !PHONE.matcher(form.phone().trim()).matches()) {
            errors.rejectValue("phone", "form.phone.invalid");
        }
        text(form.email(), "email", 254, false, errors);
        if (!errors.hasFieldErrors("email") && !isBlank(form.email()) && !EMAIL.matcher(form.email().trim()).matches()) {
            errors.rejectValue("email", "form.email.invalid");
        }
    }

    /** The valid form as the domain's request. */
    static ExtractRequest toRequest(ExtractForm form) {
        return new ExtractRequest(ExtractRequest.ExtractType.valueOf(form.extractType()), form.subjectName().trim(),
                LocalDate.parse(form.subjectBirthDate()), form.subjectGender(), trim(form.subjectIdNumber()),
                form.registrationPlace().trim(), trim(form.registrationNumber()), Integer.parseInt(form.copies().trim()),
                trim(form.purpose()));
    }

    private static void text(String value, String field, int max, boolean required, Errors errors) {
        if (isBlank(value)) {
            if (required) {
                errors.rejectValue(field, "form.required");
            }
        } else if (value.trim().length() > max) {
            errors.rejectValue(field, "form.tooLong", new Object[] { max }, null);
        }
    }

    private static LocalDate date(String value, String field, LocalDate today, Errors errors) {
        if (isBlank(value)) {
            errors.rejectValue(field, "form.required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(today) || date.isBefore(today.minusYears(150))) {
                errors.rejectValue(field, "form.date.range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "form.date");
            return null;
        }
    }

    private static void copies(String value, Errors errors) {
        if (isBlank(value)) {
            errors.rejectValue("copies", "form.required");
            return;
        }
        try {
            int copies = Integer.parseInt(value.trim());
            if (copies < 1 || copies > MAX_COPIES) {
                errors.rejectValue("copies", "form.copies.range", new Object[] { MAX_COPIES }, null);
            }
        } catch (NumberFormatException e) {
            errors.rejectValue("copies", "form.copies.range", new Object[] { MAX_COPIES }, null);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
