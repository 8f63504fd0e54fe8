package vn.motcua.workflow.modelcheck;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ProcessValidatorImpl;
import org.flowable.validation.validator.ValidatorSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the portal's rules to Flowable's own process validation, so a deployment that breaks them fails. */
@Configuration(proxyBeanMethods = false)
class ModelCheckConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> portalModelRules() {
        return configuration -> {
            ProcessValidatorImpl validator = (ProcessValidatorImpl) new ProcessValidatorFactory().createDefaultProcessValidator();
            ValidatorSet rules = new ValidatorSet("motcua-user-task-rules");
            rules.addValidator(new UserTaskRulesValidator());
            validator.addValidatorSet(rules);
            configuration.setProcessValidator(validator);
        };
    }
}
