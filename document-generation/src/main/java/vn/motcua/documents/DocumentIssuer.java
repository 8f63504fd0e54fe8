package vn.motcua.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

import com.lowagie.text.Font;

import vn.motcua.documents.fonts.FontSet;
import vn.motcua.documents.keys.AgencyKey;
import vn.motcua.documents.pdf.OfficialDocumentRenderer;
import vn.motcua.documents.pdf.RenderedPdf;
import vn.motcua.documents.signing.PdfSigner;
import vn.motcua.documents.signing.VisibleSignature;

/**
 * Issues signed PDFs: renders an {@link OfficialDocument}, signs it with the agency's key (PAdES, visible signature)
 * and, with a {@link SignatureTimestamper}, adds a signature time-stamp (PAdES B-T). Thread-safe.
 */
public final class DocumentIssuer {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SIGNING_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy xxx");
    private static final float APPEARANCE_FONT_SIZE = 8;

    private final SigningKeys keys;
    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();
    private final PdfSigner signer;
    private final IssuingSteps steps;

    /**
     * An issuer whose signatures carry no time-stamp (PAdES B-B): for tests and development only, since the signing
     * time of such a document proves nothing once the key expires or is revoked.
     *
     * @param keys the source of the agencies' signing keys
     */
    public DocumentIssuer(SigningKeys keys) {
        this(keys, SignatureTimestamper.NONE);
    }

    /**
     * An issuer whose signatures carry a time-stamp from the given authority (PAdES B-T), e.g. an
     * {@link Rfc3161Client}. When it cannot give one, {@link #issue} fails: no document leaves without its
     * time-stamp.
     *
     * @param keys        the source of the agencies' signing keys
     * @param timestamper the source of signature time-stamp tokens
     */
    public DocumentIssuer(SigningKeys keys, SignatureTimestamper timestamper) {
        this(keys, timestamper, IssuingSteps.PLAIN);
    }

    /**
     * An issuer like {@link #DocumentIssuer(SigningKeys, SignatureTimestamper)} whose rendering and signing run
     * through the given steps (to be timed or traced).
     *
     * @param keys        the source of the agencies' signing keys
     * @param timestamper the source of signature time-stamp tokens
     * @param steps       runs the rendering and the signing
     */
    public DocumentIssuer(SigningKeys keys, SignatureTimestamper timestamper, IssuingSteps steps) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.signer = new PdfSigner(Objects.requireNonNull(timestamper, "timestamper"));
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * Renders the document and signs it with the key of the given agency, signing time = now.
     *
     * @param document   the document content
     * @param agencyCode the code of the agency whose key signs, e.g. "H29.12.05"
     * @return the signed PDF and its SHA-256
     * @throws TimestampUnavailableException if the time-stamper gives no time-stamp; no document is issued
     * @throws DocumentException             if the document cannot be rendered or signed
     * @throws IllegalArgumentException      if the agency code is not usable as a key name
     */
    public SignedPdf issue(OfficialDocument document, String agencyCode) {
        AgencyKey key = keys.agencyKey(agencyCode);
        try (FontSet fonts = FontSet.borrow()) {
            RenderedPdf rendered = steps.run(IssuingSteps.RENDERING, () -> renderer.render(document, fonts));
            Instant now = Instant.now();
            VisibleSignature visible = new VisibleSignature(rendered.signaturePage(), rendered.signatureArea(),
                    appearanceText(document, now), new Font(fonts.regular(), APPEARANCE_FONT_SIZE));
            byte[] pdf = steps.run(IssuingSteps.SIGNING, () -> signer.sign(rendered.content(), key, now, visible));
            return new SignedPdf(pdf, sha256(pdf));
        }
    }

    private static String appearanceText(OfficialDocument document, Instant signingTime) {
        return "Ký bởi: " + document.signatory().fullName()
                + "\nCơ quan: " + document.issuer().name()
                + "\nThời gian ký: " + SIGNING_TIME.format(signingTime.atZone(ZONE));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
