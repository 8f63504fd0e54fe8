package vn.motcua.workflow.deadline;

import java.util.ArrayList;
import java.util.List;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the step clock with the process engine, beside the listeners other packages register. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> stepClockRegistration(StepClockListener listener) {
        return configuration -> {
            List<FlowableEventListener> listeners = configuration.getEventListeners() == null ? new ArrayList<>()
                    : new ArrayList<>(configuration.getEventListeners());
            listeners.add(listener);
            configuration.setEventListeners(listeners);
        };
    }
}
