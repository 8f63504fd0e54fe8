package vn.motcua.workflow.issuance;

/**
 * Signs a rendered document with the issuing agency's key (PAdES, time-stamped when a time-stamping authority is
 * configured) and returns the signed PDF. The port behind which remote signing will sit; today's signer signs
 * synchronously with the agencies' keys held by the portal (see {@link SigningConfiguration}).
 */
@FunctionalInterface
public interface Signer {

    /**
     * @return the signed PDF
     * @throws RuntimeException when the document cannot be signed now (e.g. the time-stamping authority is down); the
     *         caller's retry asks again with the same request
     */
    byte[] sign(SignatureRequest request);
}
