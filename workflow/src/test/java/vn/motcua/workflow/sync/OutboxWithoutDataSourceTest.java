package vn.motcua.workflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The sandbox runs in the portal's JVM without a data source. Modulith's outbox auto-configuration cannot start there
 * and must be excluded; this pins down which classes.
 */
class OutboxWithoutDataSourceTest {

    static final String[] OUTBOX_AUTO_CONFIGURATIONS = {
            "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration" };

    static final String[] HARMLESS_AUTO_CONFIGURATIONS = {
            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
            "org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
            "org.springframework.modulith.events.jackson2.Jackson2EventSerializationConfiguration",
            "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification" };

    private static Class<?>[] classes(String... names) throws ClassNotFoundException {
        Class<?>[] classes = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            classes[i] = Class.forName(names[i]);
        }
        return classes;
    }

    /** Like the sandbox: an application in its own package, with Jackson and task execution, but no data source. */
    private final ApplicationContextRunner sandboxLike = new ApplicationContextRunner()
            .withInitializer(context -> AutoConfigurationPackages.register(
                    (BeanDefinitionRegistry) context.getBeanFactory(), "vn.motcua.sandbox"))
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, TaskExecutionAutoConfiguration.class));

    @Test
    void withoutADataSourceTheOutboxAutoConfigurationFailsAndTheRestStarts() throws Exception {
        sandboxLike.withConfiguration(AutoConfigurations.of(classes(OUTBOX_AUTO_CONFIGURATIONS)))
                .withConfiguration(AutoConfigurations.of(classes(HARMLESS_AUTO_CONFIGURATIONS)))
                .run(context -> assertThat(context).getFailure().hasMessageContaining("javax.sql.DataSource"));
        sandboxLike.withConfiguration(AutoConfigurations.of(classes(HARMLESS_AUTO_CONFIGURATIONS)))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(IncompleteEventPublications.class);
                });
    }
}
