package vn.motcua.sandbox.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * The population database's API behind the gateway: profiles, verification, households (by number, or the household
 * of a person), and birth registrations that issue a newborn's identity number.
 */
@RestController
@RequestMapping("/lgsp/api/population")
class PopulationApi {

    private final Population population;
    private final FaultInjector faults;
    private final BirthRegistrations births;

    PopulationApi(Population population, FaultInjector faults, BirthRegistrations births) {
        this.population = population;
        this.faults = faults;
        this.births = births;
    }

    record BirthQuestion(String registrationKey, String fullName, String birthDate, String gender,
            String motherIdNumber, String fatherIdNumber, String registeringUnit) {
    }

    /**
     * Registers a newborn and issues its personal identity number; the same registration key (the dossier code)
     * returns the same number, so a retried call issues no second number.
     */
    @PostMapping("/births")
    Map<String, String> registerBirth(@RequestBody BirthQuestion question) {
        faults.inject(FaultInjector.Api.POPULATION);
        RequestChecks.required(question.registrationKey(), "registrationKey");
        RequestChecks.required(question.fullName(), "fullName");
        LocalDate birthDate = RequestChecks.isoDate(question.birthDate(), "birthDate");
        Sex sex = switch (String.valueOf(question.gender())) {
            case "male" -> Sex.MALE;
            case "female" -> Sex.FEMALE;
            default -> throw RequestChecks.invalid("gender");
        };
        RequestChecks.idNumber(question.motherIdNumber(), "motherIdNumber");
        if (question.fatherIdNumber() != null && !question.fatherIdNumber().isBlank()) {
            RequestChecks.idNumber(question.fatherIdNumber(), "fatherIdNumber");
        }
        return Map.of("idNumber", births.register(question.registrationKey(), birthDate, sex));
    }

    record CitizenAnswer(String idNumber, String fullName, String birthDate, String gender, String ethnicity,
            String nationality, String permanentAddress, String currentAddress, String householdId,
            String fatherIdNumber, String motherIdNumber) {

        static CitizenAnswer of(Person person) {
            return new CitizenAnswer(person.idNumber(), person.fullName(), person.birthDate().toString(),
                    person.sex().code(), person.ethnicity(), person.nationality(), person.permanentAddress(),
                    person.currentAddress(), person.householdId(), person.fatherIdNumber(), person.motherIdNumber());
        }
    }

    record VerifyQuestion(String idNumber, String fullName, String birthDate) {
    }

    record HouseholdAnswer(String householdId, String address, String headIdNumber, List<MemberAnswer> members) {
    }

    record MemberAnswer(String idNumber, String fullName, String relation) {
    }

    @GetMapping("/citizens/{idNumber}")
    CitizenAnswer citizen(@PathVariable String idNumber) {
        faults.inject(FaultInjector.Api.POPULATION);
        RequestChecks.idNumber(idNumber, "idNumber");
        return population.person(idNumber).map(CitizenAnswer::of).orElseThrow(RequestChecks::notFound);
    }

    @GetMapping("/citizens/{idNumber}/household")
    HouseholdAnswer householdOf(@PathVariable String idNumber) {
        faults.inject(FaultInjector.Api.POPULATION);
        RequestChecks.idNumber(idNumber, "idNumber");
        Person person = population.person(idNumber).orElseThrow(RequestChecks::notFound);
        return answer(population.household(person.householdId()).orElseThrow(RequestChecks::notFound));
    }

    @PostMapping("/verify")
    Map<String, Boolean> verify(@RequestBody VerifyQuestion question) {
        faults.inject(FaultInjector.Api.POPULATION);
        RequestChecks.idNumber(question.idNumber(), "idNumber");
        RequestChecks.required(question.fullName(), "fullName");
        LocalDate birthDate = RequestChecks.isoDate(question.birthDate(), "birthDate");
        return Map.of("match", population.matches(question.idNumber(), question.fullName(), birthDate));
    }

    @GetMapping("/households/{householdId}")
    HouseholdAnswer household(@PathVariable String householdId) {
        faults.inject(FaultInjector.Api.POPULATION);
        return answer(population.household(householdId).orElseThrow(RequestChecks::notFound));
    }

    private HouseholdAnswer answer(Household household) {
        List<MemberAnswer> members = household.members().stream()
                .map(member -> new MemberAnswer(member.idNumber(),
                        population.person(member.idNumber()).map(Person::fullName).orElse(null), member.relation()))
                .toList();
        return new HouseholdAnswer(household.householdId(), household.address(), household.headIdNumber(), members);
    }
}
