package vn.motcua.sandbox.gateway;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last API calls that passed the gateway's checks, with the headers that say who asked and why, the W3C trace
 * context they came with ({@code traceparent}, absent when the caller traces nothing) and the status answered, so that
 * tests and the demo can see what reached the databases (retries included).
 */
final class GatewayJournal {

    static final int CAPACITY = 1_000;

    /** One call as the gateway saw it. */
    record Entry(Instant at, String method, String path, String requestId, String serviceCode, String requestingUnit,
            String official, String purpose, int status, String traceparent) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
