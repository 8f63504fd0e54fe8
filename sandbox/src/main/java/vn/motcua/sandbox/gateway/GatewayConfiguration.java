package vn.motcua.sandbox.gateway;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Token store and journal of the gateway, and its checks in front of every API under {@code /lgsp/api/}. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration implements WebMvcConfigurer {

    private final AccessTokens tokens;
    private final GatewayJournal journal = new GatewayJournal();

    GatewayConfiguration(GatewayProperties properties) {
        this.tokens = new AccessTokens(Clock.systemUTC(), properties.tokenTtl());
    }

    @Bean
    AccessTokens accessTokens() {
        return tokens;
    }

    @Bean
    GatewayJournal gatewayJournal() {
        return journal;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new GatewayInterceptor(tokens, journal)).addPathPatterns("/lgsp/api/**");
    }
}
