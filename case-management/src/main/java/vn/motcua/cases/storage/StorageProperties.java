package vn.motcua.cases.storage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the file-system blob store keeps its files, and how often orphans are swept.
 *
 * @param directory     the directory of the files (default {@code data/files})
 * @param sweepInterval how often bytes without a row are looked for and removed (default 1 h; 0 switches it off)
 * @param sweepGrace    how old bytes must be before they count as orphans, so that an upload still in its transaction
 *                      is never taken (default 1 h)
 */
@ConfigurationProperties("motcua.storage")
public record StorageProperties(Path directory, Duration sweepInterval, Duration sweepGrace) {

    public StorageProperties {
        if (directory == null) {
            directory = Path.of("data", "files");
        }
        sweepInterval = sweepInterval == null ? Duration.ofHours(1) : sweepInterval;
        sweepGrace = sweepGrace == null ? Duration.ofHours(1) : sweepGrace;
        if (sweepGrace.isNegative()) {
            throw new IllegalArgumentException("motcua.storage.sweep-grace must not be negative");
        }
    }
}
