package vn.motcua.payment;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import vn.motcua.payment.http.PayGovClient;

/** Wires the payment platform's port to the HTTP adapter, configured by {@link PaymentProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentConfiguration {

    /**
     * The payment platform, reached over HTTP.
     *
     * @param properties the platform's address and the portal's account there
     * @param clocks     the application's clock if it has one (order times), else the system's
     * @param builders   the application's {@link RestClient.Builder} if it has one (observation: timings and the trace
     *                   context of every call), else a plain one
     * @return the port
     */
    @Bean
    public PaymentPlatform paymentPlatform(PaymentProperties properties, ObjectProvider<Clock> clocks,
            ObjectProvider<RestClient.Builder> builders) {
        return new PayGovClient(properties, clocks.getIfAvailable(Clock::systemUTC),
                builders.getIfAvailable(RestClient::builder));
    }
}
