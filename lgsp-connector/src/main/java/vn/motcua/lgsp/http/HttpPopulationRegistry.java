package vn.motcua.lgsp.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.PopulationRegistry;

/** The population database behind the gateway ({@code /api/population}). */
final class HttpPopulationRegistry implements PopulationRegistry {

    static final String PROFILE = "POPULATION_PROFILE";
    static final String VERIFY = "POPULATION_VERIFY";

    private final GatewayClient gateway;

    HttpPopulationRegistry(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @Override
    public Optional<CitizenProfile> findCitizen(String idNumber, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(context, "context");
        Answer answer = gateway.get(PROFILE, context, "/api/population/citizens/{idNumber}", idNumber);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(toProfile(gateway.read(answer, ProfileAnswer.class, PROFILE)));
    }

    @Override
    public boolean verify(String idNumber, String fullName, LocalDate birthDate, LgspContext context) {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(context, "context");
        Answer answer = gateway.post(VERIFY, context, new VerifyQuestion(idNumber, fullName, birthDate.toString()),
                "/api/population/verify");
        VerifyAnswer verdict = gateway.read(answer, VerifyAnswer.class, VERIFY);
        if (verdict.match() == null) {
            throw GatewayClient.malformed(VERIFY, "the answer holds no match");
        }
        return verdict.match();
    }

    private static CitizenProfile toProfile(ProfileAnswer answer) {
        if (blank(answer.idNumber()) || blank(answer.fullName()) || blank(answer.birthDate())) {
            throw GatewayClient.malformed(PROFILE, "the profile lacks its id number, name or birth date");
        }
        return new CitizenProfile(answer.idNumber(), answer.fullName(), birthDate(answer.birthDate()),
                gender(answer.gender()), answer.ethnicity(), answer.nationality(), answer.permanentAddress(),
                answer.currentAddress(), answer.householdId(), answer.fatherIdNumber(), answer.motherIdNumber());
    }

    private static LocalDate birthDate(String text) {
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException ex) {
            throw GatewayClient.malformed(PROFILE, "unreadable birth date '" + text + "'");
        }
    }

    private static Gender gender(String text) {
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> throw GatewayClient.malformed(PROFILE, "unknown gender '" + text + "'");
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    record ProfileAnswer(String idNumber, String fullName, String birthDate, String gender, String ethnicity,
            String nationality, String permanentAddress, String currentAddress, String householdId,
            String fatherIdNumber, String motherIdNumber) {
    }

    record VerifyQuestion(String idNumber, String fullName, String birthDate) {
    }

    record VerifyAnswer(Boolean match) {
    }
}
