package vn.motcua.web.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The page a visitor asked for before being sent to the login, kept in the session to return to afterwards, but only
 * for the pages behind a login. Any other request a visitor is refused (an address that does not exist, a probe for
 * {@code /wp-login.php}) is sent to the login without a session: otherwise every such anonymous request would write a
 * session row in PostgreSQL.
 */
final class SavedRequests {

    /** The pages that only a logged-in person sees, worth returning to after the login. */
    static final List<String> BEHIND_LOGIN = List.of("/my/**", "/desk/**", "/inbox/**", "/admin/**", "/statistics/**",
            "/staff/**", SecurityConfiguration.FILING);

    private SavedRequests() {
    }

    static RequestCache cache() {
        List<RequestMatcher> pages = new ArrayList<>();
        BEHIND_LOGIN.forEach(path -> pages.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path)));
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(new OrRequestMatcher(pages),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
        return cache;
    }
}
