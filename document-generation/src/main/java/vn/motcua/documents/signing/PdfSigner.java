package vn.motcua.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Objects;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import vn.motcua.documents.DocumentException;
import vn.motcua.documents.SignatureTimestamper;
import vn.motcua.documents.keys.AgencyKey;

/**
 * Adds a visible PAdES signature (sub-filter {@code ETSI.CAdES.detached}) to a PDF as an incremental update, so
 * signatures already present stay valid. The byte range covers the whole output except /Contents. Thread-safe.
 */
public final class PdfSigner {

    /** Bytes reserved for the CMS signature: room for the chain and a later RFC 3161 time-stamp token. */
    public static final int RESERVED_CONTENTS_BYTES = 16 * 1024;
    static final PdfName SUB_FILTER = new PdfName("ETSI.CAdES.detached");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CadesSignatureBuilder cades;

    /** Signs without time-stamps. */
    public PdfSigner() {
        this(SignatureTimestamper.NONE);
    }

    /** @param timestamper the source of signature time-stamp tokens */
    public PdfSigner(SignatureTimestamper timestamper) {
        this.cades = new CadesSignatureBuilder(Objects.requireNonNull(timestamper, "timestamper"));
    }

    /**
     * @param pdf         the PDF to sign
     * @param key         the signing key and chain, all of which go into the CMS
     * @param signingTime the claimed signing time, written as /M
     * @param visible     the signature field's page, rectangle and text
     * @return the signed PDF
     * @throws DocumentException if the PDF cannot be read or signed
     */
    public byte[] sign(byte[] pdf, AgencyKey key, Instant signingTime, VisibleSignature visible) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 3 * RESERVED_CONTENTS_BYTES);
            // partial reading: the stamper only appends, so objects are parsed when it needs them
            PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            Calendar time = GregorianCalendar.from(signingTime.atZone(ZONE));
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(time);
            appearance.setVisibleSignature(visible.area(), visible.page(), null);
            SignatureStamp.draw(appearance, visible);
            appearance.setCryptoDictionary(signatureDictionary(key, time));
            appearance.preClose(Map.of(PdfName.CONTENTS, RESERVED_CONTENTS_BYTES * 2 + 2));
            byte[] signature = cades.sign(readAll(appearance.getRangeStream()), key);
            if (signature.length > RESERVED_CONTENTS_BYTES) {
                throw new DocumentException("the CMS signature needs " + signature.length + " bytes, only "
                        + RESERVED_CONTENTS_BYTES + " are reserved");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS,
                    new PdfString(Arrays.copyOf(signature, RESERVED_CONTENTS_BYTES)).setHexWriting(true));
            appearance.close(contents);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | com.lowagie.text.DocumentException | ExceptionConverter e) {
            throw new DocumentException("cannot sign the PDF", e);
        }
    }

    private static PdfSignature signatureDictionary(AgencyKey key, Calendar time) {
        PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, SUB_FILTER);
        dictionary.setDate(new PdfDate(time));
        X500Name subject = X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
        RDN[] commonNames = subject.getRDNs(BCStyle.CN);
        String name = commonNames.length == 0 ? subject.toString()
                : IETFUtils.valueToString(commonNames[0].getFirst().getValue());
        dictionary.put(PdfName.NAME, new PdfString(name, PdfObject.TEXT_UNICODE));
        return dictionary;
    }

    private static byte[] readAll(InputStream range) throws IOException {
        try (range) {
            return range.readAllBytes();
        }
    }
}
