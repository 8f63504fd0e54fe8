package vn.motcua.documents.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Runs poppler's {@code pdfsig} on PDF bytes. Certificate validation is off ({@code -nocert}), so development
 * certificates are fine: the report says whether each signature's digest and CMS signature are valid and whether the
 * whole file is signed. A second run dumps the signatures ({@code -dump}, which prints nothing else), and those are
 * checked for a time-stamp token, which pdfsig 22.12 does not report.
 */
public final class Pdfsig {

    /** Where Debian's poppler-utils installs pdfsig. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/pdfsig");
    private static final Pattern SIGNATURE_HEADER = Pattern.compile("(?m)^Signature #\\d+:");
    private static final Pattern VALIDATION = Pattern.compile("(?m)^\\s*- Signature Validation: (.*)$");
    private static final String VALID = "Signature is Valid.";
    private static final String TOTAL_DOCUMENT = "Total document signed";
    private static final String FILE_NAME = "document.pdf";
    private static final long TIMEOUT_SECONDS = 60;

    private Pdfsig() {
    }

    /**
     * Whether the checks with pdfsig run: on a developer's machine without poppler-utils they are skipped, but where
     * the environment variable {@code CI} is set a missing pdfsig fails the test, so that no build server passes
     * without them.
     *
     * @return whether pdfsig is installed, for {@code assumeTrue} in tests
     * @throws AssertionError when pdfsig is not installed and {@code CI} is set
     */
    public static boolean available() {
        return available(EXECUTABLE, System.getenv("CI"));
    }

    static boolean available(Path executable, String ci) {
        if (Files.isExecutable(executable)) {
            return true;
        }
        if (ci != null && !ci.isBlank()) {
            throw new AssertionError("pdfsig is not installed at " + executable + " but the environment variable CI is"
                    + " set, where the checks with pdfsig must run: install poppler-utils");
        }
        return false;
    }

    /**
     * @param pdf the PDF bytes
     * @return what pdfsig reported; a PDF without signatures or one pdfsig cannot read gives a count of 0
     */
    public static PdfsigReport check(byte[] pdf) {
        try {
            Path directory = Files.createTempDirectory("pdfsig-");
            try {
                Path file = directory.resolve(FILE_NAME);
                Files.write(file, pdf);
                String output = run(directory, "-nocert", file.toString());
                run(directory, "-dump", file.toString());
                return parse(output, dumpedSignatures(directory));
            } finally {
                deleteRecursively(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfsigReport parse(String output, List<byte[]> dumpedSignatures) {
        int signatures = count(SIGNATURE_HEADER.matcher(output));
        Matcher validations = VALIDATION.matcher(output);
        int valid = 0;
        int validationLines = 0;
        while (validations.find()) {
            validationLines++;
            if (validations.group(1).trim().equals(VALID)) {
                valid++;
            }
        }
        boolean digestMatches = signatures > 0 && validationLines == signatures && valid == signatures;
        boolean timestamped = signatures > 0 && dumpedSignatures.size() == signatures
                && dumpedSignatures.stream().allMatch(Pdfsig::carriesTimestamp);
        return new PdfsigReport(signatures, digestMatches, signatures > 0 && output.contains(TOTAL_DOCUMENT),
                timestamped, output);
    }

    /** Whether the (zero-padded) CMS signature has a signer info with a signature time-stamp token. */
    static boolean carriesTimestamp(byte[] cms) {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            CMSSignedData signed = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                AttributeTable unsigned = signer.getUnsignedAttributes();
                if (unsigned == null || unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) == null) {
                    return false;
                }
            }
            return !signed.getSignerInfos().getSigners().isEmpty();
        } catch (IOException | CMSException | RuntimeException e) {
            return false;
        }
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static List<byte[]> dumpedSignatures(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(directory, FILE_NAME + ".sig*")) {
            dumps.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        List<byte[]> signatures = new ArrayList<>();
        for (Path file : files) {
            signatures.add(Files.readAllBytes(file));
        }
        return signatures;
    }

    /** Runs pdfsig in the directory, where {@code -dump} writes the signatures. */
    private static String run(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(EXECUTABLE.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("pdfsig did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while waiting for pdfsig", e);
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
