package vn.motcua.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.web.security.PortalUser;

/** Logged-in users for MockMvc requests, shaped like the e-ID provider's ID tokens. */
public final class Logins {

    private Logins() {
    }

    /** A citizen whose e-ID account has the high level, as every adult's has. */
    public static RequestPostProcessor citizen(String idNumber, String name, String birthdate, String gender) {
        return oidcLogin().idToken(token -> token.subject(idNumber).claim("name", name).claim("birthdate", birthdate)
                        .claim("gender", gender).claim("account_type", "citizen").claim("acr", "eid-high"))
                .authorities(new SimpleGrantedAuthority("ROLE_CITIZEN"), new SimpleGrantedAuthority("ASSURANCE_HIGH"));
    }

    /** Phạm Gia Huy, a child whose e-ID account has the basic level only. */
    public static RequestPostProcessor huy() {
        return oidcLogin().idToken(token -> token.subject("079215000456").claim("name", "Phạm Gia Huy")
                        .claim("birthdate", "2015-06-01").claim("gender", "male").claim("account_type", "citizen")
                        .claim("acr", "eid-basic"))
                .authorities(new SimpleGrantedAuthority("ROLE_CITIZEN"));
    }

    public static RequestPostProcessor an() {
        return citizen("079090001234", "Nguyễn Văn An", "1990-05-12", "male");
    }

    public static RequestPostProcessor bich() {
        return citizen("079195005678", "Trần Thị Bích", "1995-08-20", "female");
    }

    /**
     * A staff member the portal has granted no role to: their token may say what it likes (here ADMIN), the portal gives
     * them {@link PortalUser#WITHOUT_ROLE} only.
     */
    public static RequestPostProcessor staffWithoutRole(String username, String agency) {
        return oidcLogin().idToken(token -> token.subject(username).claim("name", username)
                        .claim("account_type", "staff").claim("agency", agency).claim("roles", List.of()))
                .authorities(new SimpleGrantedAuthority(PortalUser.WITHOUT_ROLE));
    }

    public static RequestPostProcessor staff(String username, String agency, String role) {
        return oidcLogin().idToken(token -> token.subject(username).claim("name", username)
                        .claim("account_type", "staff").claim("agency", agency).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
