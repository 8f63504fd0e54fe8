package vn.motcua.sandbox.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.motcua.sandbox.api.CallJournal;

/** The journal of the merchant API's calls ({@code /paygov/api/**}): what came, with which trace, answered how. */
@Configuration(proxyBeanMethods = false)
class PaymentCallJournal implements WebMvcConfigurer {

    static final String NAME = "paymentCalls";

    private final CallJournal journal = new CallJournal();

    @Bean(NAME)
    CallJournal paymentCalls() {
        return journal;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(journal.recorder()).addPathPatterns("/paygov/api/**");
    }
}
