package vn.motcua.documents;

import java.util.Map;

/**
 * The headers that carry the current trace context (W3C {@code traceparent}, and {@code tracestate} when there is
 * one) on a call this module makes to another system, the time-stamping authority. This module knows no tracer: the
 * application supplies the headers from its own; {@link #NONE} adds none.
 */
@FunctionalInterface
public interface TraceHeaders {

    /** Adds no header: the authority sees no trace context. */
    TraceHeaders NONE = Map::of;

    /**
     * Read on the thread that makes the call, just before it.
     *
     * @return header name → value for the trace or span current on this thread; empty when there is none
     */
    Map<String, String> current();
}
