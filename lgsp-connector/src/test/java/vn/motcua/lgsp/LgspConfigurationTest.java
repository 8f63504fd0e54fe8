package vn.motcua.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LgspConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(LgspConfiguration.class);

    @Test
    void definesThePopulationRegistryFromProperties() {
        runner.withPropertyValues("motcua.lgsp.base-url=http://localhost:9000/lgsp", "motcua.lgsp.client-id=motcua-portal",
                        "motcua.lgsp.client-secret=lgsp-secret")
                .run(context -> {
                    assertThat(context).hasSingleBean(PopulationRegistry.class);
                    LgspProperties properties = context.getBean(LgspProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo(URI.create("http://localhost:9000/lgsp"));
                    assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.toString()).doesNotContain("lgsp-secret");
                });
    }

    @Test
    void refusesToStartWithoutTheGatewayAddress() {
        runner.withPropertyValues("motcua.lgsp.client-id=motcua-portal", "motcua.lgsp.client-secret=lgsp-secret")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("motcua.lgsp.base-url"));
    }

    @Test
    void contextNeedsAUnitAndAPurpose() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LgspContext("H29.12.05", "an", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new LgspContext(null, "an", "H29.12.05-261126-0007"));
        assertThat(new LgspContext("H29.12.05", null, "H29.12.05-261126-0007").official()).isNull();
    }
}
