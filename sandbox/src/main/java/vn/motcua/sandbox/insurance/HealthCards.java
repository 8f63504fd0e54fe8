package vn.motcua.sandbox.insurance;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The cards issued so far. A child keeps one social-insurance number for life, so asking again for the same child
 * returns the card already issued; numbers are {@code 79} (Ho Chi Minh City) and an 8-digit sequence.
 */
@Component
class HealthCards {

    /** A card and whether this request issued it. */
    record Issued(Card card, boolean created) {
    }

    record Card(String cardNumber, String childIdNumber, LocalDate validFrom, LocalDate validTo) {
    }

    private final Map<String, Card> byChild = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(10_000_000);

    Issued issue(String childIdNumber, LocalDate birthDate, LocalDate today) {
        boolean[] created = {false};
        Card card = byChild.computeIfAbsent(childIdNumber, child -> {
            created[0] = true;
            return new Card(String.format("79%08d", sequence.incrementAndGet()), child,
                    birthDate.isAfter(today) ? birthDate : today, birthDate.plusYears(6).minusDays(1));
        });
        return new Issued(card, created[0]);
    }

    int count() {
        return byChild.size();
    }
}
