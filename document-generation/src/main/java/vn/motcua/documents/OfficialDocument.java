package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one official document (slip or result). The body shows the labelled lines, then the tables, then
 * the paragraphs.
 *
 * @param letterhead the issuing authority, number, place and date at the top
 * @param title      the document title, centered and bold
 * @param subtitle   an optional subtitle under the title, may be {@code null} or blank
 * @param body       the labelled lines, tables and paragraphs
 * @param closing    who signs, and the URL of the QR code at the bottom left
 */
public record OfficialDocument(Letterhead letterhead, String title, String subtitle, Body body, Closing closing) {

    /**
     * The top of the document.
     *
     * @param issuer the issuing authority (header, top left)
     * @param number the document number, shown as "Số: {number}"
     * @param place  the place of issue, shown as "{place}, ngày dd tháng MM năm yyyy"
     * @param date   the date of issue
     */
    public record Letterhead(IssuingAuthority issuer, String number, String place, LocalDate date) {
    }

    /**
     * The body; {@code null} lists become empty.
     *
     * @param lines      labelled body lines, may be empty
     * @param tables     body tables after the lines, may be empty
     * @param paragraphs free body paragraphs after the tables, may be empty
     */
    public record Body(List<DocumentLine> lines, List<DocumentTable> tables, List<String> paragraphs) {

        public Body {
            lines = lines == null ? List.of() : List.copyOf(lines);
            tables = tables == null ? List.of() : List.copyOf(tables);
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }

        /** A body without tables. */
        public Body(List<DocumentLine> lines, List<String> paragraphs) {
            this(lines, List.of(), paragraphs);
        }
    }

    /**
     * The bottom of the document.
     *
     * @param signatory       the person who signs
     * @param verificationUrl the URL encoded in the QR code at the bottom left
     */
    public record Closing(Signatory signatory, String verificationUrl) {
    }

    /** An empty body where none is given. */
    public OfficialDocument {
        body = body == null ? new Body(null, null, null) : body;
    }

    public IssuingAuthority issuer() {
        return letterhead.issuer();
    }

    public String number() {
        return letterhead.number();
    }

    public String place() {
        return letterhead.place();
    }

    public LocalDate date() {
        return letterhead.date();
    }

    public List<DocumentLine> lines() {
        return body.lines();
    }

    public List<DocumentTable> tables() {
        return body.tables();
    }

    public List<String> paragraphs() {
        return body.paragraphs();
    }

    public Signatory signatory() {
        return closing.signatory();
    }

    public String verificationUrl() {
        return closing.verificationUrl();
    }
}
