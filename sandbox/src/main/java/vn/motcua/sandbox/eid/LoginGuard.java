package vn.motcua.sandbox.eid;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins: an account that fails {@code lockoutThreshold} times in a row is locked for
 * {@code lockoutDuration}; an address that fails {@code addressLimit} times within {@code addressWindow} is refused
 * until its window ends. A successful login clears the account's count.
 */
@Component
class LoginGuard {

    private record Count(int failures, Instant since) {
    }

    private final EidProperties properties;
    private final Clock clock;
    private final Map<String, Count> accounts = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    @Autowired
    LoginGuard(EidProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginGuard(EidProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the account is locked now. */
    boolean locked(String username) {
        Count count = accounts.get(username);
        return count != null && count.failures() >= properties.lockoutThreshold()
                && clock.instant().isBefore(count.since().plus(properties.lockoutDuration()));
    }

    /** Whether the address has failed too often in its current window. */
    boolean throttled(String address) {
        Count count = addresses.get(address);
        return count != null && count.failures() >= properties.addressLimit()
                && clock.instant().isBefore(count.since().plus(properties.addressWindow()));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        // Consecutive failures of an account; the lock is timed from the failure that reaches the threshold.
        accounts.compute(username, (key, count) -> {
            if (count == null || !now.isBefore(count.since().plus(properties.lockoutDuration()))) {
                return new Count(1, now);
            }
            int failures = count.failures() + 1;
            return new Count(failures, failures == properties.lockoutThreshold() ? now : count.since());
        });
        // Failures from one address in a fixed window that starts with its first failure.
        if (address != null) {
            addresses.compute(address, (key, count) -> count == null
                    || !now.isBefore(count.since().plus(properties.addressWindow())) ? new Count(1, now)
                    : new Count(count.failures() + 1, count.since()));
        }
    }

    void succeeded(String username) {
        accounts.remove(username);
    }
}
