package vn.motcua.lgsp.http;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.lgsp.BirthRegistration;
import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.Household;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.PopulationRegistry;

/** The population database behind the gateway ({@code /api/population}). */
final class HttpPopulationRegistry implements PopulationRegistry {

    private final GatewayClient gateway;
    private final GatewayCalls calls;

    HttpPopulationRegistry(GatewayClient gateway, GatewayCalls calls) {
        this.gateway = gateway;
        this.calls = calls;
    }

    @Override
    public Optional<CitizenProfile> findCitizen(String idNumber, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.POPULATION_PROFILE;
        return calls.call(operation, context, idNumber, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context, "/api/population/citizens/{idNumber}",
                    idNumber);
            if (answer.status() == 404) {
                return Optional.empty();
            }
            return Optional.of(toProfile(gateway.read(answer, ProfileAnswer.class, operation.code())));
        });
    }

    @Override
    public boolean verify(String idNumber, String fullName, LocalDate birthDate, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.POPULATION_VERIFY;
        return calls.call(operation, context, idNumber, List.of(fullName, birthDate), requestId -> {
            Answer answer = gateway.post(operation.code(), requestId, context,
                    new VerifyQuestion(idNumber, fullName, birthDate.toString()), "/api/population/verify");
            VerifyAnswer verdict = gateway.read(answer, VerifyAnswer.class, operation.code());
            if (verdict.match() == null) {
                throw GatewayClient.malformed(operation.code(), "the answer holds no match");
            }
            return verdict.match();
        });
    }

    @Override
    public Optional<Household> findHousehold(String idNumber, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.POPULATION_HOUSEHOLD;
        return calls.call(operation, context, idNumber, List.of(), requestId -> {
            Answer answer = gateway.get(operation.code(), requestId, context,
                    "/api/population/citizens/{idNumber}/household", idNumber);
            if (answer.status() == 404) {
                return Optional.empty();
            }
            return Optional.of(toHousehold(gateway.read(answer, HouseholdAnswer.class, operation.code())));
        });
    }

    @Override
    public String registerBirth(BirthRegistration registration, LgspContext context) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(registration.registrationKey(), "registrationKey");
        Objects.requireNonNull(registration.birthDate(), "birthDate");
        Objects.requireNonNull(registration.gender(), "gender");
        Objects.requireNonNull(context, "context");
        Operation operation = Operation.POPULATION_BIRTH;
        BirthQuestion question = new BirthQuestion(registration.registrationKey(), registration.fullName(),
                registration.birthDate().toString(), registration.gender().name().toLowerCase(Locale.ROOT),
                registration.motherIdNumber(), registration.fatherIdNumber(), registration.registeringUnit());
        return calls.call(operation, context, registration.motherIdNumber(), List.of(registration.registrationKey()),
                requestId -> {
                    Answer answer = gateway.post(operation.code(), requestId, context, question,
                            "/api/population/births");
                    BirthAnswer issued = gateway.read(answer, BirthAnswer.class, operation.code());
                    if (issued.idNumber() == null || !issued.idNumber().matches("\\d{12}")) {
                        throw GatewayClient.malformed(operation.code(), "the answer holds no 12-digit identity number");
                    }
                    return issued.idNumber();
                });
    }

    private static CitizenProfile toProfile(ProfileAnswer answer) {
        String code = Operation.POPULATION_PROFILE.code();
        if (Fields.blank(answer.idNumber()) || Fields.blank(answer.fullName()) || Fields.blank(answer.birthDate())) {
            throw GatewayClient.malformed(code, "the profile lacks its id number, name or birth date");
        }
        return new CitizenProfile(answer.idNumber(), answer.fullName(), Fields.date(answer.birthDate(), code),
                Fields.gender(answer.gender(), code), answer.ethnicity(), answer.nationality(),
                answer.permanentAddress(), answer.currentAddress(), answer.householdId(), answer.fatherIdNumber(),
                answer.motherIdNumber());
    }

    private static Household toHousehold(HouseholdAnswer answer) {
        String code = Operation.POPULATION_HOUSEHOLD.code();
        if (Fields.blank(answer.householdId()) || Fields.blank(answer.headIdNumber()) || answer.members() == null
                || answer.members().isEmpty()) {
            throw GatewayClient.malformed(code, "the household lacks its number, head or members");
        }
        List<Household.Member> members = answer.members().stream().map(member -> {
            if (member == null || Fields.blank(member.idNumber()) || Fields.blank(member.fullName())) {
                throw GatewayClient.malformed(code, "a member lacks its id number or name");
            }
            return new Household.Member(member.idNumber(), member.fullName(), member.relation());
        }).toList();
        return new Household(answer.householdId(), answer.address(), answer.headIdNumber(), members);
    }

    record ProfileAnswer(String idNumber, String fullName, String birthDate, String gender, String ethnicity,
            String nationality, String permanentAddress, String currentAddress, String householdId,
            String fatherIdNumber, String motherIdNumber) {
    }

    record VerifyQuestion(String idNumber, String fullName, String birthDate) {
    }

    record VerifyAnswer(Boolean match) {
    }

    record BirthQuestion(String registrationKey, String fullName, String birthDate, String gender,
            String motherIdNumber, String fatherIdNumber, String registeringUnit) {
    }

    record BirthAnswer(String idNumber) {
    }

    record HouseholdAnswer(String householdId, String address, String headIdNumber, List<MemberAnswer> members) {
    }

    record MemberAnswer(String idNumber, String fullName, String relation) {
    }
}
