package vn.motcua.sandbox.population;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The population database: every person and household of the generated data set, the demo citizens among them
 * ({@code 079090001234} Nguyễn Văn An, {@code 079195005678} Trần Thị Bích, {@code 079201000321} Lê Minh Khoa).
 */
@Component
public class Population {

    private final List<Person> people;
    private final List<Household> households;
    private final Map<String, Person> peopleById;
    private final Map<String, Household> householdsById;

    /** Generates the data set; the same every time. */
    public Population() {
        PopulationGenerator.Result data = PopulationGenerator.generate();
        this.people = data.people();
        this.households = data.households();
        this.peopleById = people.stream().collect(Collectors.toUnmodifiableMap(Person::idNumber, Function.identity()));
        this.householdsById = households.stream()
                .collect(Collectors.toUnmodifiableMap(Household::householdId, Function.identity()));
    }

    public List<Person> people() {
        return people;
    }

    public List<Household> households() {
        return households;
    }

    public Optional<Person> person(String idNumber) {
        return Optional.ofNullable(idNumber).map(peopleById::get);
    }

    public Optional<Household> household(String householdId) {
        return Optional.ofNullable(householdId).map(householdsById::get);
    }

    /** Whether the number belongs to a person of that name (ignoring case and spacing) and birth date. */
    public boolean matches(String idNumber, String fullName, LocalDate birthDate) {
        return person(idNumber)
                .filter(person -> normalized(person.fullName()).equals(normalized(fullName)))
                .filter(person -> person.birthDate().equals(birthDate))
                .isPresent();
    }

    private static String normalized(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
