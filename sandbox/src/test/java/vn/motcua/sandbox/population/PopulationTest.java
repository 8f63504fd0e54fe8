package vn.motcua.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PopulationTest {

    final Population population = new Population();
    final Map<String, Person> byId = population.people().stream()
            .collect(Collectors.toMap(Person::idNumber, Function.identity()));

    @Test
    void holdsThreeHundredPeopleInAboutAHundredHouseholds() {
        assertThat(population.people()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(population.households()).hasSizeBetween(100, 110);
    }

    @Test
    void everyIdentityNumberIsValidAndUnique() {
        assertThat(population.people()).allSatisfy(person -> {
            assertThat(person.idNumber()).matches("079\\d{9}");
            int digit = person.idNumber().charAt(3) - '0';
            int century = person.birthDate().getYear() < 2000 ? 0 : 2;
            assertThat(digit).as(person.toString()).isEqualTo(century + (person.sex() == Sex.FEMALE ? 1 : 0));
            assertThat(person.idNumber().substring(4, 6))
                    .isEqualTo(String.format("%02d", person.birthDate().getYear() % 100));
            assertThat(IdentityNumbers.isConsistent(person.idNumber(), person.birthDate(), person.sex())).isTrue();
        });
        assertThat(byId).hasSameSizeAs(population.people());
    }

    @Test
    void demoCitizensExistExactly() {
        assertThat(byId.get("079090001234")).satisfies(an -> {
            assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
            assertThat(an.sex()).isEqualTo(Sex.MALE);
            assertThat(an.birthDate()).isEqualTo(LocalDate.of(1990, 5, 12));
            assertThat(an.permanentAddress()).isEqualTo("45 Lê Thánh Tôn, Phường Bến Thành, Thành phố Hồ Chí Minh");
        });
        assertThat(byId.get("079195005678")).satisfies(bich -> {
            assertThat(bich.fullName()).isEqualTo("Trần Thị Bích");
            assertThat(bich.sex()).isEqualTo(Sex.FEMALE);
            assertThat(bich.birthDate()).isEqualTo(LocalDate.of(1995, 8, 20));
            assertThat(bich.permanentAddress()).isEqualTo("120 Nguyễn Trãi, Phường Bến Thành, Thành phố Hồ Chí Minh");
        });
        assertThat(byId.get("079201000321")).satisfies(khoa -> {
            assertThat(khoa.fullName()).isEqualTo("Lê Minh Khoa");
            assertThat(khoa.sex()).isEqualTo(Sex.MALE);
            assertThat(khoa.birthDate()).isEqualTo(LocalDate.of(2001, 3, 3));
            assertThat(khoa.permanentAddress()).isEqualTo("8 Tân Kỳ Tân Quý, Phường Tân Phú, Thành phố Hồ Chí Minh");
        });
    }

    @Test
    void parentsAreLinkedInsideTheHousehold() {
        long withParents = population.people().stream().filter(person -> person.fatherIdNumber() != null).count();
        assertThat(withParents).isGreaterThan(100);
        assertThat(population.people()).allSatisfy(person -> {
            checkParent(person, person.fatherIdNumber(), Sex.MALE);
            checkParent(person, person.motherIdNumber(), Sex.FEMALE);
        });
    }

    private void checkParent(Person child, String parentId, Sex sex) {
        if (parentId == null) {
            return;
        }
        Person parent = byId.get(parentId);
        assertThat(parent).as("parent of " + child.idNumber()).isNotNull();
        assertThat(parent.sex()).isEqualTo(sex);
        assertThat(parent.householdId()).isEqualTo(child.householdId());
        assertThat(parent.birthDate().plusYears(15)).isBefore(child.birthDate());
    }

    @Test
    void householdsListTheirMembersHeadFirst() {
        assertThat(population.households()).allSatisfy(household -> {
            assertThat(household.members().get(0)).isEqualTo(new Household.Member(household.headIdNumber(), "Chủ hộ"));
            assertThat(household.members()).allSatisfy(member -> {
                Person person = byId.get(member.idNumber());
                assertThat(person.householdId()).isEqualTo(household.householdId());
                assertThat(person.permanentAddress()).isEqualTo(household.address());
            });
            assertThat(household.address()).endsWith(", Thành phố Hồ Chí Minh").contains("Phường ");
        });
        int members = population.households().stream().mapToInt(household -> household.members().size()).sum();
        assertThat(members).isEqualTo(population.people().size());
    }

    @Test
    void namesMatchGenderAndFamily() {
        assertThat(population.people()).allSatisfy(person -> {
            String[] parts = person.fullName().split(" ");
            assertThat(parts.length).isGreaterThanOrEqualTo(3);
            if (person.fatherIdNumber() != null) {
                assertThat(parts[0]).isEqualTo(byId.get(person.fatherIdNumber()).fullName().split(" ")[0]);
            }
        });
        assertThat(population.people().stream().filter(person -> person.fullName().contains(" Thị "))
                .map(Person::sex)).containsOnly(Sex.FEMALE);
        assertThat(population.people().stream().filter(person -> person.fullName().contains(" Văn "))
                .map(Person::sex)).containsOnly(Sex.MALE);
    }

    @Test
    void generationIsDeterministic() {
        List<Person> again = new Population().people();

        assertThat(again).isEqualTo(population.people());
    }

    @Test
    void matchingIgnoresCaseAndSpacingButNotTheDate() {
        assertThat(population.matches("079195005678", " trần thị   BÍCH ", LocalDate.of(1995, 8, 20))).isTrue();
        assertThat(population.matches("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 21))).isFalse();
        assertThat(population.matches("079195005678", "Trần Thị Bính", LocalDate.of(1995, 8, 20))).isFalse();
        assertThat(population.matches("079000000000", "Trần Thị Bích", LocalDate.of(1995, 8, 20))).isFalse();
        assertThat(population.people().stream().map(Person::ethnicity).filter(Objects::isNull)).isEmpty();
    }
}
