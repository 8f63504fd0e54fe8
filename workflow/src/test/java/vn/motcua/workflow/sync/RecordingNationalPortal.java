package vn.motcua.workflow.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.NationalPortal;
import vn.motcua.lgsp.SyncRecord;

/**
 * The national portal of the workflow tests: refuses every record while {@link #down}, waits {@link #delay} per call,
 * counts the calls that were accepted per record id and notes any two calls for the same record at the same time.
 */
@Component
public class RecordingNationalPortal implements NationalPortal {

    volatile boolean down;
    volatile Duration delay = Duration.ZERO;

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
            Thread.sleep(delay.toMillis());
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

    /** The records accepted for the dossier, in the order they arrived. */
    public List<SyncRecord> acceptedFor(String dossierCode) {
        return accepted.stream().filter(r -> r.dossierCode().equals(dossierCode)).toList();
    }
}
