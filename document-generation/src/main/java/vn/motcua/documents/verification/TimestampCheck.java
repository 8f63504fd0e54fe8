package vn.motcua.documents.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks the signature time-stamp token (unsigned attribute {@code id-aa-signatureTimeStampToken}) of a CMS signer
 * info: the token verifies with the TSA certificate it carries, that certificate has the critical extended key usage
 * timeStamping only and was valid at the time stamped, the ESS signing certificate names it (all checked by
 * {@link TimeStampToken#validate}), and the message imprint is the SHA-2 hash of the signer info's signature value. With
 * trusted TSA certificates, the TSA certificate must also be one of them.
 */
final class TimestampCheck {

    /**
     * @param present whether the signer info carries a token
     * @param valid   whether the token verifies and time-stamps this signature value
     * @param trusted whether it comes from a trusted TSA (always {@code true} when no TSA is trusted in particular)
     * @param time    the time the token certifies, when valid
     */
    record Result(boolean present, boolean valid, boolean trusted, Instant time) {

        static final Result ABSENT = new Result(false, false, false, null);
        static final Result INVALID = new Result(true, false, false, null);
    }

    /** SHA-256 (what our client asks for) and the longer SHA-2 hashes other signers may use. */
    private static final Set<ASN1ObjectIdentifier> STRONG_IMPRINTS = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private final Set<X509Certificate> trustedTsas;

    /** @param trustedTsas the trusted TSA certificates; empty to accept a verifying token from any TSA */
    TimestampCheck(Collection<X509Certificate> trustedTsas) {
        this.trustedTsas = Set.copyOf(trustedTsas);
    }

    /** @return whether a token must be present and from a trusted TSA (PAdES B-T) */
    boolean required() {
        return !trustedTsas.isEmpty();
    }

    Result check(SignerInformation signerInfo) {
        AttributeTable unsigned = signerInfo == null ? null : signerInfo.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Result.ABSENT;
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            X509CertificateHolder tsa = tsaCertificate(token);
            if (tsa == null) {
                return Result.INVALID;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            if (!imprintMatches(token, signerInfo.getSignature())) {
                return Result.INVALID;
            }
            boolean trusted = trustedTsas.isEmpty()
                    || trustedTsas.contains(new JcaX509CertificateConverter().getCertificate(tsa));
            return new Result(true, true, trusted, token.getTimeStampInfo().getGenTime().toInstant());
        } catch (TSPException | OperatorCreationException | CertificateException | IOException | RuntimeException e) {
            return Result.INVALID;
        }
    }

    private static X509CertificateHolder tsaCertificate(TimeStampToken token) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static boolean imprintMatches(TimeStampToken token, byte[] signatureValue)
            throws OperatorCreationException, IOException {
        if (!STRONG_IMPRINTS.contains(token.getTimeStampInfo().getMessageImprintAlgOID())) {
            return false;
        }
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build()
                .get(token.getTimeStampInfo().getHashAlgorithm());
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(signatureValue);
        }
        return MessageDigest.isEqual(calculator.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
    }
}
