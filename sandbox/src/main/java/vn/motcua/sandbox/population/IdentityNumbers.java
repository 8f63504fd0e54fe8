package vn.motcua.sandbox.population;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

/**
 * Personal identity numbers of Ho Chi Minh City: {@code 079}, one digit for gender and century, two for the year of
 * birth, six more.
 */
final class IdentityNumbers {

    static final String HO_CHI_MINH_CITY = "079";

    private IdentityNumbers() {
    }

    /** 0/1 for a man/woman born 1900–1999, 2/3 for 2000–2099, and so on every century. */
    static int genderCenturyDigit(int birthYear, Sex sex) {
        return (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /** Draws a new number, unique within {@code used} (to which it is added). */
    static String next(Random random, LocalDate birthDate, Sex sex, Set<String> used) {
        String prefix = HO_CHI_MINH_CITY + genderCenturyDigit(birthDate.getYear(), sex)
                + String.format("%02d", birthDate.getYear() % 100);
        String number;
        do {
            number = prefix + String.format("%06d", random.nextInt(1_000_000));
        }
        while (!used.add(number));
        return number;
    }

    /** Whether a number has 12 digits and agrees with the birth year and gender. */
    static boolean isConsistent(String number, LocalDate birthDate, Sex sex) {
        return number != null && number.matches("\\d{12}")
                && number.charAt(3) - '0' == genderCenturyDigit(birthDate.getYear(), sex)
                && Integer.parseInt(number.substring(4, 6)) == birthDate.getYear() % 100;
    }
}
