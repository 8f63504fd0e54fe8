package vn.motcua.sandbox.eid;

import java.util.List;
import java.util.Map;

/**
 * An account of the e-ID provider. The username is also the OIDC subject; the claims go into the ID token and the
 * userinfo answer.
 */
record EidAccount(String username, Map<String, Object> claims, List<String> authorities) {

    static final String CITIZEN = "citizen";
    static final String STAFF = "staff";
}
