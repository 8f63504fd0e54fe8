package vn.motcua.cases.draft;

import java.util.Arrays;
import java.util.Optional;

/** Recognises the file types drafts accept by their first bytes, never by name or declared type. */
public final class ContentTypes {

    /** An accepted type. */
    public enum Detected {
        PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
        JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
        PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

        private final String mediaType;
        private final String extension;
        private final byte[] magic;

        Detected(String mediaType, String extension, byte[] magic) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private ContentTypes() {
    }

    /** The type the content starts like, if it is one of the accepted ones. */
    public static Optional<Detected> detect(byte[] content) {
        return Arrays.stream(Detected.values())
                .filter(type -> content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                .findFirst();
    }
}
