package vn.motcua.cases.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.motcua.cases.testing.S3ProxyServer;

/**
 * The object-store adapter against a real S3-compatible server (S3Proxy on its filesystem provider, in a process of its
 * own): the storage port's contract ({@link BlobStoreContract}), the SHA-256 that goes with the bytes and is checked on read, and a store that goes
 * down and comes back.
 */
class S3BlobStoreTest extends BlobStoreContract {

    @TempDir
    static Path directory;

    static S3ProxyServer server;
    static S3BlobStore store;

    @BeforeAll
    static void startServer() {
        server = S3ProxyServer.start(directory, "motcua-files");
        store = new S3BlobStore(settings());
    }

    @AfterAll
    static void stopServer() {
        store.destroy();
        server.stop();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    Path fileOf(String key) {
        return server.objectFile(key);
    }

    @Test
    void bytesChangedInTheStoreAreNotServed() throws Exception {
        String key = "2026/12/" + UUID.randomUUID();
        store.write(key, "the original bytes".getBytes());

        // the same length, other bytes, written behind the server's back
        Files.write(server.objectFile(key), "the damaged  bytes".getBytes());

        assertThatThrownBy(() -> store.read(key)).isInstanceOf(CorruptBlobException.class).hasMessageContaining(key);
    }

    @Test
    void anObjectPutWithoutItsHashIsNotServed() {
        String key = "2026/12/" + UUID.randomUUID();
        try (S3Client raw = rawClient()) {
            raw.putObject(put -> put.bucket(server.bucket()).key(key), RequestBody.fromString("put by someone else"));
            raw.putObject(put -> put.bucket(server.bucket()).key(key + "-lied")
                    .metadata(java.util.Map.of(S3BlobStore.SHA256_METADATA, StoredFiles.sha256(new byte[] { 9 }))),
                    RequestBody.fromString("not the bytes of that hash"));
        }

        assertThatThrownBy(() -> store.read(key)).isInstanceOf(CorruptBlobException.class);
        assertThatThrownBy(() -> store.read(key + "-lied")).isInstanceOf(CorruptBlobException.class);
    }

    @Test
    void aStoreThatIsDownFailsFastAndReadsRecoverWhenItIsBack() {
        String key = "2026/12/" + UUID.randomUUID();
        byte[] content = "kept while the store is down".getBytes();
        store.write(key, content);
        server.stop();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.write(key + "-new", content))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> store.read(key)).isInstanceOf(StorageUnavailableException.class);
            System.out.printf("an unreachable store answered two calls in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            server.start();
        }

        await("reads recover").atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(store.read(key)).isEqualTo(content));
        assertThat(server.objectFile(key + "-new")).as("nothing written while down").doesNotExist();
    }

    static StorageProperties.S3 settings() {
        return new StorageProperties.S3(server.endpoint(), server.bucket(), null, S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY, true, null, null);
    }

    private static S3Client rawClient() {
        return S3Client.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
    }
}
