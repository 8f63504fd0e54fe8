package vn.motcua.documents.testing;

/**
 * What {@code pdfsig} said about a PDF.
 *
 * @param signatureCount      the number of signatures listed
 * @param digestMatches       {@code true} only when there is at least one signature and every one reports
 *                            "Signature Validation: Signature is Valid."
 * @param coversWholeDocument {@code true} when some signature reports "Total document signed", i.e. the whole file
 *                            is covered by a signature
 * @param timestampPresent    {@code true} only when there is at least one signature and every signature pdfsig
 *                            extracts ({@code -dump}) carries an RFC 3161 signature time-stamp token (CMS unsigned
 *                            attribute id-aa-signatureTimeStampToken). pdfsig 22.12 prints no line about
 *                            time-stamps, so this is read from the signature bytes pdfsig dumps
 * @param output              the complete output, for assertion messages
 */
public record PdfsigReport(int signatureCount, boolean digestMatches, boolean coversWholeDocument,
        boolean timestampPresent, String output) {
}
