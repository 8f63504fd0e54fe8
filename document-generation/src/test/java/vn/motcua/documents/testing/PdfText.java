package vn.motcua.documents.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Extracts the text of a PDF with PDFBox, as a reader or an indexer would. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * @param pdf the PDF bytes
     * @return the text of all pages with each run of white space (line breaks too) as one space, so that assertions do
     *         not depend on where lines wrap
     */
    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
