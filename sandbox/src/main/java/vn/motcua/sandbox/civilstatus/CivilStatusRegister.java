package vn.motcua.sandbox.civilstatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.sandbox.population.Household;
import vn.motcua.sandbox.population.Person;
import vn.motcua.sandbox.population.Population;

/**
 * The civil-status register, derived from the population so that both agree: the birth of every person whose parents
 * the population database knows, and the marriage of every head of household living with a wife. Always the same.
 */
@Component
class CivilStatusRegister {

    private static final List<String> BIRTH_PLACES = List.of("Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh",
            "Bệnh viện Hùng Vương, Thành phố Hồ Chí Minh", "Bệnh viện Nhi Đồng 1, Thành phố Hồ Chí Minh",
            "Trạm y tế phường, Thành phố Hồ Chí Minh");

    private final Population population;
    private final List<CivilStatusEntry> entries;
    private final Map<String, CivilStatusEntry> byNumber;

    CivilStatusRegister(Population population) {
        this.population = population;
        this.entries = generate(population);
        this.byNumber = entries.stream()
                .collect(Collectors.toUnmodifiableMap(CivilStatusEntry::registerNumber, Function.identity()));
    }

    List<CivilStatusEntry> entries() {
        return entries;
    }

    Optional<CivilStatusEntry> entry(String registerNumber) {
        return Optional.ofNullable(byNumber.get(registerNumber));
    }

    /** The entries naming a person, oldest first; empty when neither the register nor the population knows them. */
    Optional<List<CivilStatusEntry>> entriesOf(String idNumber) {
        List<CivilStatusEntry> found = entries.stream().filter(entry -> entry.names(idNumber)).toList();
        return found.isEmpty() && population.person(idNumber).isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static List<CivilStatusEntry> generate(Population population) {
        Map<String, Person> people = population.people().stream()
                .collect(Collectors.toMap(Person::idNumber, Function.identity()));
        List<Draft> drafts = new ArrayList<>();
        for (Person child : population.people()) {
            if (child.fatherIdNumber() == null && child.motherIdNumber() == null) {
                continue;
            }
            List<CivilStatusEntry.Party> parties = new ArrayList<>();
            parties.add(party(CivilStatusEntry.Role.CHILD, child));
            Optional.ofNullable(child.fatherIdNumber()).map(people::get)
                    .ifPresent(father -> parties.add(party(CivilStatusEntry.Role.FATHER, father)));
            Optional.ofNullable(child.motherIdNumber()).map(people::get)
                    .ifPresent(mother -> parties.add(party(CivilStatusEntry.Role.MOTHER, mother)));
            drafts.add(new Draft(CivilStatusEntry.Type.BIRTH, child.birthDate(),
                    child.birthDate().plusDays(5 + spread(child.idNumber(), 40)), ward(child.permanentAddress()),
                    BIRTH_PLACES.get(spread(child.idNumber(), BIRTH_PLACES.size())), parties));
        }
        for (Household household : population.households()) {
            Person head = people.get(household.headIdNumber());
            household.members().stream().filter(member -> "Vợ".equals(member.relation())).findFirst()
                    .map(member -> people.get(member.idNumber()))
                    .ifPresent(wife -> drafts.add(marriage(head, wife, population)));
        }
        drafts.sort(Comparator.comparing(Draft::registeredOn).thenComparing(draft -> draft.parties().get(0).idNumber()));
        Map<CivilStatusEntry.Type, Map<Integer, Integer>> sequences = new EnumMap<>(CivilStatusEntry.Type.class);
        List<CivilStatusEntry> entries = new ArrayList<>();
        for (Draft draft : drafts) {
            int year = draft.registeredOn().getYear();
            int sequence = sequences.computeIfAbsent(draft.type(), type -> new HashMap<>())
                    .merge(year, 1, Integer::sum);
            entries.add(new CivilStatusEntry(String.format("%s-%d-%06d", draft.type().prefix(), year, sequence),
                    draft.type(), "UBND " + draft.ward(), draft.registeredOn(), draft.eventDate(),
                    draft.type() == CivilStatusEntry.Type.BIRTH ? draft.place() : "UBND " + draft.ward(),
                    draft.parties()));
        }
        return List.copyOf(entries);
    }

    /** Married a year before their first child, and not before 20 (him) or 18 (her). */
    private static Draft marriage(Person husband, Person wife, Population population) {
        LocalDate legal = max(husband.birthDate().plusYears(20), wife.birthDate().plusYears(18));
        LocalDate married = population.people().stream()
                .filter(child -> husband.idNumber().equals(child.fatherIdNumber()))
                .map(child -> child.birthDate().minusMonths(13))
                .min(Comparator.naturalOrder())
                .map(beforeChild -> max(legal, beforeChild))
                .orElse(legal.plusYears(3));
        return new Draft(CivilStatusEntry.Type.MARRIAGE, married, married, ward(husband.permanentAddress()), null,
                List.of(party(CivilStatusEntry.Role.HUSBAND, husband), party(CivilStatusEntry.Role.WIFE, wife)));
    }

    private static CivilStatusEntry.Party party(CivilStatusEntry.Role role, Person person) {
        return new CivilStatusEntry.Party(role, person.idNumber(), person.fullName(), person.birthDate());
    }

    private static String ward(String address) {
        for (String part : address.split(", ")) {
            if (part.startsWith("Phường ")) {
                return part;
            }
        }
        return "Thành phố Hồ Chí Minh";
    }

    private static int spread(String idNumber, int bound) {
        return Math.floorMod(idNumber.hashCode(), bound);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Draft(CivilStatusEntry.Type type, LocalDate eventDate, LocalDate registeredOn, String ward,
            String place, List<CivilStatusEntry.Party> parties) {
    }
}
