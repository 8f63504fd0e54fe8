package vn.motcua.documents.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs poppler's {@code pdfsig} on PDF bytes. Certificate validation is off ({@code -nocert}), so development
 * certificates are fine: the report says whether each signature's digest and CMS signature are valid and whether the
 * whole file is signed.
 */
public final class Pdfsig {

    /** Where Debian's poppler-utils installs pdfsig. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/pdfsig");
    private static final Pattern SIGNATURE_HEADER = Pattern.compile("(?m)^Signature #\\d+:");
    private static final Pattern VALIDATION = Pattern.compile("(?m)^\\s*- Signature Validation: (.*)$");
    private static final String VALID = "Signature is Valid.";
    private static final String TOTAL_DOCUMENT = "Total document signed";
    private static final long TIMEOUT_SECONDS = 60;

    private Pdfsig() {
    }

    /** @return whether pdfsig is installed, for {@code assumeTrue} in tests */
    public static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    /**
     * @param pdf the PDF bytes
     * @return what pdfsig reported; a PDF without signatures or one pdfsig cannot read gives a count of 0
     */
    public static PdfsigReport check(byte[] pdf) {
        try {
            Path file = Files.createTempFile("pdfsig-", ".pdf");
            try {
                Files.write(file, pdf);
                return parse(run(file));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfsigReport parse(String output) {
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
        return new PdfsigReport(signatures, digestMatches, signatures > 0 && output.contains(TOTAL_DOCUMENT), output);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String run(Path file) throws IOException {
        Process process = new ProcessBuilder(EXECUTABLE.toString(), "-nocert", file.toString())
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
}
