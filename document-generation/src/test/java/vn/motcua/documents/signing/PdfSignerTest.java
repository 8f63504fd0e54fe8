package vn.motcua.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;

import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.fonts.DocumentFonts;
import vn.motcua.documents.fonts.DocumentFonts.Face;
import vn.motcua.documents.keys.AgencyKey;
import vn.motcua.documents.keys.DevelopmentKeyStore;
import vn.motcua.documents.pdf.OfficialDocumentRenderer;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.SampleDocuments;
import vn.motcua.documents.testing.TestTimestampAuthority;
import vn.motcua.documents.verification.PdfSignatureChecker;

class PdfSignerTest {

    @TempDir
    static Path keyDirectory;
    static DevelopmentKeyStore keys;
    static AgencyKey key;
    static byte[] unsigned;

    @BeforeAll
    static void prepare() {
        keys = new DevelopmentKeyStore(keyDirectory, "test-password".toCharArray());
        key = keys.agencyKey(SampleDocuments.AGENCY_CODE);
        unsigned = new OfficialDocumentRenderer().render(SampleDocuments.receipt()).content();
    }

    @Test
    void signsWithPadesBaselineAttributesAndTheWholeChain() throws Exception {
        byte[] signed = new PdfSigner().sign(unsigned, key, Instant.now(), visible());

        byte[] contents = contents(signed);
        SignerInformation signer = signer(contents);
        AttributeTable attributes = signer.getSignedAttributes();
        assertThat(contents).hasSize(PdfSigner.RESERVED_CONTENTS_BYTES);
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(cms(contents).getCertificates().getMatches(null)).hasSize(2);
        assertThat(signer.getUnsignedAttributes()).isNull();
    }

    @Test
    void writesTheClaimedSigningTimeAsM() {
        Instant time = Instant.parse("2026-11-26T02:15:30Z");

        byte[] signed = new PdfSigner().sign(unsigned, key, time, visible());

        assertThat(new PdfSignatureChecker(keys.caCertificate()).check(signed).signingTime()).isEqualTo(time);
    }

    @Test
    void addsTheTimestampTokenAsAnUnsignedAttribute() throws Exception {
        byte[] signed;
        try (TestTimestampAuthority authority = TestTimestampAuthority.start("Signer Test TSA")) {
            signed = new PdfSigner(new Rfc3161Client(authority.url(), Duration.ofSeconds(5), 1, Duration.ZERO))
                    .sign(unsigned, key, Instant.now(), visible());
        }

        SignerInformation signer = signer(contents(signed));
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(new PdfSignatureChecker(keys.caCertificate()).check(signed).valid()).isTrue();
        assertThat(new PdfSignatureChecker(keys.caCertificate()).check(signed).timestamped()).isTrue();
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(signed);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
            assertThat(report.timestampPresent()).as(report.output()).isTrue();
        }
    }

    private static VisibleSignature visible() {
        return new VisibleSignature(1, new Rectangle(300, 100, 520, 150), "Ký bởi: Kiểm Thử",
                new Font(DocumentFonts.font(Face.REGULAR), 8));
    }

    private static byte[] contents(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            return signature.getContents();
        }
    }

    private static CMSSignedData cms(byte[] contents) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(new CMSProcessableByteArray(new byte[0]),
                    ContentInfo.getInstance(in.readObject()));
        }
    }

    private static SignerInformation signer(byte[] contents) throws Exception {
        return cms(contents).getSignerInfos().getSigners().iterator().next();
    }
}
