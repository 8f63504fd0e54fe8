package vn.motcua.sandbox.fault;

/**
 * How an API misbehaves: extra latency before it answers, the share of calls that fail with HTTP 500 (spread evenly),
 * and whether it is down altogether (HTTP 503).
 */
record FaultSettings(long latencyMillis, double errorRate, boolean outage) {

    static final FaultSettings NONE = new FaultSettings(0, 0.0, false);
    static final long MAX_LATENCY_MILLIS = 120_000;

    boolean isValid() {
        return latencyMillis >= 0 && latencyMillis <= MAX_LATENCY_MILLIS && errorRate >= 0.0 && errorRate <= 1.0;
    }
}
