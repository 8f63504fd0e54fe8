package vn.motcua.web.verify;

import java.util.Set;

import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.documents.Verification;

/**
 * What the verification page says about an uploaded file: {@code valid} (intact, trusted, timestamped and
 * issued by the portal), {@code revoked}, {@code unknown} (intact and signed with our keys, but no document
 * with these bytes was issued) or {@code invalid} with the reason.
 */
record UploadVerdict(String outcome, String reasonKey, IssuedDocument document, String issuerName, Verification verification,
        String sha256) {

    /** Problem codes of the signature verifier that have their own explanation in the message bundle. */
    static final Set<String> EXPLAINED_PROBLEMS = Set.of("not-a-pdf", "truncated", "encrypted", "unreadable",
            "no-signature", "several-signatures", "byte-range-invalid", "not-whole-document", "signature-invalid",
            "digest-mismatch", "untrusted-chain", "timestamp-missing", "timestamp-invalid", "timestamp-untrusted");

    static String reasonKeyOf(String problem) {
        return "verify.problem." + (EXPLAINED_PROBLEMS.contains(problem) ? problem : "other");
    }

    static UploadVerdict invalid(String reasonKey, String sha256) {
        return new UploadVerdict("invalid", reasonKey, null, null, null, sha256);
    }
}
