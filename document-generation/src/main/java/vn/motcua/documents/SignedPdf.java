package vn.motcua.documents;

/**
 * A signed PDF with the lowercase hex SHA-256 of its bytes.
 *
 * @param content the PDF bytes
 * @param sha256  the lowercase hex SHA-256 of {@code content}
 */
public record SignedPdf(byte[] content, String sha256) {
}
