package vn.motcua.cases.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.identity.IdentityNumbers.Problem;

class IdentityNumbersTest {

    @Test
    void acceptsNumbersConsistentWithBirthYearAndGender() {
        assertThat(IdentityNumbers.check("079090001234", LocalDate.of(1990, 5, 12), "male")).isEmpty();
        assertThat(IdentityNumbers.check("079195005678", LocalDate.of(1995, 8, 20), "female")).isEmpty();
        assertThat(IdentityNumbers.check("079201000321", LocalDate.of(2001, 3, 3), "male")).isEmpty();
        assertThat(IdentityNumbers.check("079301000321", LocalDate.of(2001, 3, 3), "female")).isEmpty();
    }

    @Test
    void namesTheFirstProblem() {
        assertThat(IdentityNumbers.check("07909000123", null, null)).contains(Problem.FORMAT);
        assertThat(IdentityNumbers.check("07909000123a", null, null)).contains(Problem.FORMAT);
        assertThat(IdentityNumbers.check(null, null, null)).contains(Problem.FORMAT);
        assertThat(IdentityNumbers.check("079090001234", LocalDate.of(1991, 5, 12), "male")).contains(Problem.BIRTH_YEAR);
        assertThat(IdentityNumbers.check("079090001234", LocalDate.of(2090, 5, 12), "male")).contains(Problem.BIRTH_YEAR);
        assertThat(IdentityNumbers.check("079090001234", LocalDate.of(1990, 5, 12), "female")).contains(Problem.GENDER);
        assertThat(IdentityNumbers.check("079490001234", null, null)).as("born in 2190").contains(Problem.FORMAT);
        assertThat(IdentityNumbers.check("079990001234", null, null)).as("born in 2390").contains(Problem.FORMAT);
    }
}
