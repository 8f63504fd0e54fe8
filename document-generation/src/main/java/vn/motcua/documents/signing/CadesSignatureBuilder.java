package vn.motcua.documents.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.motcua.documents.keys.AgencyKey;

/**
 * Builds the detached CAdES signature (CMS SignedData, SHA-256 with RSA) over the PDF byte range. Signed attributes:
 * content type, message digest, CMS algorithm protection and ESS signing-certificate-v2; no signing-time, as PAdES
 * takes the claimed time from the signature dictionary's /M. A time-stamp token, when the timestamper gives one,
 * is added afterwards as an unsigned attribute.
 */
final class CadesSignatureBuilder {

    private static final String ALGORITHM = "SHA256withRSA";

    private final SignatureTimestamper timestamper;

    CadesSignatureBuilder(SignatureTimestamper timestamper) {
        this.timestamper = timestamper;
    }

    byte[] sign(byte[] signedBytes, AgencyKey key) throws GeneralSecurityException, IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(new PadesSignedAttributes(signingCertificate(key)))
                            .build(new JcaContentSignerBuilder(ALGORITHM).build(key.privateKey()),
                                    key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            return withTimestamp(signed).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("cannot build the CMS signature", e);
        }
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

    /** ESS signing-certificate-v2 with the SHA-256 hash (the default algorithm) of the signer certificate. */
    private static AttributeTable signingCertificate(AgencyKey key) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        return new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash)))));
    }

    /** The default signed attributes plus the given ones, without signing-time. */
    private static final class PadesSignedAttributes extends DefaultSignedAttributeTableGenerator {

        PadesSignedAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
