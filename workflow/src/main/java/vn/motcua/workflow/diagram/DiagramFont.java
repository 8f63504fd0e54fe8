package vn.motcua.workflow.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The face the diagram's labels are drawn with. Java2D takes font names, and the logical fonts of a bare server may
 * lack Vietnamese letters; so the DejaVu face bundled with the document-generation module (it covers Vietnamese) is
 * registered with the graphics environment once, and its family name is what the diagram generator gets.
 */
final class DiagramFont {

    private static final String RESOURCE = "/vn/motcua/documents/fonts/DejaVuSerifCondensed.ttf";

    /** The family name to hand to the generator; "SansSerif" if the bundled face cannot be read. */
    static final String FAMILY = register();

    private DiagramFont() {
    }

    private static String register() {
        try (InputStream in = DiagramFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Font.SANS_SERIF;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // false when a face of that name is installed already, which then serves as well
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font.getFamily();
        } catch (IOException | FontFormatException e) {
            return Font.SANS_SERIF;
        }
    }
}
