package vn.motcua.sandbox.population;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.fault.FaultInjector;

/** The population database's API behind the gateway: profiles, verification, households. */
@RestController
@RequestMapping("/lgsp/api/population")
class PopulationApi {

    private final Population population;
    private final FaultInjector faults;

    PopulationApi(Population population, FaultInjector faults) {
        this.population = population;
        this.faults = faults;
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
        return population.person(idNumber).map(CitizenAnswer::of).orElseThrow(PopulationApi::notFound);
    }

    @PostMapping("/verify")
    Map<String, Boolean> verify(@RequestBody VerifyQuestion question) {
        faults.inject(FaultInjector.Api.POPULATION);
        if (question.idNumber() == null || question.fullName() == null || question.birthDate() == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(question.birthDate());
        }
        catch (DateTimeParseException ex) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        return Map.of("match", population.matches(question.idNumber(), question.fullName(), birthDate));
    }

    @GetMapping("/households/{householdId}")
    HouseholdAnswer household(@PathVariable String householdId) {
        faults.inject(FaultInjector.Api.POPULATION);
        Household household = population.household(householdId).orElseThrow(PopulationApi::notFound);
        List<MemberAnswer> members = household.members().stream()
                .map(member -> new MemberAnswer(member.idNumber(),
                        population.person(member.idNumber()).map(Person::fullName).orElse(null), member.relation()))
                .toList();
        return new HouseholdAnswer(household.householdId(), household.address(), household.headIdNumber(), members);
    }

    private static ApiError notFound() {
        return new ApiError(HttpStatus.NOT_FOUND, "not_found");
    }
}
