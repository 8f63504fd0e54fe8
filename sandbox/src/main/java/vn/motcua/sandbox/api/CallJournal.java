package vn.motcua.sandbox.api;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The last calls a stand-in API answered, with the W3C trace context they came with ({@code traceparent}, absent when
 * the caller traces nothing) and the status answered, so that tests and the demo can see that a call carries the
 * trace of the request or job that made it. Its {@link #recorder()} is registered in front of the API's paths.
 */
public final class CallJournal {

    static final int CAPACITY = 1_000;

    /** One call as the stand-in saw it. */
    public record Entry(Instant at, String method, String path, int status, String traceparent) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** @return an interceptor that writes every call it sees, once answered, to this journal */
    public HandlerInterceptor recorder() {
        return new HandlerInterceptor() {
            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                add(new Entry(Instant.now(), request.getMethod(), request.getRequestURI(), response.getStatus(),
                        request.getHeader("traceparent")));
            }
        };
    }

    /** @return the calls recorded, oldest first */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Forgets every call recorded. */
    public synchronized void clear() {
        entries.clear();
    }

    synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }
}
