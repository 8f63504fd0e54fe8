package vn.motcua.documents.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Checks a detached CMS signature over the signed bytes: the message-digest attribute against a digest computed
 * here, and the signature over the signed attributes against the embedded signer certificate (and, when present,
 * the ESS signing-certificate-v2 hash against that certificate).
 */
final class CmsCheck {

    /**
     * @param digestValid    whether the message digest matches the signed bytes
     * @param signatureValid whether the signed attributes verify with the signer certificate
     * @param signer         the signer certificate, or {@code null} if the CMS names none it carries
     * @param certificates   every certificate in the CMS
     * @param signerInfo     the CMS signer info, or {@code null} if the CMS is unreadable
     */
    record Result(boolean digestValid, boolean signatureValid, X509Certificate signer,
            List<X509Certificate> certificates, SignerInformation signerInfo) {

        static final Result UNREADABLE = new Result(false, false, null, List.of(), null);
    }

    private CmsCheck() {
    }

    static Result check(byte[] cms, byte[] signedBytes) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo(cms));
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1 || signers.iterator().next().getSignedAttributes() == null) {
                return Result.UNREADABLE;
            }
            SignerInformation signer = signers.iterator().next();
            List<X509Certificate> certificates = certificates(signed);
            X509Certificate signerCertificate = signerCertificate(signed, signer);
            boolean digestValid = digestMatches(signer, signedBytes);
            boolean signatureValid = signerCertificate != null && signatureVerifies(signer, signerCertificate)
                    && signingCertificateMatches(signer, signerCertificate);
            return new Result(digestValid, signatureValid, signerCertificate, certificates, signer);
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | IOException
                | RuntimeException e) {
            return Result.UNREADABLE;
        }
    }

    /** Reads the first DER object only: /Contents is zero-padded to its reserved size. */
    private static ContentInfo contentInfo(byte[] cms) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signedBytes)
            throws OperatorCreationException, IOException {
        Attribute claimed = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (claimed == null) {
            return false;
        }
        byte[] expected = ASN1OctetString.getInstance(claimed.getAttrValues().getObjectAt(0)).getOctets();
        return MessageDigest.isEqual(expected, digest(signer.getDigestAlgorithmID(), signedBytes));
    }

    private static boolean signatureVerifies(SignerInformation signer, X509Certificate certificate)
            throws OperatorCreationException, IOException {
        ContentVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().build(certificate)
                .getContentVerifier(signer.toASN1Structure().getDigestEncryptionAlgorithm(),
                        signer.getDigestAlgorithmID());
        try (OutputStream out = verifier.getOutputStream()) {
            out.write(signer.getEncodedSignedAttributes());
        }
        return verifier.verify(signer.getSignature());
    }

    /** An ESS signing-certificate-v2 attribute, when present, must name the certificate that verified. */
    private static boolean signingCertificateMatches(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        ESSCertIDv2 first = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        return MessageDigest.isEqual(first.getCertHash(), digest(first.getHashAlgorithm(), certificate.getEncoded()));
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data)
            throws OperatorCreationException, IOException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }

    private static X509Certificate signerCertificate(CMSSignedData signed, SignerInformation signer)
            throws GeneralSecurityException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        return matches.isEmpty() ? null : new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(CMSSignedData signed) throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
            certificates.add(converter.getCertificate(holder));
        }
        return certificates;
    }
}
