package vn.motcua.documents.verification;

import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import vn.motcua.documents.Verification;

/**
 * Checks the signatures of a PDF against a trusted CA. Of several signatures, the one covering the most of the file
 * is checked and the problem "several-signatures" reported. The chain is validated at the time of checking: without
 * a time-stamp the claimed signing time proves nothing. Thread-safe.
 */
public final class PdfSignatureChecker {

    private final ChainCheck chain;

    /** @param trustedCa the CA a signer certificate must chain to */
    public PdfSignatureChecker(X509Certificate trustedCa) {
        this.chain = new ChainCheck(trustedCa);
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
        return new Verification(signatureCount, false, false, false, false, null, null, problem);
    }

    private Verification check(byte[] pdf, SignatureField signature, int count) {
        if (!signature.wellFormed(pdf)) {
            return new Verification(count, false, false, false, false, null, signature.signingTime(),
                    "byte-range-invalid");
        }
        CmsCheck.Result cms = CmsCheck.check(signature.contents(), signature.signedBytes(pdf));
        boolean whole = signature.coversWholeFile(pdf);
        boolean trusted = cms.signer() != null && chain.trusts(cms.signer(), cms.certificates(), new Date());
        String subject = cms.signer() == null ? null : cms.signer().getSubjectX500Principal().getName();
        return new Verification(count, whole, cms.digestValid(), cms.signatureValid(), trusted, subject,
                signature.signingTime(), problem(count, whole, cms, trusted));
    }

    private static String problem(int count, boolean whole, CmsCheck.Result cms, boolean trusted) {
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
        return trusted ? null : "untrusted-chain";
    }
}
