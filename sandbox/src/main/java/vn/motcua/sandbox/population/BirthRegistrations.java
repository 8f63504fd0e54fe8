package vn.motcua.sandbox.population;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Births registered through the gateway: each registration key (the dossier code) gets one personal identity number,
 * drawn so that it differs from every number of the data set; asking again with the same key returns it again.
 */
@Component
class BirthRegistrations {

    private final Map<String, String> byKey = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Random random = new SecureRandom();

    BirthRegistrations(Population population) {
        population.people().forEach(person -> used.add(person.idNumber()));
    }

    /** The child's number: issued now, or the one issued before for the same key. */
    String register(String registrationKey, LocalDate birthDate, Sex sex) {
        return byKey.computeIfAbsent(registrationKey, key -> IdentityNumbers.next(random, birthDate, sex, used));
    }
}
