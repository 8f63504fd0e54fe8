package vn.motcua.web.support;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import vn.motcua.sandbox.SandboxApplication;
import vn.motcua.sandbox.mail.MailInbox;

/** The stand-ins of the external systems, started once per test JVM on a free port. */
public final class SandboxRunner {

    private static ConfigurableApplicationContext sandbox;

    private SandboxRunner() {
    }

    public static synchronized int port() {
        if (sandbox == null) {
            // The e-ID provider accepts any port on a loopback IP redirect, so one registration fits every test portal.
            sandbox = SandboxApplication.start(0, "--sandbox.eid.portal-base-url=http://127.0.0.1:8080",
                    "--sandbox.mail.smtp-port=0");
        }
        return ((WebServerApplicationContext) sandbox).getWebServer().getPort();
    }

    /** The port of the sandbox's SMTP server (a free one, chosen when the sandbox started). */
    public static synchronized int smtpPort() {
        port();
        return sandbox.getBean(MailInbox.class).port();
    }

    /** The mails the sandbox's SMTP server received, newest first. */
    public static synchronized java.util.List<MailInbox.ReceivedMail> receivedMails() {
        port();
        return sandbox.getBean(MailInbox.class).received();
    }

    /** The e-ID provider's signing key (private part included), to make tokens the provider could have signed. */
    @SuppressWarnings("unchecked")
    public static synchronized RSAKey eidSigningKey() {
        port();
        try {
            JWKSource<SecurityContext> keys = sandbox.getBean(JWKSource.class);
            return keys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).privateOnly(true).build()), null)
                    .stream().map(RSAKey.class::cast).findFirst().orElseThrow();
        } catch (KeySourceException e) {
            throw new IllegalStateException("The sandbox's e-ID provider has no RSA signing key", e);
        }
    }

    public static String baseUrl() {
        return "http://localhost:" + port();
    }
}
