package vn.motcua.documents.templates;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.DocumentTable;
import vn.motcua.documents.OfficialDocument;

/** Collects the body of one document: labelled lines, tables and paragraphs, skipping optional values not given. */
final class DocumentBuilder {

    private final DocumentHeader header;
    private final String title;
    private final String subtitle;
    private final List<DocumentLine> lines = new ArrayList<>();
    private final List<DocumentTable> tables = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    DocumentBuilder(DocumentHeader header, String title, String subtitle) {
        this.header = header;
        this.title = title;
        this.subtitle = subtitle;
    }

    DocumentBuilder line(String label, String value) {
        lines.add(new DocumentLine(label, value));
        return this;
    }

    /** Adds the line only when the value is given. */
    DocumentBuilder optionalLine(String label, String value) {
        return Formats.blank(value) ? this : line(label, value);
    }

    DocumentBuilder table(String caption, List<String> headers, List<List<String>> rows) {
        tables.add(new DocumentTable(caption, headers, rows));
        return this;
    }

    DocumentBuilder paragraph(String text) {
        paragraphs.add(text);
        return this;
    }

    OfficialDocument build() {
        return new OfficialDocument(
                new OfficialDocument.Letterhead(header.issuer(), header.number(), header.place(), header.date()),
                title, subtitle, new OfficialDocument.Body(lines, tables, paragraphs),
                new OfficialDocument.Closing(header.signatory(), header.verificationUrl()));
    }

    /** @return the applicant lines every slip starts with */
    DocumentBuilder applicant(Applicant applicant, String procedureName) {
        return line("Người nộp hồ sơ", applicant.fullName())
                .optionalLine("Số định danh cá nhân", applicant.identityNumber())
                .optionalLine("Địa chỉ", applicant.address())
                .optionalLine("Số điện thoại", applicant.phone())
                .optionalLine("Thư điện tử", applicant.email())
                .line("Nội dung yêu cầu giải quyết", procedureName);
    }
}
