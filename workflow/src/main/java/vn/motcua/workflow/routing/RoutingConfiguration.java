package vn.motcua.workflow.routing;

import java.util.List;
import java.util.Map;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the status listener with the process engine. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> stepStatusRegistration(StepStatusListener listener) {
        return configuration -> configuration.setTypedEventListeners(Map.of("TASK_CREATED", List.of(listener)));
    }
}
