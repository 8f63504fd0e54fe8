package vn.motcua.sandbox.tsa;

import java.time.Clock;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.motcua.sandbox.api.CallJournal;

/**
 * The authority's key and certificate (made once at startup) and the authority itself, on the sandbox's
 * {@link Clock} bean if one is defined, else on the system clock; the journal of the queries it answered.
 */
@Configuration(proxyBeanMethods = false)
class TsaConfiguration implements WebMvcConfigurer {

    static final String JOURNAL = "tsaCalls";

    private final CallJournal journal = new CallJournal();

    @Bean(JOURNAL)
    CallJournal tsaCalls() {
        return journal;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(journal.recorder()).addPathPatterns("/tsa");
    }

    @Bean
    TsaCredentials tsaCredentials(ObjectProvider<Clock> clock) {
        return TsaCredentials.generate(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    TimeStampAuthority timeStampAuthority(TsaCredentials credentials, TsaProperties properties,
            ObjectProvider<Clock> clock) {
        ASN1ObjectIdentifier policy;
        try {
            policy = new ASN1ObjectIdentifier(properties.policy().trim());
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException("sandbox.tsa.policy is not an object identifier: " + properties.policy(),
                    ex);
        }
        return new TimeStampAuthority(credentials, policy, clock.getIfAvailable(Clock::systemUTC));
    }
}
