package vn.motcua.workflow.access;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;
import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessLogAnchor;
import vn.motcua.cases.access.AccessLogAnchors;
import vn.motcua.cases.access.ChainHead;
import vn.motcua.documents.DigestTimestamp;
import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.TimestampUnavailableException;
import vn.motcua.documents.TraceHeaders;
import vn.motcua.workflow.issuance.DocumentProperties;

/**
 * Anchors the personal-data access log outside the database: every {@code motcua.access-log.anchor-interval}, and
 * once more at shutdown (after the web server has stopped taking requests), the hash of the chain's newest entry is
 * time-stamped by the time-stamping authority, and the token is kept ({@link AccessLogAnchors}) and its head written to
 * the application log. An insider who deletes the newest entries or rewrites the chain can no longer make it look
 * intact: the anchored entry is gone or has another hash. A head anchored already is not stamped again. Runs on one node
 * at a time under the cluster lock, like the other periodic jobs; an authority that does not answer is logged and tried at the next round.
 */
@Component
@EnableConfigurationProperties(AccessLogProperties.class)
public class AccessLogAnchoring extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(AccessLogAnchoring.class);

    /** Stops after the web server (whose lifecycle phases are just below the default), so no request follows. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final AccessLog accessLog;
    private final AccessLogAnchors anchors;
    private final AccessLogProperties properties;
    private final Rfc3161Client authority;
    /** At shutdown one attempt only: a stopping node does not wait for the authority's back-off. */
    private final Rfc3161Client lastAuthority;

    AccessLogAnchoring(AccessLog accessLog, AccessLogAnchors anchors, AccessLogProperties properties,
            DocumentProperties documents, ObjectProvider<TraceHeaders> traceHeaders) {
        super("access-log-anchoring", properties.anchorInterval(), Duration.ofMinutes(10));
        this.accessLog = accessLog;
        this.anchors = anchors;
        this.properties = properties;
        TraceHeaders trace = traceHeaders.getIfAvailable(() -> TraceHeaders.NONE);
        this.authority = documents.tsaUrl() == null ? null : new Rfc3161Client(documents.tsaUrl(),
                documents.tsaTimeout(), documents.tsaAttempts(), documents.tsaBackoff(), trace);
        this.lastAuthority = documents.tsaUrl() == null ? null : new Rfc3161Client(documents.tsaUrl(),
                documents.tsaTimeout(), 1, Duration.ZERO, trace);
    }

    /**
     * Time-stamps the head of the chain now, unless it is anchored already.
     *
     * @return the newest anchor, or empty while the log is empty
     * @throws TimestampUnavailableException if the authority gave no usable token
     * @throws IllegalStateException         if no time-stamping authority is configured
     */
    public Optional<AccessLogAnchor> anchorNow() {
        return anchor(authority);
    }

    private Optional<AccessLogAnchor> anchor(Rfc3161Client authority) {
        if (authority == null) {
            throw new IllegalStateException("motcua.documents.tsa-url is not set: the access log cannot be anchored");
        }
        Optional<ChainHead> head = accessLog.head();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccessLogAnchor> latest = anchors.latest();
        if (latest.isPresent() && latest.get().head().equals(head.get())) {
            return latest;
        }
        byte[] token = authority.timestampDigest(head.get().digest());
        DigestTimestamp stamp = DigestTimestamp.of(token);
        if (!Arrays.equals(stamp.imprint(), head.get().digest())) {
            throw new TimestampUnavailableException("the time-stamp token does not stamp the head of the access log",
                    null);
        }
        AccessLogAnchor anchor = anchors.add(head.get(), stamp.stampedAt(), token);
        log.info("Access log anchored: entry {} with hash {}, time-stamped at {} (anchor {})", head.get().seq(),
                head.get().hash(), stamp.stampedAt(), anchor.id());
        return Optional.of(anchor);
    }

    private void anchorQuietly(String when, Rfc3161Client authority) {
        try {
            anchor(authority);
        } catch (RuntimeException e) {
            log.error("Anchoring the access log {} failed; next attempt {}", when,
                    isRunning() ? "in " + properties.anchorInterval() : "at the next start", e);
        }
    }

    private boolean enabled() {
        return authority != null && !properties.anchorInterval().isZero();
    }

    @Override
    protected void runRound() {
        anchorQuietly("on schedule", authority);
    }

    @Override
    public void start() {
        if (!enabled()) {
            log.warn("The access log is not anchored: {}", authority == null ? "motcua.documents.tsa-url is not set"
                    : "motcua.access-log.anchor-interval is 0");
            return;
        }
        super.start();
    }

    @Override
    public synchronized void stop() {
        boolean running = isRunning();
        super.stop();
        if (running) {
            anchorQuietly("at shutdown", lastAuthority);
        }
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
