package vn.motcua.cases.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where stored bytes live (a local directory, the default of a one-node run, or an S3-compatible object store shared
 * by every node), and how often orphans are swept.
 *
 * @param kind          {@code local} (default) or {@code s3}
 * @param directory     the directory of the files when local (default {@code data/files})
 * @param sweepInterval how often bytes without a row are looked for and removed (default 1 h; 0 switches it off)
 * @param sweepGrace    how old bytes must be before they count as orphans, so that an upload still in its transaction
 *                      is never taken (default 1 h)
 * @param s3            the object store, when the kind is {@code s3}
 */
@ConfigurationProperties("motcua.storage")
public record StorageProperties(Kind kind, Path directory, Duration sweepInterval, Duration sweepGrace, S3 s3) {

    /** Where the bytes live. */
    public enum Kind {
        LOCAL, S3
    }

    public StorageProperties {
        kind = kind == null ? Kind.LOCAL : kind;
        if (directory == null) {
            directory = Path.of("data", "files");
        }
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
        sweepGrace = sweepGrace == null ? Duration.ofHours(1) : sweepGrace;
        if (sweepGrace.isNegative()) {
            throw new IllegalArgumentException("motcua.storage.sweep-grace must not be negative");
        }
        s3 = s3 == null ? new S3(null, null, null, null, null, null, null, null) : s3;
        if (kind == Kind.S3) {
            s3.requireComplete();
        }
    }

    /**
     * An S3-compatible object store (AWS S3, MinIO, Ceph, S3Proxy…). Calls are short so that an unreachable store
     * answers "try again" quickly rather than holding the request.
     *
     * @param endpoint       the store's address, e.g. {@code https://s3.example.vn}
     * @param bucket         the bucket of the portal's files (created beforehand by the operator)
     * @param region         the signing region (default {@code us-east-1}, what most S3-compatible stores accept)
     * @param accessKey      the access key id
     * @param secretKey      the secret access key
     * @param pathStyle      addresses {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key} (default true)
     * @param connectTimeout how long to wait for a connection (default 2 s)
     * @param callTimeout    how long one call may take, its retries included (default 10 s)
     */
    public record S3(URI endpoint, String bucket, String region, String accessKey, String secretKey,
            Boolean pathStyle, Duration connectTimeout, Duration callTimeout) {

        public S3 {
            region = StringUtils.hasText(region) ? region : "us-east-1";
            pathStyle = pathStyle == null || pathStyle;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            callTimeout = callTimeout == null ? Duration.ofSeconds(10) : callTimeout;
        }

        void requireComplete() {
            StringBuilder missing = new StringBuilder();
            if (endpoint == null || !StringUtils.hasText(endpoint.getHost())) {
                missing.append(" motcua.storage.s3.endpoint");
            }
            for (String[] setting : new String[][] { { "bucket", bucket }, { "access-key", accessKey },
                    { "secret-key", secretKey } }) {
                if (!StringUtils.hasText(setting[1])) {
                    missing.append(" motcua.storage.s3.").append(setting[0]);
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "motcua.storage.kind=s3 needs the object store's settings; missing:" + missing);
            }
        }
    }
}
