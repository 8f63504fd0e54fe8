package vn.motcua.lgsp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.motcua.lgsp.BirthRegistration;
import vn.motcua.lgsp.Business;
import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.CivilStatusRecord;
import vn.motcua.lgsp.CivilStatusRecord.Role;
import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.HealthInsuranceCard;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.Household;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.NameAvailability;
import vn.motcua.lgsp.SyncRecord;

/** Every typed call of the connector against the gateway stand-in, over real HTTP. */
class GatewayContractTest {

    static final String AN = "079090001234";
    static final String BICH = "079195005678";
    static final String KHOA = "079201000321";
    static final LgspContext CONTEXT = new LgspContext("H29.12.05", "tiepnhan.benthanh", "H29.12.05-261126-0007");

    final List<DataAccessed> events = SandboxGateway.events();
    final LgspHttpAdapter lgsp = SandboxGateway.adapter(events);

    @BeforeEach
    void reset() {
        SandboxGateway.reset();
    }

    @Test
    void profileOfADemoCitizenWithWhoAsksAndWhy() {
        CitizenProfile an = lgsp.populationRegistry().findCitizen(AN, CONTEXT).orElseThrow();

        assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.birthDate()).isEqualTo(LocalDate.of(1990, 5, 12));
        assertThat(an.gender()).isEqualTo(Gender.MALE);
        assertThat(an.permanentAddress()).isEqualTo("45 Lê Thánh Tôn, Phường Bến Thành, Thành phố Hồ Chí Minh");
        assertThat(an.householdId()).startsWith("HK079");
        Map<String, Object> seen = SandboxGateway.journal().get(0);
        assertThat(seen).containsEntry("path", "/lgsp/api/population/citizens/" + AN)
                .containsEntry("serviceCode", "POPULATION_PROFILE").containsEntry("requestingUnit", "H29.12.05")
                .containsEntry("official", "tiepnhan.benthanh").containsEntry("purpose", "H29.12.05-261126-0007")
                .containsEntry("requestId", events.get(0).requestId().toString()).containsEntry("status", 200);
    }

    @Test
    void verifiesNameAndBirthDate() {
        assertThat(lgsp.populationRegistry().verify(BICH, "trần thị  BÍCH", LocalDate.of(1995, 8, 20), CONTEXT))
                .isTrue();
        assertThat(lgsp.populationRegistry().verify(BICH, "Trần Thị Bích", LocalDate.of(1995, 8, 21), CONTEXT))
                .isFalse();
    }

    @Test
    void householdOfAPersonListsItsMembersHeadFirst() {
        Household household = lgsp.populationRegistry().findHousehold(KHOA, CONTEXT).orElseThrow();

        assertThat(household.address()).isEqualTo("8 Tân Kỳ Tân Quý, Phường Tân Phú, Thành phố Hồ Chí Minh");
        assertThat(household.members().get(0).idNumber()).isEqualTo(household.headIdNumber());
        assertThat(household.members()).hasSizeGreaterThanOrEqualTo(4)
                .contains(new Household.Member(KHOA, "Lê Minh Khoa", "Con"));
    }

    @Test
    void unknownPeopleAreEmpty() {
        assertThat(lgsp.populationRegistry().findCitizen("079090999999", CONTEXT)).isEmpty();
        assertThat(lgsp.populationRegistry().findHousehold("079090999999", CONTEXT)).isEmpty();
        assertThat(lgsp.civilStatusRegistry().findRecordsOf("079090999999", CONTEXT)).isEmpty();
    }

    @Test
    void birthRecordOfACitizenByIdentityNumberAndByRegisterNumber() {
        CitizenProfile bich = lgsp.populationRegistry().findCitizen(BICH, CONTEXT).orElseThrow();

        List<CivilStatusRecord> records = lgsp.civilStatusRegistry().findRecordsOf(BICH, CONTEXT);
        CivilStatusRecord birth = records.stream().filter(record -> record.type() == CivilStatusRecord.Type.BIRTH)
                .filter(record -> record.party(Role.CHILD).orElseThrow().idNumber().equals(BICH))
                .findFirst().orElseThrow();

        assertThat(birth.registerNumber()).matches("KS-1995-\\d{6}");
        assertThat(birth.eventDate()).isEqualTo(LocalDate.of(1995, 8, 20));
        assertThat(birth.registeredOn()).isAfter(birth.eventDate());
        assertThat(birth.registeredBy()).isEqualTo("UBND Phường Bến Thành");
        assertThat(birth.party(Role.FATHER).orElseThrow().idNumber()).isEqualTo(bich.fatherIdNumber());
        assertThat(birth.party(Role.MOTHER).orElseThrow().idNumber()).isEqualTo(bich.motherIdNumber());
        assertThat(lgsp.civilStatusRegistry().findRecord(birth.registerNumber(), CONTEXT)).contains(birth);
        assertThat(lgsp.civilStatusRegistry().findRecord("KS-1800-000001", CONTEXT)).isEmpty();
    }

    @Test
    void parentsHaveAMarriageRecord() {
        CitizenProfile khoa = lgsp.populationRegistry().findCitizen(KHOA, CONTEXT).orElseThrow();

        CivilStatusRecord marriage = lgsp.civilStatusRegistry().findRecordsOf(khoa.fatherIdNumber(), CONTEXT).stream()
                .filter(record -> record.type() == CivilStatusRecord.Type.MARRIAGE).findFirst().orElseThrow();

        assertThat(marriage.registerNumber()).matches("KH-\\d{4}-\\d{6}");
        assertThat(marriage.party(Role.WIFE).orElseThrow().idNumber()).isEqualTo(khoa.motherIdNumber());
        assertThat(marriage.eventDate()).isBefore(khoa.birthDate());
    }

    @Test
    void malformedRegisterNumberIsRejected() {
        HttpPopulationRegistryTest.assertFailure(
                () -> lgsp.civilStatusRegistry().findRecord("not-a-number", CONTEXT), Kind.REJECTED);
    }

    @Test
    void businessByTaxCodeAndNameAvailability() {
        Business pho = lgsp.businessRegistry().findByTaxCode("0315000001", CONTEXT).orElseThrow();

        assertThat(pho.name()).isEqualTo("Hộ kinh doanh Phở An");
        assertThat(pho.type()).isEqualTo(Business.Type.HOUSEHOLD);
        assertThat(pho.ownerIdNumber()).isEqualTo(AN);
        assertThat(pho.status()).isEqualTo(Business.Status.ACTIVE);
        assertThat(lgsp.businessRegistry().findByTaxCode("0399999999", CONTEXT)).isEmpty();
        assertThat(lgsp.businessRegistry().checkName("hộ kinh doanh  PHỞ AN", CONTEXT))
                .isEqualTo(new NameAvailability("hộ kinh doanh  PHỞ AN", false, "0315000001"));
        assertThat(lgsp.businessRegistry().checkName("Bánh mì Hòa & Con #1", CONTEXT))
                .isEqualTo(new NameAvailability("Bánh mì Hòa & Con #1", true, null));
        HttpPopulationRegistryTest.assertFailure(() -> lgsp.businessRegistry().findByTaxCode("03-15", CONTEXT),
                Kind.REJECTED);
    }

    @Test
    void healthInsuranceCardForAChildUnderSix() {
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(2);
        String child = "0792" + String.format("%02d", born.getYear() % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

        HealthInsuranceCard card = lgsp.socialInsurance().issueChildCard(new HealthInsuranceCardApplication(child,
                "Nguyễn Minh Anh", born, Gender.FEMALE, AN, "45 Lê Thánh Tôn, Phường Bến Thành"), CONTEXT);

        assertThat(card.cardNumber()).matches("\\d{10}");
        assertThat(card.validTo()).isEqualTo(born.plusYears(6).minusDays(1));
        assertThat(SandboxGateway.journal()).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("method", "POST").containsEntry("serviceCode", "INSURANCE_CHILD_CARD")
                .containsEntry("status", 201));
        HttpPopulationRegistryTest.assertFailure(() -> lgsp.socialInsurance().issueChildCard(
                new HealthInsuranceCardApplication(KHOA, "Lê Minh Khoa", LocalDate.of(2001, 3, 3), Gender.MALE,
                        AN, "8 Tân Kỳ Tân Quý"), CONTEXT), Kind.REJECTED);
    }

    @Test
    void birthRegistrationIssuesTheChildsNumberOnceForItsRegistrationKey() {
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(20);
        String key = "H29.12.05-261126-" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        BirthRegistration birth = new BirthRegistration(key, "Nguyễn Ngọc Hân", born, Gender.FEMALE, BICH, AN,
                "H29.12.05");

        String number = lgsp.populationRegistry().registerBirth(birth, CONTEXT);

        assertThat(number).matches("0793" + String.format("%02d", born.getYear() % 100) + "\\d{6}");
        assertThat(lgsp.populationRegistry().registerBirth(birth, CONTEXT)).as("a retry gets the same number")
                .isEqualTo(number);
        assertThat(lgsp.populationRegistry().registerBirth(new BirthRegistration(key + "1", "Nguyễn Minh Khang", born,
                Gender.MALE, BICH, null, "H29.12.05"), CONTEXT)).isNotEqualTo(number).startsWith("0792");
        assertThat(SandboxGateway.journal()).first().satisfies(call -> assertThat(call)
                .containsEntry("path", "/lgsp/api/population/births").containsEntry("serviceCode", "POPULATION_BIRTH")
                .containsEntry("status", 200));
        HttpPopulationRegistryTest.assertFailure(() -> lgsp.populationRegistry().registerBirth(
                new BirthRegistration(key + "2", "Nguyễn An", born, Gender.MALE, "12345", null, "H29.12.05"), CONTEXT),
                Kind.REJECTED);
    }

    @Test
    void syncRecordIsReceivedOnceWithVietnameseTimes() {
        SyncRecord record = new SyncRecord(UUID.randomUUID(), "H29.12.05-261126-0007", "2.000635",
                "Cấp bản sao trích lục hộ tịch", AN, "Nguyễn Văn An", "CITIZEN",
                Instant.parse("2026-11-26T02:15:00Z"), Instant.parse("2026-11-27T10:00:00Z"), 2,
                Instant.parse("2026-11-26T02:15:30Z"), 2, "H29.12.05", 0, List.of());

        lgsp.nationalPortal().sync(record, CONTEXT);
        lgsp.nationalPortal().sync(record, CONTEXT);

        assertThat(SandboxGateway.nationalPortalRecords()).singleElement().satisfies(received -> assertThat(received)
                .containsEntry("recordId", record.recordId().toString())
                .containsEntry("receivedAt", "20261126091500").containsEntry("dueAt", "20261127170000")
                .containsEntry("changedAt", "20261126091530").containsEntry("status", 2)
                .containsEntry("procedureName", "Cấp bản sao trích lục hộ tịch"));
        assertThat(SandboxGateway.journal()).extracting(call -> call.get("status")).containsExactly(201, 200);
    }

    @Test
    void wrongClientSecretIsUnauthorized() {
        LgspHttpAdapter intruder = LgspHttpAdapter.create(new vn.motcua.lgsp.LgspProperties(SandboxGateway.baseUrl(),
                SandboxGateway.CLIENT_ID, "guess", Duration.ofSeconds(2)), org.springframework.web.client.RestClient
                .builder());

        HttpPopulationRegistryTest.assertFailure(() -> intruder.populationRegistry().findCitizen(AN, CONTEXT),
                Kind.UNAUTHORIZED);
        assertThat(SandboxGateway.journal()).isEmpty();
    }
}
