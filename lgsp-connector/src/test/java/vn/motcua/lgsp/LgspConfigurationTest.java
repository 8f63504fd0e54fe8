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
                    assertThat(context).hasSingleBean(PopulationRegistry.class).hasSingleBean(CivilStatusRegistry.class)
                            .hasSingleBean(BusinessRegistry.class).hasSingleBean(SocialInsurance.class)
                            .hasSingleBean(NationalPortal.class);
                    LgspProperties properties = context.getBean(LgspProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo(URI.create("http://localhost:9000/lgsp"));
                    assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.sslBundle()).isNull();
                    assertThat(properties.retry()).isEqualTo(LgspProperties.Retry.DEFAULTS);
                    assertThat(properties.circuitBreaker()).isEqualTo(LgspProperties.CircuitBreaker.DEFAULTS);
                    assertThat(properties.rateLimit()).isEqualTo(LgspProperties.RateLimit.DEFAULTS);
                    assertThat(properties.cache()).isEqualTo(LgspProperties.Cache.DEFAULTS);
                    assertThat(properties.toString()).doesNotContain("lgsp-secret");
                });
    }

    @Test
    void bindsTheResilienceAndCacheSettings() {
        runner.withPropertyValues("motcua.lgsp.base-url=http://localhost:9000/lgsp", "motcua.lgsp.client-id=motcua-portal",
                        "motcua.lgsp.client-secret=lgsp-secret", "motcua.lgsp.retry.max-attempts=5",
                        "motcua.lgsp.retry.initial-backoff=1s", "motcua.lgsp.circuit-breaker.open-duration=2m",
                        "motcua.lgsp.rate-limit.calls-per-second=7", "motcua.lgsp.cache.ttl=0s")
                .run(context -> {
                    LgspProperties properties = context.getBean(LgspProperties.class);
                    assertThat(properties.retry()).isEqualTo(new LgspProperties.Retry(5, Duration.ofSeconds(1), 2));
                    assertThat(properties.circuitBreaker().openDuration()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(properties.circuitBreaker().minimumNumberOfCalls()).isEqualTo(10);
                    assertThat(properties.rateLimit().callsPerSecond()).isEqualTo(7);
                    assertThat(properties.cache().ttl()).isZero();
                });
    }

    @Test
    void bindsHowLongBackgroundWorkWaitsForItsTurn() {
        runner.withPropertyValues("motcua.lgsp.base-url=http://localhost:9000/lgsp", "motcua.lgsp.client-id=motcua-portal",
                        "motcua.lgsp.client-secret=lgsp-secret", "motcua.lgsp.rate-limit.background-wait=45s")
                .run(context -> assertThat(context.getBean(LgspProperties.class).rateLimit())
                        .isEqualTo(new LgspProperties.RateLimit(50, Duration.ofMillis(500), Duration.ofSeconds(45))));
        assertThat(new LgspProperties.RateLimit(7, Duration.ZERO).backgroundWait()).isEqualTo(Duration.ofSeconds(30));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new LgspProperties.RateLimit(7, Duration.ZERO, Duration.ofSeconds(-1)));
    }

    @Test
    void anSslBundleThatTheApplicationLacksStopsTheStart() {
        runner.withPropertyValues("motcua.lgsp.base-url=https://lgsp.example/lgsp", "motcua.lgsp.client-id=motcua-portal",
                        "motcua.lgsp.client-secret=lgsp-secret", "motcua.lgsp.ssl-bundle=lgsp-client")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("motcua.lgsp.ssl-bundle=lgsp-client"));
    }

    @Test
    void everyKindHasAStableMessageKey() {
        assertThat(java.util.Arrays.stream(LgspException.Kind.values()).map(LgspException.Kind::messageKey))
                .containsExactly("lgsp.error.unavailable", "lgsp.error.timeout", "lgsp.error.circuit-open",
                        "lgsp.error.rate-limited", "lgsp.error.unauthorized", "lgsp.error.rejected",
                        "lgsp.error.malformed-answer");
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
