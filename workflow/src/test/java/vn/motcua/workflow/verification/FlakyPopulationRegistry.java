package vn.motcua.workflow.verification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.PopulationRegistry;

/** The population database of the workflow tests: the people put into it, unreachable while {@link #down}. */
@Component
public class FlakyPopulationRegistry implements PopulationRegistry {

    volatile boolean down;
    final AtomicInteger calls = new AtomicInteger();
    final Map<String, CitizenProfile> people = new ConcurrentHashMap<>();

    void add(String idNumber, String fullName, LocalDate birthDate) {
        people.put(idNumber, new CitizenProfile(idNumber, fullName, birthDate, Gender.FEMALE, "Kinh", "Việt Nam",
                "12 Nguyễn Huệ", "12 Nguyễn Huệ", "HK0790000001", null, null));
    }

    @Override
    public Optional<CitizenProfile> findCitizen(String idNumber, LgspContext context) {
        calls.incrementAndGet();
        if (down) {
            throw new LgspException(LgspException.Kind.UNAVAILABLE, "population database down (test)");
        }
        return Optional.ofNullable(people.get(idNumber));
    }

    @Override
    public boolean verify(String idNumber, String fullName, LocalDate birthDate, LgspContext context) {
        return findCitizen(idNumber, context).map(p -> p.fullName().equals(fullName) && p.birthDate().equals(birthDate))
                .orElse(false);
    }

    /** Births: unreachable while {@link #birthsDown(boolean)} is set; the same key gets the same number. */
    private volatile boolean birthsDown;
    private final Map<String, String> births = new ConcurrentHashMap<>();
    private final AtomicInteger birthCalls = new AtomicInteger();

    public void birthsDown(boolean down) {
        birthsDown = down;
    }

    public int birthCalls() {
        return birthCalls.get();
    }

    @Override
    public String registerBirth(vn.motcua.lgsp.BirthRegistration registration, LgspContext context) {
        birthCalls.incrementAndGet();
        if (birthsDown) {
            throw new LgspException(LgspException.Kind.UNAVAILABLE, "population database down for births (test)");
        }
        return births.computeIfAbsent(registration.registrationKey(),
                key -> String.format("0792%02d%06d", registration.birthDate().getYear() % 100, births.size() + 1));
    }

    @Override
    public Optional<vn.motcua.lgsp.Household> findHousehold(String idNumber, LgspContext context) {
        throw new UnsupportedOperationException("not used by the workflow");
    }
}
