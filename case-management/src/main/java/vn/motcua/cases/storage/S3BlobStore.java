package vn.motcua.cases.storage;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Keeps blobs as objects of one bucket of an S3-compatible store, shared by every node. Each object carries the SHA-256
 * of its bytes as the user metadata {@code sha256}, checked on every read, so that bytes changed in the store are never
 * served; the upload also sends its {@code Content-MD5}, which every S3-compatible store checks, so that bytes damaged in
 * transit are refused (the newer {@code x-amz-checksum-sha256} header is not sent: S3Proxy, among others, answers it
 * with status 501). An unreachable store, or one that fails on its side, raises {@link StorageUnavailableException}
 * after the short timeouts of {@link StorageProperties.S3}; the next call tries afresh, so reads recover by themselves.
 */
@Component
@ConditionalOnProperty(name = "motcua.storage.kind", havingValue = "s3")
@EnableConfigurationProperties(StorageProperties.class)
class S3BlobStore implements BlobStore, DisposableBean {

    /** The user metadata (header {@code x-amz-meta-sha256}) holding the lower-case hex SHA-256 of the bytes. */
    static final String SHA256_METADATA = "sha256";

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

    private final S3Client s3;
    private final String bucket;

    @Autowired
    S3BlobStore(StorageProperties properties) {
        this(properties.s3());
    }

    S3BlobStore(StorageProperties.S3 settings) {
        settings.requireComplete();
        this.bucket = settings.bucket();
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                // no CRC checksum trailer, which not every S3-compatible store reads: Content-MD5 and the metadata do
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.callTimeout()))
                .overrideConfiguration(override -> override.apiCallTimeout(settings.callTimeout()))
                .build();
    }

    @Override
    public void write(String key, byte[] content) {
        byte[] digest = digest("SHA-256", content);
        call("store " + key, () -> s3.putObject(put -> put.bucket(bucket).key(key)
                .contentLength((long) content.length)
                .contentMD5(Base64.getEncoder().encodeToString(digest("MD5", content)))
                .metadata(Map.of(SHA256_METADATA, HexFormat.of().formatHex(digest))),
                RequestBody.fromBytes(content)));
    }

    /**
     * The bytes under the key, checked against the SHA-256 they were written with.
     *
     * @throws CorruptBlobException if they do not match it, or the object carries none
     */
    @Override
    public byte[] read(String key) {
        ResponseBytes<GetObjectResponse> object;
        try {
            object = call("read " + key, () -> s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)));
        } catch (NoSuchKeyException missing) {
            throw new UncheckedIOException("Cannot read " + key, new NoSuchFileException(key));
        }
        byte[] content = object.asByteArray();
        String recorded = object.response().metadata().get(SHA256_METADATA);
        if (recorded == null || !recorded.equalsIgnoreCase(HexFormat.of().formatHex(digest("SHA-256", content)))) {
            log.error("The object {} in bucket {} does not match its recorded SHA-256 {}; it is not served", key,
                    bucket, recorded);
            throw new CorruptBlobException(key);
        }
        return content;
    }

    @Override
    public void delete(String key) {
        call("delete " + key, () -> s3.deleteObject(delete -> delete.bucket(bucket).key(key)));
    }

    @Override
    public List<String> keysWrittenBefore(Instant instant) {
        return call("list " + bucket, () -> s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream()
                .filter(object -> object.lastModified().isBefore(instant)).map(S3Object::key).toList());
    }

    @Override
    public void destroy() {
        s3.close();
    }

    /** Runs a call to the store; a store that cannot be reached or fails on its side is "unavailable". */
    private static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkClientException unreachable) {
            log.warn("Object store unreachable ({}): {}", what, unreachable.getMessage());
            throw new StorageUnavailableException("The object store is unreachable: cannot " + what, unreachable);
        } catch (S3Exception refused) {
            // 501 is the store's answer to a request it will never take: no use trying again
            if (refused.statusCode() >= 500 && refused.statusCode() != 501) {
                log.warn("Object store failed ({}): {}", what, refused.getMessage());
                throw new StorageUnavailableException("The object store failed: cannot " + what, refused);
            }
            throw refused;
        }
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
