package vn.motcua.lgsp.http;

/** A system behind the gateway; each has its own circuit breaker. */
enum Service {
    POPULATION("population"),
    CIVIL_STATUS("civil-status"),
    BUSINESS("business"),
    INSURANCE("insurance"),
    NATIONAL_PORTAL("national-portal");

    private final String key;

    Service(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
