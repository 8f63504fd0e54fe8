package vn.motcua.documents.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.motcua.documents.SignatureTimestamper;
import vn.motcua.documents.keys.AgencyKey;

/**
 * Builds the detached CAdES signature (CMS SignedData, SHA-256 with RSA) over the PDF byte range. Signed attributes:
 * content type, message digest, CMS algorithm protection and ESS signing-certificate-v2; no signing-time, as PAdES
 * takes the claimed time from the signature dictionary's /M. A time-stamp token, when the timestamper gives one,
 * is added afterwards as an unsigned attribute. What depends only on the key (certificate store, signing-certificate
 * attribute) is prepared once per certificate. Thread-safe.
 */
final class CadesSignatureBuilder {

    private static final String ALGORITHM = "SHA256withRSA";

    private final SignatureTimestamper timestamper;
    private final DigestCalculatorProvider digests;
    private final ConcurrentMap<X509Certificate, SignerMaterial> materials = new ConcurrentHashMap<>();

    CadesSignatureBuilder(SignatureTimestamper timestamper) {
        this.timestamper = timestamper;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest calculators", e);
        }
    }

    byte[] sign(byte[] signedBytes, AgencyKey key) throws GeneralSecurityException, IOException {
        try {
            SignerMaterial material = material(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(new PadesSignedAttributes(material.signingCertificate()))
                    .build(new JcaContentSignerBuilder(ALGORITHM).build(key.privateKey()), material.holder()));
            generator.addCertificates(material.chain());
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            return withTimestamp(signed).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("cannot build the CMS signature", e);
        }
    }

    private SignerMaterial material(AgencyKey key) throws GeneralSecurityException {
        SignerMaterial material = materials.get(key.certificate());
        if (material == null) {
            material = SignerMaterial.of(key);
            materials.putIfAbsent(key.certificate(), material);
        }
        return material;
    }

    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        Optional<byte[]> token = timestamper.timestampToken(signer.getSignature());
        if (token.isEmpty()) {
            return signed;
        }
        Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.get())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attribute));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /**
     * What a key signs with besides the key itself.
     *
     * @param holder             the signer certificate
     * @param chain              the certificates that go into the CMS
     * @param signingCertificate the ESS signing-certificate-v2 attribute: SHA-256 (the default) of the certificate
     */
    private record SignerMaterial(X509CertificateHolder holder, JcaCertStore chain, Attribute signingCertificate) {

        static SignerMaterial of(AgencyKey key) throws GeneralSecurityException {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            return new SignerMaterial(new JcaX509CertificateHolder(key.certificate()), new JcaCertStore(key.chain()),
                    new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                            new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))));
        }
    }

    /** Content type, message digest, CMS algorithm protection and the signing certificate; no signing-time. */
    private static final class PadesSignedAttributes implements CMSAttributeTableGenerator {

        private final Attribute signingCertificate;

        PadesSignedAttributes(Attribute signingCertificate) {
            this.signingCertificate = signingCertificate;
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            ASN1EncodableVector attributes = new ASN1EncodableVector(4);
            attributes.add(attribute(CMSAttributes.contentType, (ASN1ObjectIdentifier) parameters.get(CONTENT_TYPE)));
            attributes.add(attribute(CMSAttributes.messageDigest,
                    new DEROctetString((byte[]) parameters.get(DIGEST))));
            attributes.add(attribute(CMSAttributes.cmsAlgorithmProtect, new CMSAlgorithmProtection(
                    (AlgorithmIdentifier) parameters.get(DIGEST_ALGORITHM_IDENTIFIER), CMSAlgorithmProtection.SIGNATURE,
                    (AlgorithmIdentifier) parameters.get(SIGNATURE_ALGORITHM_IDENTIFIER))));
            attributes.add(signingCertificate);
            return new AttributeTable(attributes);
        }

        private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
            return new Attribute(type, new DERSet(value));
        }
    }
}
