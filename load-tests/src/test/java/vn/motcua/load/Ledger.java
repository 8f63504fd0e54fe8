package vn.motcua.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ledger of a load run: one CSV line per business operation the portal (or the platform) answered, appended and
 * flushed at once, from any number of virtual users. No header; the columns are {@code kind, key, dossierId,
 * dossierCode, httpStatus, time} (ISO-8601 UTC), so that a fault suite can count lines and look each code up in the
 * database.
 */
public final class Ledger implements AutoCloseable {

    /** The columns, in order, for readers of the file. */
    public static final String COLUMNS = "kind,key,dossierId,dossierCode,httpStatus,time";

    private final Path path;
    private final BufferedWriter out;

    private Ledger(Path path, BufferedWriter out) {
        this.path = path;
        this.out = out;
    }

    /** Opens the ledger at {@code path} for appending, creating it and its folder if needed. */
    public static Ledger open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new Ledger(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot open the ledger " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Appends one answered operation and flushes it. */
    public synchronized void record(String kind, String key, String dossierId, String dossierCode, int httpStatus) {
        String line = Stream.of(kind, key, dossierId, dossierCode, String.valueOf(httpStatus), Instant.now().toString())
                .map(Ledger::field).collect(Collectors.joining(","));
        try {
            out.write(line);
            out.newLine();
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ledger " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot close the ledger " + path, e);
        }
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
