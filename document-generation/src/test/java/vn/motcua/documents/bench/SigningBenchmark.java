package vn.motcua.documents.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.SigningKeys;
import vn.motcua.documents.templates.CivilStatusExtractCopy;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.Templates;
import vn.motcua.documents.testing.TemplateSamples;
import vn.motcua.documents.testing.TestTimestampAuthority;

/**
 * Measures, on one thread, how many (a) raw SHA256withRSA signatures with a 2048-bit key, (b) generated and signed
 * result PDFs (template {@link CivilStatusExtractCopy}, no time-stamp) and (c) the same with a time-stamp from a TSA
 * on a loopback port (RFC 3161 over HTTP) this machine makes per second, and prints the ratios (b)/(a), (c)/(a) and the
 * mean PDF size. Each document has its own number and QR URL, so nothing is cached across documents that would not
 * be in production. Not a test: run it by hand from the repository root (works offline; exec-maven-plugin is not in
 * the local repository complete):
 *
 * <pre>
 * ./mvnw -q -o -pl document-generation test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=$PWD/document-generation/target/bench.classpath -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp "document-generation/target/test-classes:document-generation/target/classes:$(cat \
 *     document-generation/target/bench.classpath)" vn.motcua.documents.bench.SigningBenchmark
 * </pre>
 *
 * System properties {@code bench.seconds} (default 10) and {@code bench.warmup} (default 5) set the measuring and
 * warm-up time of each figure.
 */
public final class SigningBenchmark {

    private static final String AGENCY = TemplateSamples.AGENCY_CODE;

    private final Duration measure;
    private final Duration warmup;

    private SigningBenchmark(Duration measure, Duration warmup) {
        this.measure = measure;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        SigningBenchmark benchmark = new SigningBenchmark(Duration.ofSeconds(Long.getLong("bench.seconds", 10)),
                Duration.ofSeconds(Long.getLong("bench.warmup", 5)));
        Path keyDirectory = Files.createTempDirectory("signing-benchmark-");
        try (TestTimestampAuthority tsa = TestTimestampAuthority.start("Benchmark TSA")) {
            benchmark.run(keyDirectory, tsa);
        } finally {
            deleteRecursively(keyDirectory);
        }
    }

    private void run(Path keyDirectory, TestTimestampAuthority tsa) throws GeneralSecurityException {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, one thread; %d s warm-up and %d s per figure%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), warmup.toSeconds(), measure.toSeconds());
        SigningKeys keys = SigningKeys.developmentKeys(keyDirectory, "benchmark".toCharArray());
        DocumentIssuer plain = new DocumentIssuer(keys);
        DocumentIssuer stamped = new DocumentIssuer(keys,
                new Rfc3161Client(tsa.url(), Duration.ofSeconds(5), 3, Duration.ofMillis(100)));

        Result raw = measure("(a) raw SHA256withRSA signatures", rawSignatures());
        Result issued = measure("(b) generate-and-sign PDFs, no time-stamp", documents(plain));
        Result timestamped = measure("(c) generate-and-sign PDFs, with time-stamp", documents(stamped));

        System.out.printf(Locale.ROOT, "(b)/(a) = %.3f%n", issued.perSecond() / raw.perSecond());
        System.out.printf(Locale.ROOT, "(c)/(a) = %.3f%n", timestamped.perSecond() / raw.perSecond());
        System.out.printf(Locale.ROOT, "mean PDF size: %.0f bytes without, %.0f bytes with time-stamp%n",
                issued.meanBytes(), timestamped.meanBytes());
    }

    /** One operation; returns the bytes produced. */
    private static IntSupplier rawSignatures() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Signature signature = Signature.getInstance("SHA256withRSA");
        byte[] data = new byte[256];
        new SecureRandom().nextBytes(data);
        return () -> {
            try {
                signature.initSign(keys.getPrivate());
                signature.update(data);
                data[0]++;
                return signature.sign().length;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static IntSupplier documents(DocumentIssuer issuer) {
        CivilStatusExtractCopy sample = TemplateSamples.civilStatusExtractCopy();
        int[] sequence = {0};
        return () -> {
            int number = ++sequence[0];
            DocumentHeader header = sample.header();
            DocumentHeader unique = new DocumentHeader(header.issuer(), number + "/BSTL", header.place(),
                    header.date(), header.signatory(), header.verificationUrl() + "-" + number);
            CivilStatusExtractCopy copy = new CivilStatusExtractCopy(unique, sample.dossierCode(),
                    sample.extractType(), sample.registeredName(), sample.birthDate(), sample.gender(),
                    sample.identityNumber(), sample.registrationPlace(), sample.registrationNumber(),
                    sample.applicantName(), sample.copies(), sample.receivedOn());
            return issuer.issue(Templates.render(copy), AGENCY).content().length;
        };
    }

    private Result measure(String name, IntSupplier operation) {
        run(operation, warmup);
        Result result = run(operation, measure);
        System.out.printf(Locale.ROOT, "%-46s %10.1f /s  (%d in %.1f s)%n", name, result.perSecond(),
                result.operations(), result.seconds());
        return result;
    }

    private static Result run(IntSupplier operation, Duration duration) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long operations = 0;
        long bytes = 0;
        long now;
        do {
            bytes += operation.getAsInt();
            operations++;
            now = System.nanoTime();
        } while (now < end);
        return new Result(operations, bytes, (now - start) / 1e9);
    }

    private record Result(long operations, long bytes, double seconds) {

        double perSecond() {
            return operations / seconds;
        }

        double meanBytes() {
            return (double) bytes / operations;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
