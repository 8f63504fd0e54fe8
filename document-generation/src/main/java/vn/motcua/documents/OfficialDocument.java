package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one official document (slip or result). The body shows the labelled lines, then the tables, then
 * the paragraphs.
 *
 * @param issuer          the issuing authority (header, top left)
 * @param number          the document number, shown as "Số: {number}"
 * @param place           the place of issue, shown as "{place}, ngày dd tháng MM năm yyyy"
 * @param date            the date of issue
 * @param title           the document title, centered and bold
 * @param subtitle        an optional subtitle under the title, may be {@code null} or blank
 * @param lines           labelled body lines, may be empty
 * @param tables          body tables after the lines, may be empty
 * @param paragraphs      free body paragraphs after the tables, may be empty
 * @param signatory       the person who signs
 * @param verificationUrl the URL encoded in the QR code at the bottom left
 */
public record OfficialDocument(IssuingAuthority issuer, String number, String place, LocalDate date,
        String title, String subtitle, List<DocumentLine> lines, List<DocumentTable> tables, List<String> paragraphs,
        Signatory signatory, String verificationUrl) {

    /** Copies the lists; {@code null} lists become empty. */
    public OfficialDocument {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tables = tables == null ? List.of() : List.copyOf(tables);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /**
     * A document without tables.
     *
     * @param issuer          the issuing authority
     * @param number          the document number
     * @param place           the place of issue
     * @param date            the date of issue
     * @param title           the title
     * @param subtitle        the subtitle, may be {@code null}
     * @param lines           labelled body lines, may be {@code null}
     * @param paragraphs      free body paragraphs, may be {@code null}
     * @param signatory       the person who signs
     * @param verificationUrl the URL of the QR code
     */
    public OfficialDocument(IssuingAuthority issuer, String number, String place, LocalDate date, String title,
            String subtitle, List<DocumentLine> lines, List<String> paragraphs, Signatory signatory,
            String verificationUrl) {
        this(issuer, number, place, date, title, subtitle, lines, List.of(), paragraphs, signatory, verificationUrl);
    }
}
