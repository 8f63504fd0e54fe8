package vn.motcua.documents.testing;

/**
 * What {@code pdfsig} said about a PDF.
 *
 * @param signatureCount      the number of signatures listed
 * @param digestMatches       {@code true} only when there is at least one signature and every one reports
 *                            "Signature Validation: Signature is Valid."
 * @param coversWholeDocument {@code true} when some signature reports "Total document signed", i.e. the whole file
 *                            is covered by a signature
 * @param output              the complete output, for assertion messages
 */
public record PdfsigReport(int signatureCount, boolean digestMatches, boolean coversWholeDocument, String output) {
}
