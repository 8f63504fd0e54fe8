package vn.motcua.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Leaves every PDF a test produced under {@code target/generated-pdfs/}, for anyone to run pdfsig over. */
public final class GeneratedPdfs {

    private static final Path DIRECTORY = Path.of("target", "generated-pdfs");

    private GeneratedPdfs() {
    }

    public static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
