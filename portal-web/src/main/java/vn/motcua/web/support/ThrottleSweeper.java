package vn.motcua.web.support;

import java.time.Duration;

import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;

/**
 * Deletes the rows of the public pages' buckets that are full again (an address that stopped asking), every
 * {@code motcua.lookup.sweep-interval}, under the periodic jobs' cluster lock; 0 switches it off.
 */
@Component
class ThrottleSweeper extends PeriodicJob {

    private static final int BATCH = 1000;

    private final AddressThrottle throttle;

    ThrottleSweeper(AddressThrottle throttle, AddressThrottleProperties properties) {
        super("throttle-sweeper", properties.sweepInterval(), Duration.ofMinutes(10));
        this.throttle = throttle;
    }

    @Override
    protected void runRound() {
        while (throttle.removeFull(BATCH) == BATCH) {
            // another batch: the rows of a busy hour can be many
        }
    }
}
