package vn.motcua.cases.storage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an uploaded file before it is stored: its type is recognised from its first bytes (never from its name or
 * the browser's content type) and its size is held against a per-file limit. One instance per kind of upload, e.g.
 * {@code new UploadCheck(5 * 1024 * 1024, UploadCheck.FileType.DOCUMENTS)}.
 */
public final class UploadCheck {

    /** File types recognised by their magic bytes. */
    public enum FileType {
        PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
        JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
        PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });

        /** The types a citizen may send as a document: scans and PDFs. */
        public static final Set<FileType> DOCUMENTS = Set.copyOf(EnumSet.allOf(FileType.class));

        private final String contentType;
        private final String extension;
        private final byte[] magic;

        FileType(String contentType, String extension, byte[] magic) {
            this.contentType = contentType;
            this.extension = extension;
            this.magic = magic;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        boolean matches(byte[] content) {
            return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }

    /** Why a file is refused. */
    public enum Problem {
        EMPTY, TOO_LARGE, UNSUPPORTED_TYPE
    }

    /** The outcome for one file: its recognised type, or the problem that refuses it. */
    public record Verdict(FileType type, Problem problem) {

        public boolean accepted() {
            return problem == null;
        }
    }

    private final long maxBytes;
    private final Set<FileType> accepted;

    public UploadCheck(long maxBytes, Set<FileType> accepted) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.accepted = Set.copyOf(Objects.requireNonNull(accepted));
    }

    /** The type the content starts like, whatever its name says. */
    public static Optional<FileType> detect(byte[] content) {
        return Arrays.stream(FileType.values()).filter(type -> type.matches(content)).findFirst();
    }

    /** Checks a file's bytes: not empty, within the limit, of an accepted type. */
    public Verdict check(byte[] content) {
        if (content == null || content.length == 0) {
            return new Verdict(null, Problem.EMPTY);
        }
        return check(content.length, content);
    }

    /**
     * Checks a file whose size is known before its bytes are read (e.g. a multipart upload): a file over the limit is
     * refused without reading it; otherwise {@code head} needs only the first bytes.
     */
    public Verdict check(long size, byte[] head) {
        if (size <= 0) {
            return new Verdict(null, Problem.EMPTY);
        }
        if (size > maxBytes) {
            return new Verdict(null, Problem.TOO_LARGE);
        }
        return detect(head).filter(accepted::contains).map(type -> new Verdict(type, null))
                .orElse(new Verdict(null, Problem.UNSUPPORTED_TYPE));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<FileType> accepted() {
        return accepted;
    }
}
