package vn.motcua.cases.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import vn.motcua.cases.testing.S3ProxyServer;

/**
 * Times a put and a get (with its SHA-256 check) of a 1 MB file in the local directory store and in S3Proxy over
 * HTTP, printing the median and 95th percentile over {@code RUNS} runs after warm-up. Measures and prints; not a test.
 * Run it by hand from the repository root:
 *
 * <pre>
 * ./mvnw -q -o -pl case-management -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=$PWD/case-management/target/bench.classpath -Dmdep.includeScope=test \
 *   &amp;&amp; java -Dmotcua.s3proxy.jar=case-management/target/s3proxy/s3proxy.jar -cp \
 *     "case-management/target/test-classes:case-management/target/classes:$(cat case-management/target/bench.classpath)" \
 *     vn.motcua.cases.storage.BlobStoreBenchmark [runs]
 * </pre>
 */
public final class BlobStoreBenchmark {

    private static final int WARM_UP = 10;

    private BlobStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        byte[] content = new byte[1024 * 1024];
        new Random(20).nextBytes(content);
        Path directory = Files.createTempDirectory("motcua-blob-bench");
        FileSystemBlobStore local = new FileSystemBlobStore(
                new StorageProperties(null, directory.resolve("files"), null, null, null));
        time("local directory", local, content, runs);
        try (S3ProxyServer server = S3ProxyServer.start(directory.resolve("s3proxy"), "bench")) {
            S3BlobStore s3 = new S3BlobStore(new StorageProperties.S3(server.endpoint(), server.bucket(), null,
                    S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, true, null, null));
            time("S3Proxy (filesystem provider, HTTP on loopback)", s3, content, runs);
            s3.destroy();
        }
    }

    private static void time(String name, BlobStore store, byte[] content, int runs) {
        long[] puts = new long[runs];
        long[] gets = new long[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            String key = "bench/" + i;
            long start = System.nanoTime();
            store.write(key, content);
            long written = System.nanoTime();
            byte[] read = store.read(key);
            long done = System.nanoTime();
            if (!Arrays.equals(read, content) || !StoredFiles.sha256(read).equals(StoredFiles.sha256(content))) {
                throw new IllegalStateException("read back other bytes");
            }
            if (i >= 0) {
                puts[i] = written - start;
                gets[i] = done - written;
            }
            store.delete(key);
        }
        System.out.printf(Locale.ROOT, "%-50s 1 MB x %d  put median %6.2f ms p95 %6.2f ms   get median %6.2f ms p95 %6.2f ms%n",
                name, runs, percentile(puts, 50), percentile(puts, 95), percentile(gets, 50), percentile(gets, 95));
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[index] / 1_000_000.0;
    }
}
