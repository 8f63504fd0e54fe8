package vn.motcua.sandbox.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One server-to-server notification of a payment's new status, and every attempt to deliver it. */
final class Notification {

    /** Where delivery stands. */
    enum State {
        /** Being sent, or waiting for its next attempt. */
        SENDING,
        /** The merchant answered 2xx with {@code {"ack":true}}. */
        ACKNOWLEDGED,
        /** Every attempt failed. */
        FAILED,
        /** Dropped on purpose through the controls: never sent. */
        DROPPED,
        /** Its payment was cleared through the controls before delivery. */
        ABANDONED
    }

    /** One try: when, the HTTP status answered (absent when none came) and what came of it. */
    record Attempt(int number, Instant at, Integer httpStatus, String outcome) {
    }

    /** What the controls show of a notification. */
    record View(String notificationId, PaymentStatus status, String url, State state, Map<String, Object> body,
            List<Attempt> attempts) {
    }

    private final String notificationId;
    private final PaymentStatus status;
    private final String url;
    private final Map<String, Object> body;
    private final List<Attempt> attempts = new ArrayList<>();
    private State state = State.SENDING;

    Notification(String notificationId, PaymentStatus status, String url, Map<String, Object> body) {
        this.notificationId = notificationId;
        this.status = status;
        this.url = url;
        this.body = body;
    }

    String url() {
        return url;
    }

    Map<String, Object> body() {
        return body;
    }

    synchronized State state() {
        return state;
    }

    synchronized int attempts() {
        return attempts.size();
    }

    /** Records an attempt and the state it leads to; nothing changes once delivery has ended. */
    synchronized void attempted(Instant at, Integer httpStatus, String outcome, State next) {
        if (state == State.SENDING) {
            attempts.add(new Attempt(attempts.size() + 1, at, httpStatus, outcome));
            state = next;
        }
    }

    synchronized void end(State last) {
        if (state == State.SENDING) {
            state = last;
        }
    }

    synchronized View view() {
        return new View(notificationId, status, url, state, body, List.copyOf(attempts));
    }
}
