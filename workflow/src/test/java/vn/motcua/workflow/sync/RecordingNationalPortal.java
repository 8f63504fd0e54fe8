package vn.motcua.workflow.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.NationalPortal;
import vn.motcua.lgsp.SyncRecord;

/**
 * The national portal of the workflow tests: refuses every record while {@link #down}, keeps each call waiting from
 * {@link #hold()} until {@link #release()}, counts the calls that were accepted per record id and notes any two calls
 * for the same record at the same time.
 */
@Component
public class RecordingNationalPortal implements NationalPortal {

    private static final Duration HELD_AT_MOST = Duration.ofSeconds(30);

    volatile boolean down;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    final Map<UUID, AtomicInteger> acceptedCalls = new ConcurrentHashMap<>();
    final List<SyncRecord> accepted = new CopyOnWriteArrayList<>();
    final List<LgspContext> contexts = new CopyOnWriteArrayList<>();
    final AtomicInteger refusedCalls = new AtomicInteger();
    final AtomicBoolean overlapped = new AtomicBoolean();
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    @Override
    public void sync(SyncRecord record, LgspContext context) {
        if (!inFlight.add(record.recordId())) {
            overlapped.set(true);
        }
        try {
            if (!gate.await(HELD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LgspException(LgspException.Kind.UNAVAILABLE, "held longer than " + HELD_AT_MOST + " (test)");
            }
            if (down) {
                refusedCalls.incrementAndGet();
                throw new LgspException(LgspException.Kind.UNAVAILABLE, "national portal is down (test)");
            }
            if (acceptedCalls.computeIfAbsent(record.recordId(), id -> new AtomicInteger()).incrementAndGet() == 1) {
                accepted.add(record);
                contexts.add(context);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(LgspException.Kind.UNAVAILABLE, "interrupted", e);
        } finally {
            inFlight.remove(record.recordId());
        }
    }

    /** From now on every call waits until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    /** Lets the waiting calls go on, and the next ones through at once. */
    void release() {
        gate.countDown();
    }

    /** @return whether a call is running now */
    boolean busy() {
        return !inFlight.isEmpty();
    }

    /** The records accepted for the dossier, in the order they arrived. */
    public List<SyncRecord> acceptedFor(String dossierCode) {
        return accepted.stream().filter(r -> r.dossierCode().equals(dossierCode)).toList();
    }
}
