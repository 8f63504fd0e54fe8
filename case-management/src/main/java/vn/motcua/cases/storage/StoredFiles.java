package vn.motcua.cases.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads dossier files; a file whose bytes no longer match its recorded SHA-256 is never served. */
@Service
public class StoredFiles {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final StoredFileRepository repository;
    private final BlobStore blobs;
    private final BlobCleanup cleanup;
    private final Clock clock;

    StoredFiles(StoredFileRepository repository, BlobStore blobs, BlobCleanup cleanup, Clock clock) {
        this.repository = repository;
        this.blobs = blobs;
        this.cleanup = cleanup;
        this.clock = clock;
    }

    /** Stores the bytes under a server-generated key and records their SHA-256. */
    @Transactional
    public StoredFile store(UUID dossierId, FileKind kind, String fileName, String contentType, byte[] content) {
        return store(UUID.randomUUID(), dossierId, kind, fileName, contentType, content);
    }

    /** Stores under an id chosen beforehand, e.g. one already printed in the document's QR code. */
    @Transactional
    public StoredFile store(UUID id, UUID dossierId, FileKind kind, String fileName, String contentType, byte[] content) {
        Instant now = clock.instant();
        StoredBytes bytes = StoredBytes.write(blobs, MONTH.format(now) + "/" + id, fileName, contentType, content);
        cleanup.deleteOnRollback(bytes.storageKey());
        return repository.save(new StoredFile(id, dossierId, kind, bytes, now));
    }

    /**
     * Records bytes already in the store (a draft's attachment) as a file of the dossier, without copying them: both
     * rows name the same key, and the sweeper keeps the bytes while either row is there.
     */
    @Transactional
    public StoredFile adopt(UUID dossierId, FileKind kind, StoredBytes bytes) {
        return repository.save(new StoredFile(UUID.randomUUID(), dossierId, kind, bytes, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<StoredFile> of(UUID dossierId, FileKind kind) {
        return repository.findByDossierIdAndKindOrderByCreatedAt(dossierId, kind);
    }

    /** The newest file of the kind for the dossier, if any. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> latest(UUID dossierId, FileKind kind) {
        List<StoredFile> files = of(dossierId, kind);
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
    }

    /** The file's bytes, checked against the SHA-256 recorded when it was stored. */
    public byte[] content(StoredFile file) {
        return file.bytes().read(blobs);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
