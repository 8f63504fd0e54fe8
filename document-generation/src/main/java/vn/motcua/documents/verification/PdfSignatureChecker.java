package vn.motcua.documents.verification;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import vn.motcua.documents.Verification;

/**
 * Checks the signatures of a PDF against a trusted CA and, for PAdES B-T, trusted time-stamping authorities. Of
 * several signatures, the one covering the most of the file is checked and the problem "several-signatures" reported.
 * The chain is validated at the time-stamped time when a token from a trusted TSA proves it, else at the time of
 * checking: without a trusted time-stamp the claimed signing time proves nothing. Thread-safe.
 */
public final class PdfSignatureChecker {

    private final ChainCheck chain;
    private final TimestampCheck timestamps;

    /** @param trustedCa the CA a signer certificate must chain to; no time-stamp required */
    public PdfSignatureChecker(X509Certificate trustedCa) {
        this(trustedCa, List.of());
    }

    /**
     * @param trustedCa   the CA a signer certificate must chain to
     * @param trustedTsas the trusted TSA certificates; when not empty, a signature time-stamp from one of them is
     *                    required
     */
    public PdfSignatureChecker(X509Certificate trustedCa, Collection<X509Certificate> trustedTsas) {
        this.chain = new ChainCheck(trustedCa);
        this.timestamps = new TimestampCheck(trustedTsas);
    }

    /**
     * @param pdf the PDF bytes, possibly not a PDF at all
     * @return the outcome; never throws on bad input
     */
    public Verification check(byte[] pdf) {
        try {
            List<SignatureField> signatures = SignatureFields.read(pdf);
            SignatureField widest = signatures.stream()
                    .max(Comparator.comparingLong(SignatureField::end))
                    .orElseThrow();
            return check(pdf, widest, signatures.size());
        } catch (Problem problem) {
            return failed(problem.signatureCount(), problem.code());
        } catch (RuntimeException e) {
            return failed(0, "unreadable");
        }
    }

    private static Verification failed(int signatureCount, String problem) {
        return new Verification(signatureCount, false, false, false, false, null, null, false, null, problem);
    }

    private Verification check(byte[] pdf, SignatureField signature, int count) {
        if (!signature.wellFormed(pdf)) {
            return new Verification(count, false, false, false, false, null, signature.signingTime(), false, null,
                    "byte-range-invalid");
        }
        CmsCheck.Result cms = CmsCheck.check(signature.contents(), signature.signedBytes(pdf));
        TimestampCheck.Result timestamp = timestamps.check(cms.signerInfo());
        boolean whole = signature.coversWholeFile(pdf);
        Date chainTime = timestamps.required() && timestamp.valid() && timestamp.trusted()
                ? Date.from(timestamp.time()) : new Date();
        boolean trusted = cms.signer() != null && chain.trusts(cms.signer(), cms.certificates(), chainTime);
        String subject = cms.signer() == null ? null : cms.signer().getSubjectX500Principal().getName();
        return new Verification(count, whole, cms.digestValid(), cms.signatureValid(), trusted, subject,
                signature.signingTime(), timestamp.valid(), timestamp.time(),
                problem(count, whole, cms, trusted, timestamp));
    }

    private String problem(int count, boolean whole, CmsCheck.Result cms, boolean trusted,
            TimestampCheck.Result timestamp) {
        if (count > 1) {
            return "several-signatures";
        }
        if (!whole) {
            return "not-whole-document";
        }
        if (cms.signer() == null) {
            return "signature-invalid";
        }
        if (!cms.digestValid()) {
            return "digest-mismatch";
        }
        if (!cms.signatureValid()) {
            return "signature-invalid";
        }
        if (!trusted) {
            return "untrusted-chain";
        }
        return timestampProblem(timestamp);
    }

    private String timestampProblem(TimestampCheck.Result timestamp) {
        if (!timestamp.present()) {
            return timestamps.required() ? "timestamp-missing" : null;
        }
        if (!timestamp.valid()) {
            return "timestamp-invalid";
        }
        return timestamp.trusted() ? null : "timestamp-untrusted";
    }
}
