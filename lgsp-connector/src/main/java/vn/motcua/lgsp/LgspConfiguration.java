package vn.motcua.lgsp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.http.LgspHttpAdapter;

/**
 * Wires the ports of this module to the HTTP adapter, configured by {@link LgspProperties}
 * ({@code motcua.lgsp.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LgspProperties.class)
public class LgspConfiguration {

    /**
     * The HTTP adapter: one token cache shared by every registry of the gateway.
     *
     * @param properties   the gateway settings
     * @param restBuilders the application's {@link RestClient.Builder} if it has one (for observability), else a
     *                     plain one is used
     * @return the adapter
     */
    @Bean
    public LgspHttpAdapter lgspHttpAdapter(LgspProperties properties, ObjectProvider<RestClient.Builder> restBuilders) {
        return LgspHttpAdapter.create(properties, restBuilders.getIfAvailable(RestClient::builder));
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
}
