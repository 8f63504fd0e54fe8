package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.documents.keys.AgencyKey;

class SigningKeysTest {

    private static final char[] PASSWORD = "test-password".toCharArray();

    /** Shared, so the CA is generated once; tests that need a fresh agency use an agency code of their own. */
    @TempDir
    static Path directory;

    @Test
    void createsTheDevelopmentCa() {
        X509Certificate ca = SigningKeys.developmentKeys(directory, PASSWORD).caCertificate();

        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=Một Cửa Development CA,O=Một Cửa,C=VN");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(Duration.between(ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant()).toDays())
                .isBetween(3650L, 3654L);
        assertThat(directory.resolve("dev-ca.p12")).isRegularFile();
    }

    @Test
    void aSecondInstanceOverTheSameDirectoryReusesTheKeys() {
        SigningKeys first = SigningKeys.developmentKeys(directory, PASSWORD);
        X509Certificate agency = first.agencyKey("H29.12.05").certificate();

        SigningKeys second = SigningKeys.developmentKeys(directory, PASSWORD);

        assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
        assertThat(second.agencyKey("H29.12.05").certificate()).isEqualTo(agency);
    }

    @Test
    void createsAnAgencyKeyIssuedByTheCaOnFirstUse() throws Exception {
        SigningKeys keys = SigningKeys.developmentKeys(directory, PASSWORD);
        assertThat(directory.resolve("H29.12.07.p12")).doesNotExist();

        AgencyKey key = keys.agencyKey("H29.12.07");

        X509Certificate certificate = key.certificate();
        certificate.verify(keys.caCertificate().getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName())
                .isEqualTo("CN=H29.12.07 (development),O=Một Cửa,C=VN");
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getNotAfter().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(3 * 365 - 2)));
        assertThat(key.chain()).containsExactly(certificate, keys.caCertificate());
        assertThat(directory.resolve("H29.12.07.p12")).isRegularFile();
    }

    @Test
    void agenciesHaveTheirOwnKeys() {
        SigningKeys keys = SigningKeys.developmentKeys(directory, PASSWORD);

        assertThat(keys.agencyKey("H29.12.05").privateKey()).isNotEqualTo(keys.agencyKey("H29.12.06").privateKey());
    }

    @Test
    void anAgencyKeyOfAReplacedCaIsReplacedToo(@TempDir Path ownDirectory) throws Exception {
        SigningKeys.developmentKeys(ownDirectory, PASSWORD).agencyKey("H29.12.05");
        Files.delete(ownDirectory.resolve("dev-ca.p12"));

        SigningKeys keys = SigningKeys.developmentKeys(ownDirectory, PASSWORD);

        keys.agencyKey("H29.12.05").certificate().verify(keys.caCertificate().getPublicKey());
    }

    @Test
    void agencyCodesThatAreNoPlainFileNamesAreRefused() {
        SigningKeys keys = SigningKeys.developmentKeys(directory, PASSWORD);

        for (String code : List.of("../H29", "a/b", "", ".hidden", "dev-ca")) {
            assertThatThrownBy(() -> keys.agencyKey(code)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> keys.agencyKey(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentFirstUseCreatesOneKey() throws Exception {
        SigningKeys keys = SigningKeys.developmentKeys(directory, PASSWORD);
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AgencyKey>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return keys.agencyKey("H29.12.08");
                }));
            }
            start.countDown();
            X509Certificate first = results.get(0).get().certificate();
            for (Future<AgencyKey> result : results) {
                assertThat(result.get().certificate()).isEqualTo(first);
            }
            assertThat(SigningKeys.developmentKeys(directory, PASSWORD).agencyKey("H29.12.08").certificate())
                    .isEqualTo(first);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aWrongPasswordFailsWithADocumentException() {
        SigningKeys.developmentKeys(directory, PASSWORD).caCertificate();

        assertThatThrownBy(() -> SigningKeys.developmentKeys(directory, "wrong".toCharArray()).caCertificate())
                .isInstanceOf(DocumentException.class);
    }
}
