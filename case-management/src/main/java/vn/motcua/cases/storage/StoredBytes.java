package vn.motcua.cases.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.slf4j.LoggerFactory;

/**
 * The bytes of one file behind the storage port: the server-made key they live under, the type detected from them,
 * their size and SHA-256, and the name they are shown with. Kept for dossier files and draft attachments alike.
 *
 * @param name        the file name shown and offered on download
 * @param contentType the type detected from the content
 * @param sizeBytes   the size in bytes
 * @param sha256      the SHA-256 of the bytes, in lower-case hex
 * @param storageKey  where the storage port keeps the bytes
 */
@Embeddable
public record StoredBytes(
        @Column(name = "file_name") String name,
        @Column(name = "content_type") String contentType,
        @Column(name = "size_bytes") long sizeBytes,
        @Column(name = "sha256") String sha256,
        @Column(name = "storage_key") String storageKey) {

    /** Writes the content under the key and records what was written. */
    public static StoredBytes write(BlobStore blobs, String storageKey, String name, String contentType,
            byte[] content) {
        blobs.write(storageKey, content);
        return new StoredBytes(name, contentType, content.length, StoredFiles.sha256(content), storageKey);
    }

    /**
     * Reads the content back.
     *
     * @throws CorruptBlobException if the bytes no longer match the SHA-256 recorded when they were written
     */
    public byte[] read(BlobStore blobs) {
        byte[] content = blobs.read(storageKey);
        if (!StoredFiles.sha256(content).equals(sha256)) {
            LoggerFactory.getLogger(StoredBytes.class).error(
                    "The bytes under {} do not match the SHA-256 {} recorded in the database; they are not served",
                    storageKey, sha256);
            throw new CorruptBlobException(storageKey);
        }
        return content;
    }
}
