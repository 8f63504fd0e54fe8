package vn.motcua.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import jakarta.servlet.http.Cookie;

/**
 * The portal's sessions as they are stored (Spring Session JDBC, in PostgreSQL): a test puts a session there as a
 * request would have left it, sends its cookie, and reads the session back, as a MockHttpSession no longer can.
 */
final class StoredSessions {

    static final String COOKIE = "JSESSIONID";

    private final SessionRepository<?> sessions;

    StoredSessions(SessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** A new stored session holding these attributes; its cookie. */
    Cookie create(Map<String, Object> attributes) {
        return new Cookie(COOKIE, cookieValue(store(sessions, attributes)));
    }

    /** The stored session the cookie names, unless it was deleted or has expired. */
    Optional<Session> find(String cookieValue) {
        return Optional.ofNullable(sessions.findById(id(cookieValue)));
    }

    Optional<Session> find(Cookie cookie) {
        return find(cookie.getValue());
    }

    /** Replaces an attribute of a stored session, as a request on any node would. */
    void set(String cookieValue, String name, Object value) {
        change(sessions, id(cookieValue), name, value);
    }

    /** The session id a cookie carries (the cookie holds it in Base64). */
    static String id(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    private static String cookieValue(String id) {
        return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static <S extends Session> String store(SessionRepository<S> repository, Map<String, Object> attributes) {
        S session = repository.createSession();
        attributes.forEach(session::setAttribute);
        repository.save(session);
        return session.getId();
    }

    private static <S extends Session> void change(SessionRepository<S> repository, String id, String name, Object value) {
        S session = repository.findById(id);
        session.setAttribute(name, value);
        repository.save(session);
    }
}
