package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.motcua.web.ProductionSettings.MissingSettingsException;

/** Outside the demo the portal starts only with every production setting given, and names all that are not. */
class ProductionSettingsTest {

    /** A complete production configuration: the installation's own systems, secrets and issued keys. */
    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.motcua.internal:5432/motcua")
                .withProperty("motcua.eid.base-url", "https://sso.vneid.gov.vn")
                .withProperty("motcua.eid.issuer", "https://sso.vneid.gov.vn")
                .withProperty("spring.security.oauth2.client.registration.eid.client-id", "motcua-hcm")
                .withProperty("spring.security.oauth2.client.registration.eid.client-secret", "s3cr3t-from-vault")
                .withProperty("motcua.lgsp.base-url", "https://lgsp.hochiminhcity.gov.vn")
                .withProperty("motcua.lgsp.client-id", "motcua-hcm")
                .withProperty("motcua.lgsp.client-secret", "another-secret")
                .withProperty("motcua.payment.base-url", "https://paygov.vn")
                .withProperty("motcua.payment.merchant-code", "HCM-MOTCUA")
                .withProperty("motcua.payment.secret", "payment-secret")
                .withProperty("spring.mail.host", "smtp.hochiminhcity.gov.vn")
                .withProperty("motcua.documents.key-source", "issued")
                .withProperty("motcua.documents.key-directory", "/etc/motcua/keys")
                .withProperty("motcua.documents.keystore-password", "keystore-secret")
                .withProperty("motcua.documents.ca-certificate", "/etc/motcua/ca.pem")
                .withProperty("motcua.documents.tsa-url", "https://tsa.ca.gov.vn")
                .withProperty("motcua.documents.tsa-certificate", "/etc/motcua/tsa.pem")
                .withProperty("motcua.documents.public-base-url", "https://dichvucong.hochiminhcity.gov.vn");
    }

    @Test
    void aCompleteProductionConfigurationPasses() {
        assertThat(ProductionSettings.problems(production())).isEmpty();
        assertThatCode(() -> ProductionSettings.check(production())).doesNotThrowAnyException();
    }

    @Test
    void anEmptyConfigurationIsRefusedWithEveryMissingSettingInOneMessage() {
        assertThatThrownBy(() -> ProductionSettings.check(new MockEnvironment()))
                .isInstanceOf(MissingSettingsException.class)
                .satisfies(failure -> assertThat(((MissingSettingsException) failure).problems()).hasSize(19))
                .hasMessageNotContaining("\n")
                .hasMessageContainingAll("spring.datasource.url", "motcua.eid.issuer",
                        "spring.security.oauth2.client.registration.eid.client-secret", "motcua.lgsp.client-secret",
                        "motcua.payment.secret", "motcua.documents.key-source=issued", "motcua.documents.ca-certificate",
                        "motcua.documents.tsa-url", "motcua.documents.public-base-url");
    }

    @Test
    void theDemoProfileBringsItsOwnValues() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThatCode(() -> ProductionSettings.check(demo)).doesNotThrowAnyException();
    }

    @Test
    void developmentKeysAPlainHttpAddressAndABlankSecretAreRefused() {
        MockEnvironment unfit = production()
                .withProperty("motcua.documents.key-source", "development")
                .withProperty("motcua.documents.public-base-url", "http://dichvucong.hochiminhcity.gov.vn")
                .withProperty("motcua.payment.secret", "  ");

        assertThat(ProductionSettings.problems(unfit)).containsExactly(
                "motcua.payment.secret (the secret shared with the payment platform)",
                "motcua.documents.key-source=issued (keys issued by a CA; development keys are the demo's)",
                "motcua.documents.public-base-url (the portal's public https:// address)");
    }

    @Test
    void filesInAnObjectStoreNeedItsAddressBucketAndCredentials() {
        MockEnvironment objectStore = production().withProperty("motcua.storage.kind", "S3")
                .withProperty("motcua.storage.s3.endpoint", "https://s3.hochiminhcity.gov.vn");

        assertThat(ProductionSettings.problems(objectStore)).containsExactly(
                "motcua.storage.s3.bucket (the object store's bucket of the portal's files)",
                "motcua.storage.s3.access-key (the portal's object-store access key)",
                "motcua.storage.s3.secret-key (the portal's object-store secret key)");
        assertThat(ProductionSettings.problems(objectStore.withProperty("motcua.storage.s3.bucket", "motcua-files")
                .withProperty("motcua.storage.s3.access-key", "motcua")
                .withProperty("motcua.storage.s3.secret-key", "object-store-secret"))).isEmpty();
    }

    @Test
    void aSettingThatRefersToAnAbsentOneCountsAsMissing() {
        MockEnvironment derived = production().withProperty("motcua.lgsp.base-url", "${motcua.gateway}/lgsp");

        assertThat(ProductionSettings.problems(derived)).containsExactly("motcua.lgsp.base-url (the LGSP gateway's address)");
    }
}
