package vn.motcua.documents.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

import vn.motcua.documents.DocumentException;

/**
 * The DejaVu Serif Condensed faces bundled with this module (see LICENSE-DejaVu.txt next to them; their widths are
 * close to the Times faces of paper documents), embedded as subsets with Identity-H encoding so that Vietnamese text
 * stays extractable. The bundled files keep the characters of Vietnamese and Western European text, punctuation and a
 * few symbols only ({@code fonts/subset-fonts.sh} in this module makes them from Debian's fonts-dejavu-extra): a
 * smaller font makes every document smaller and quicker to write. Each call of {@link #font} parses a new {@link BaseFont} from font bytes read once; rendering
 * borrows parsed faces from {@link FontSet} instead.
 */
public final class DocumentFonts {

    /** The font faces used in documents. */
    public enum Face {
        REGULAR("DejaVuSerifCondensed.ttf"),
        BOLD("DejaVuSerifCondensed-Bold.ttf"),
        ITALIC("DejaVuSerifCondensed-Italic.ttf");

        private final String file;
        private final byte[] bytes;

        Face(String file) {
            this.file = file;
            this.bytes = load(file);
        }
    }

    private DocumentFonts() {
    }

    /**
     * @param face the face
     * @return a new embedding font of that face
     */
    public static BaseFont font(Face face) {
        try {
            return BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.bytes, null);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new DocumentException("cannot load the font " + face.file, e);
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
