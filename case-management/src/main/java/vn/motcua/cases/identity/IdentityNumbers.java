package vn.motcua.cases.identity;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.motcua.cases.clock.LegalClock;

/**
 * Checks a 12-digit personal identity number: 3 digits for the province of birth registration, 1 for
 * gender and century (0/1 male/female born 1900–1999, 2/3 born 2000–2099, 4/5 born 2100–2199 …), 2 for
 * the year of birth, 6 more. A number whose birth year lies in the future is malformed.
 */
public final class IdentityNumbers {

    /** What is wrong with a number, if anything. */
    public enum Problem {
        FORMAT, BIRTH_YEAR, GENDER
    }

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");

    private IdentityNumbers() {
    }

    public static boolean hasValidFormat(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }

    /**
     * The first problem of the number against the declared birth date and gender ({@code male} or
     * {@code female}); either may be null when not declared.
     */
    public static Optional<Problem> check(String number, LocalDate birthDate, String gender) {
        if (!hasValidFormat(number)) {
            return Optional.of(Problem.FORMAT);
        }
        int genderCentury = number.charAt(3) - '0';
        int year = 1900 + (genderCentury / 2) * 100 + Integer.parseInt(number.substring(4, 6));
        if (year > Year.now(LegalClock.ZONE).getValue()) {
            return Optional.of(Problem.FORMAT);
        }
        if (birthDate != null && birthDate.getYear() != year) {
            return Optional.of(Problem.BIRTH_YEAR);
        }
        boolean female = genderCentury % 2 == 1;
        if (gender != null && female != "female".equals(gender)) {
            return Optional.of(Problem.GENDER);
        }
        return Optional.empty();
    }
}
