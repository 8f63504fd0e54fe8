package vn.motcua.lgsp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.http.LgspHttpAdapter;

/**
 * Wires the ports of this module to the HTTP adapter, configured by {@link LgspProperties}
 * ({@code motcua.lgsp.*}). Every {@link DataAccessed} event goes to the application's event publisher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LgspProperties.class)
public class LgspConfiguration {

    /**
     * The HTTP adapter: one token cache, read cache, rate limiter and set of circuit breakers shared by every port.
     *
     * @param properties   the gateway settings
     * @param restBuilders the application's {@link RestClient.Builder} if it has one (for observability), else a
     *                     plain one is used
     * @param sslBundles   the application's SSL bundles, needed only when {@code motcua.lgsp.ssl-bundle} is set
     * @param events       where {@link DataAccessed} events are published
     * @return the adapter
     * @throws IllegalStateException when {@code motcua.lgsp.ssl-bundle} names a bundle the application lacks
     */
    @Bean
    public LgspHttpAdapter lgspHttpAdapter(LgspProperties properties, ObjectProvider<RestClient.Builder> restBuilders,
            ObjectProvider<SslBundles> sslBundles, ApplicationEventPublisher events) {
        return LgspHttpAdapter.create(properties, restBuilders.getIfAvailable(RestClient::builder),
                sslBundle(properties, sslBundles), events::publishEvent);
    }

    private static SslBundle sslBundle(LgspProperties properties, ObjectProvider<SslBundles> sslBundles) {
        if (properties.sslBundle() == null) {
            return null;
        }
        SslBundles bundles = sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new IllegalStateException("motcua.lgsp.ssl-bundle=" + properties.sslBundle()
                    + " is set but the application defines no SSL bundles (spring.ssl.bundle.*)");
        }
        return bundles.getBundle(properties.sslBundle());
    }

    /**
     * The population database, reached through the gateway.
     *
     * @param adapter the HTTP adapter
     * @return the registry
     */
    @Bean
    public PopulationRegistry populationRegistry(LgspHttpAdapter adapter) {
        return adapter.populationRegistry();
    }

    /**
     * The civil-status database, reached through the gateway.
     *
     * @param adapter the HTTP adapter
     * @return the registry
     */
    @Bean
    public CivilStatusRegistry civilStatusRegistry(LgspHttpAdapter adapter) {
        return adapter.civilStatusRegistry();
    }

    /**
     * The national business registry, reached through the gateway.
     *
     * @param adapter the HTTP adapter
     * @return the registry
     */
    @Bean
    public BusinessRegistry businessRegistry(LgspHttpAdapter adapter) {
        return adapter.businessRegistry();
    }

    /**
     * Social insurance, reached through the gateway.
     *
     * @param adapter the HTTP adapter
     * @return the port
     */
    @Bean
    public SocialInsurance socialInsurance(LgspHttpAdapter adapter) {
        return adapter.socialInsurance();
    }

    /**
     * The national public-service portal, reached through the gateway.
     *
     * @param adapter the HTTP adapter
     * @return the port
     */
    @Bean
    public NationalPortal nationalPortal(LgspHttpAdapter adapter) {
        return adapter.nationalPortal();
    }
}
