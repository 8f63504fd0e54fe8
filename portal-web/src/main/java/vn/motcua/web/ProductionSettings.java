package vn.motcua.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Fails closed outside the demo: without the {@code demo} profile the portal starts only when every address, credential
 * and key it needs has been set by the installation, since none of them has a default there. The check runs before any
 * bean is created (no database is connected, no key generated) and names every missing setting in one message.
 */
@Component
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    /** The profile of the one-machine demo, which brings its own development values. */
    static final String DEMO = "demo";

    /** The settings a production installation must give, with what each is, in the order they are reported. */
    private static final List<Setting> REQUIRED = List.of(
            new Setting("spring.datasource.url", "the PostgreSQL database"),
            new Setting("motcua.eid.base-url", "the e-ID provider's address"),
            new Setting("motcua.eid.issuer", "the e-ID provider's issuer"),
            new Setting("spring.security.oauth2.client.registration.eid.client-id", "the portal's e-ID client id"),
            new Setting("spring.security.oauth2.client.registration.eid.client-secret", "the portal's e-ID client secret"),
            new Setting("motcua.lgsp.base-url", "the LGSP gateway's address"),
            new Setting("motcua.lgsp.client-id", "the portal's LGSP client id"),
            new Setting("motcua.lgsp.client-secret", "the portal's LGSP client secret"),
            new Setting("motcua.payment.base-url", "the payment platform's address"),
            new Setting("motcua.payment.merchant-code", "the portal's merchant code"),
            new Setting("motcua.payment.secret", "the secret shared with the payment platform"),
            new Setting("spring.mail.host", "the SMTP server"),
            new Setting("motcua.documents.key-directory", "the agencies' issued keystores"),
            new Setting("motcua.documents.keystore-password", "the keystores' password"),
            new Setting("motcua.documents.ca-certificate", "the issuing CA's certificate"),
            new Setting("motcua.documents.tsa-url", "the time-stamping authority"),
            new Setting("motcua.documents.tsa-certificate", "the time-stamping authority's certificate"));

    /** The settings required when files are kept in an object store ({@code motcua.storage.kind=s3}). */
    private static final List<Setting> OBJECT_STORE = List.of(
            new Setting("motcua.storage.s3.endpoint", "the object store's address"),
            new Setting("motcua.storage.s3.bucket", "the object store's bucket of the portal's files"),
            new Setting("motcua.storage.s3.access-key", "the portal's object-store access key"),
            new Setting("motcua.storage.s3.secret-key", "the portal's object-store secret key"));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    /**
     * Checks the settings unless the demo profile is active.
     *
     * @throws MissingSettingsException naming every setting that is missing or unfit for production
     */
    static void check(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(DEMO))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new MissingSettingsException(problems);
        }
    }

    /** Every setting that is missing or unfit for production, each with what it is; empty when all are fine. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        for (Setting setting : REQUIRED) {
            if (!StringUtils.hasText(value(environment, setting.name()))) {
                problems.add(setting.name() + " (" + setting.meaning() + ")");
            }
        }
        String keySource = value(environment, "motcua.documents.key-source");
        if (keySource == null || !"issued".equals(keySource.strip().toLowerCase(Locale.ROOT))) {
            problems.add("motcua.documents.key-source=issued (keys issued by a CA; development keys are the demo's)");
        }
        String storageKind = value(environment, "motcua.storage.kind");
        if (storageKind != null && "s3".equals(storageKind.strip().toLowerCase(Locale.ROOT))) {
            for (Setting setting : OBJECT_STORE) {
                if (!StringUtils.hasText(value(environment, setting.name()))) {
                    problems.add(setting.name() + " (" + setting.meaning() + ")");
                }
            }
        }
        String publicBaseUrl = value(environment, "motcua.documents.public-base-url");
        if (!isHttps(publicBaseUrl)) {
            problems.add("motcua.documents.public-base-url (the portal's public https:// address)");
        }
        return problems;
    }

    /** The value, or null when it is absent or refers to an absent one. */
    private static String value(Environment environment, String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    private static boolean isHttps(String url) {
        if (!StringUtils.hasText(url)) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && StringUtils.hasText(uri.getHost());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private record Setting(String name, String meaning) {
    }

    /** The portal was started outside the demo without the settings a production installation must give. */
    static final class MissingSettingsException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final transient List<String> problems;

        MissingSettingsException(List<String> problems) {
            super("Without the " + DEMO + " profile these settings are required: " + String.join(", ", problems)
                    + " (or start the demo with --spring.profiles.active=" + DEMO + ")");
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
