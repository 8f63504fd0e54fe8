package vn.motcua.documents.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Body text that wraps at white space only. OpenPDF also wraps after '-' and '/' by default, which would tear codes
 * such as "H29.12.05-261126-0007" or dates across lines; a word wider than its line is still broken.
 */
final class Texts {

    private static final SplitCharacter AT_SPACES = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] text, PdfChunk[] chunks) {
            return getCurrentCharacter(current, text, chunks) <= ' ';
        }
    };

    private Texts() {
    }

    static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(AT_SPACES);
        return chunk;
    }

    static Paragraph paragraph(float leading, String text, Font font) {
        Paragraph paragraph = new Paragraph(leading, chunk(text, font));
        paragraph.setFont(font);
        return paragraph;
    }
}
