package vn.motcua.documents.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import vn.motcua.documents.fonts.DocumentFonts;
import vn.motcua.documents.fonts.DocumentFonts.Face;

/** The fonts of one rendering: sizes follow the usual administrative style (13 pt body, 11-12 pt header). */
record Typography(Font header, Font headerBold, Font motto, Font dateLine, Font body, Font bodyBold, Font bodyItalic,
        Font title, Font small, Font smallItalic) {

    static final float BODY_SIZE = 13;

    static Typography create() {
        BaseFont regular = DocumentFonts.font(Face.REGULAR);
        BaseFont bold = DocumentFonts.font(Face.BOLD);
        BaseFont italic = DocumentFonts.font(Face.ITALIC);
        return new Typography(new Font(regular, 11), new Font(bold, 11), new Font(bold, 12), new Font(italic, 12),
                new Font(regular, BODY_SIZE), new Font(bold, BODY_SIZE), new Font(italic, BODY_SIZE),
                new Font(bold, 14), new Font(regular, 7), new Font(italic, 8));
    }
}
