package vn.motcua.cases.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the file-system blob store keeps its files. */
@ConfigurationProperties("motcua.storage")
public record StorageProperties(Path directory) {

    public StorageProperties {
        if (directory == null) {
            directory = Path.of("data", "files");
        }
    }
}
