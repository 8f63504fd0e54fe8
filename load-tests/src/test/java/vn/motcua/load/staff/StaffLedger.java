package vn.motcua.load.staff;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The ledger of what the portal answered to the staff's actions: one CSV line per outcome, appended and flushed at
 * once so that a killed portal (or a killed Gatling) loses no line written before. Columns:
 * {@code kind,dossier_id,code,http_status,time} (ISO-8601 instant); the header is written when the file is new.
 * Safe for the virtual users' threads.
 */
public final class StaffLedger implements AutoCloseable {

    public static final String HEADER = "kind,dossier_id,code,http_status,time";

    private final BufferedWriter out;

    public StaffLedger(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (fresh) {
                line(HEADER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One outcome; {@code httpStatus} 0 when there was no answer. */
    public void append(String kind, String dossierId, String code, int httpStatus) {
        line(String.join(",", kind, dossierId, code == null ? "" : code, String.valueOf(httpStatus),
                Instant.now().toString()));
    }

    private synchronized void line(String text) {
        try {
            out.write(text);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
