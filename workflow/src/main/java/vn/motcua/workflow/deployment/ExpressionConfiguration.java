package vn.motcua.workflow.deployment;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Restricts what the engine's expressions reach, whoever deployed the process: only the registered beans
 * ({@link ProcessBeans}) are resolvable by name (when {@code beans} is set, Flowable resolves no other Spring bean),
 * and {@link ExpressionGuard} refuses any other method call.
 */
@Configuration(proxyBeanMethods = false)
class ExpressionConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> registeredBeansOnly(ProcessBeans beans) {
        return configuration -> {
            configuration.setBeans(beans.visibleToExpressions());
            configuration.addPreBeanELResolver(new ExpressionGuard());
        };
    }
}
