package vn.motcua.workflow.interagency;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the external calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExternalCallProperties.class)
class InteragencyConfiguration {
}
