package vn.motcua.lgsp.http;

import java.util.List;

/**
 * One typed call of the gateway: its service code (header {@code X-Service-Code}), the system behind it, whether it
 * may be retried and cached, and which personal-data fields it reads or sends (none: no data-access event).
 */
enum Operation {
    POPULATION_PROFILE(Service.POPULATION, Retries.YES, Caching.YES, List.of("idNumber", "fullName", "birthDate",
            "gender", "ethnicity", "nationality", "permanentAddress", "currentAddress", "householdId",
            "fatherIdNumber", "motherIdNumber")),
    POPULATION_VERIFY(Service.POPULATION, Retries.YES, Caching.YES, List.of("idNumber", "fullName", "birthDate")),
    POPULATION_HOUSEHOLD(Service.POPULATION, Retries.YES, Caching.YES, List.of("householdId", "address",
            "headIdNumber", "members.idNumber", "members.fullName", "members.relation")),
    POPULATION_BIRTH(Service.POPULATION, Retries.YES, Caching.NO, List.of("fullName", "birthDate", "gender",
            "motherIdNumber", "fatherIdNumber", "idNumber")),
    CIVIL_STATUS_RECORD(Service.CIVIL_STATUS, Retries.YES, Caching.YES, CivilStatusFields.ALL),
    CIVIL_STATUS_RECORDS_OF(Service.CIVIL_STATUS, Retries.YES, Caching.YES, CivilStatusFields.ALL),
    BUSINESS_NAME_CHECK(Service.BUSINESS, Retries.YES, Caching.NO, List.of()),
    BUSINESS_PROFILE(Service.BUSINESS, Retries.YES, Caching.YES, List.of("taxCode", "name", "type", "ownerIdNumber",
            "ownerName", "address", "registeredOn", "status")),
    INSURANCE_CHILD_CARD(Service.INSURANCE, Retries.NO, Caching.NO, List.of("childIdNumber", "fullName", "birthDate",
            "gender", "guardianIdNumber", "address", "cardNumber")),
    NATIONAL_PORTAL_SYNC(Service.NATIONAL_PORTAL, Retries.YES, Caching.NO, List.of("dossierCode", "procedureCode",
            "ownerIdNumber", "ownerName", "applicantType", "receivedAt", "dueAt", "status", "changedAt", "channel",
            "handlingUnit", "supplements", "resultDocuments"));

    enum Retries { YES, NO }

    enum Caching { YES, NO }

    private final Service service;
    private final boolean idempotent;
    private final boolean cached;
    private final List<String> personalFields;

    Operation(Service service, Retries retries, Caching caching, List<String> personalFields) {
        this.service = service;
        this.idempotent = retries == Retries.YES;
        this.cached = caching == Caching.YES;
        this.personalFields = personalFields;
    }

    /** The value of the {@code X-Service-Code} header and of {@code DataAccessed.service}. */
    String code() {
        return name();
    }

    Service service() {
        return service;
    }

    boolean idempotent() {
        return idempotent;
    }

    boolean cached() {
        return cached;
    }

    boolean personal() {
        return !personalFields.isEmpty();
    }

    List<String> personalFields() {
        return personalFields;
    }

    private static final class CivilStatusFields {
        static final List<String> ALL = List.of("registerNumber", "type", "registeredBy", "registeredOn", "eventDate",
                "eventPlace", "parties.role", "parties.idNumber", "parties.fullName", "parties.birthDate");
    }
}
