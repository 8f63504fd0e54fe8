package vn.motcua.cases.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps blobs as files under a directory, the default of a one-node run; a file is written under a temporary name,
 * then moved in place. The SHA-256 recorded in the database with each file is checked when it is read back
 * ({@link StoredBytes#read}).
 */
@Component
@ConditionalOnProperty(name = "motcua.storage.kind", havingValue = "local", matchIfMissing = true)
@EnableConfigurationProperties(StorageProperties.class)
class FileSystemBlobStore implements BlobStore {

    private final Path root;

    FileSystemBlobStore(StorageProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    @Override
    public void write(String key, byte[] content) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + key, e);
        }
    }

    @Override
    public List<String> keysWrittenBefore(Instant instant) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(instant)) {
                        keys.add(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // gone since it was listed: an upload's temporary file moved in place, a file deleted meanwhile
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        return keys;
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key escapes the store: " + key);
        }
        return path;
    }
}
