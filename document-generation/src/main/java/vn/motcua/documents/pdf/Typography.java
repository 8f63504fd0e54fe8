package vn.motcua.documents.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import vn.motcua.documents.fonts.FontSet;

/** The fonts of one rendering: sizes follow the usual administrative style (13 pt body, 11-12 pt header). */
record Typography(Font header, Font headerBold, Font motto, Font dateLine, Font body, Font bodyBold, Font bodyItalic,
        Font title, Font small, Font smallItalic, Font tableHeader, Font tableText) {

    static final float BODY_SIZE = 13;

    static Typography create(FontSet fonts) {
        BaseFont regular = fonts.regular();
        BaseFont bold = fonts.bold();
        BaseFont italic = fonts.italic();
        return new Typography(new Font(regular, 11), new Font(bold, 11), new Font(bold, 12), new Font(italic, 12),
                new Font(regular, BODY_SIZE), new Font(bold, BODY_SIZE), new Font(italic, BODY_SIZE),
                new Font(bold, 14), new Font(regular, 7), new Font(italic, 8),
                new Font(bold, BodyTables.TEXT_SIZE), new Font(regular, BodyTables.TEXT_SIZE));
    }
}
