package vn.motcua.web.support;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds the EntityManagerFactory on a thread of its own while the main thread makes the other beans
 * (Flowable, security, the web layer): on two cores the two starts overlap. Whatever uses the factory before it is
 * built waits for it; the repositories, made in deferred mode ({@code PortalApplication}), are made when the context
 * has been refreshed. See docs/performance.md, "Start-up".
 */
@Configuration(proxyBeanMethods = false)
class JpaBootstrap {

    @Bean
    EntityManagerFactoryBuilderCustomizer backgroundEntityManagerFactory() {
        return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
    }
}
