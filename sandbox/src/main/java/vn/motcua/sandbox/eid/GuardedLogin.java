package vn.motcua.sandbox.eid;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password login that refuses locked accounts and throttled addresses, and counts every failure. */
final class GuardedLogin implements AuthenticationProvider {

    /** Too many failed logins came from the client's address. */
    static final class ThrottledException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        ThrottledException() {
            super("Too many failed logins from this address");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginGuard guard;

    GuardedLogin(DaoAuthenticationProvider passwords, LoginGuard guard) {
        this.passwords = passwords;
        this.guard = guard;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (address != null && guard.throttled(address)) {
            throw new ThrottledException();
        }
        if (guard.locked(username)) {
            throw new LockedException("Account locked after repeated failures");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            guard.succeeded(username);
            return result;
        }
        catch (BadCredentialsException failure) {
            guard.failed(username, address);
            if (address != null && guard.throttled(address)) {
                throw new ThrottledException();
            }
            if (guard.locked(username)) {
                throw new LockedException("Account locked after repeated failures", failure);
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
