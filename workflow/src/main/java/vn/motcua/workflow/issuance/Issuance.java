package vn.motcua.workflow.issuance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.DocumentHeader;

/**
 * The one issuer of official documents (slips, results, fee receipts, the register of slip 07). Issuing is three
 * steps:
 * <ol>
 * <li>{@link #prepare}: looks up the issuing agency, builds the header (its QR code leads to the verification page
 * of the document's id) and renders the document, without a transaction;</li>
 * <li>signing, through the {@link Signer} port, without a transaction either, so a slow time-stamping authority never
 * holds a database connection;</li>
 * <li>{@link #register}: stores the signed bytes and records them in the register of issued documents in one short
 * transaction, unless a document with the id exists already.</li>
 * </ol>
 * {@link #issue} runs the three at once, after returning the document when its id was issued already. Ids are
 * deterministic ({@link DocumentId}), so a retry finds what an earlier try issued, and two callers racing with the same
 * id end up with one document.
 * <p>
 * An asynchronous signer (remote signing, where the signatory confirms on their own device) plugs in between the
 * steps: a caller prepares the document, hands the {@link SignatureRequest} to the remote service and keeps the
 * request's {@link Registration} (ids and small values only) with the pending signature; when the signature is
 * completed, its callback calls {@link #register} with that registration and the signed bytes. Because the id is fixed
 * when the document is prepared, a completion delivered twice registers one document.
 */
@Service
public class Issuance {

    private static final Logger log = LoggerFactory.getLogger(Issuance.class);

    private final Agencies agencies;
    private final Signer signer;
    private final DocumentRegistrations registrations;
    private final DocumentProperties properties;
    private final Clock clock;

    Issuance(Agencies agencies, Signer signer, DocumentRegistrations registrations, DocumentProperties properties,
            Clock clock) {
        this.agencies = agencies;
        this.signer = signer;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
    }

    /** The stored file of a document issued under this id, if any. */
    public Optional<StoredFile> issued(UUID id) {
        return registrations.find(id);
    }

    /**
     * Issues the document unless its id was issued already.
     *
     * @return the document's stored file, new or issued before
     */
    public StoredFile issue(DocumentRequest request) {
        var existing = registrations.find(request.id());
        if (existing.isPresent()) {
            log.debug("{} {} of {} exists already", request.kind().title(), request.id(), request.dossier().code());
            return existing.get();
        }
        return register(request.registration(), signer.sign(prepare(request)));
    }

    /** Step 1: the rendered document, ready to be signed. */
    public SignatureRequest prepare(DocumentRequest request) {
        return new SignatureRequest(request.id(), request.agencyCode(), render(request.agencyCode(),
                request.kind().number(), request.signatory(), verificationUrl(request.id()), request.renderer()));
    }

    /** Step 3: stores and registers signed bytes, or returns the document already issued under the same id. */
    public StoredFile register(Registration registration, byte[] signed) {
        return registrations.register(registration, signed);
    }

    /** A signed report, rendered and signed like any document, neither stored nor registered. */
    public byte[] sign(ReportRequest report) {
        return signer.sign(new SignatureRequest(report.id(), report.agencyCode(), render(report.agencyCode(),
                report.number(), report.signatory(), report.verificationUrl(), report.renderer())));
    }

    /** The address printed in the QR code of a registered document. */
    public String verificationUrl(UUID id) {
        return properties.publicBaseUrl() + "/verify/" + id;
    }

    private OfficialDocument render(String agencyCode, String number, Signatory signatory, String verificationUrl,
            Renderer renderer) {
        Agency agency = agencies.findByCode(agencyCode)
                .orElseThrow(() -> new IllegalArgumentException("No agency " + agencyCode));
        LocalDate today = clock.instant().atZone(LegalClock.ZONE).toLocalDate();
        return renderer.render(new DocumentHeader(
                new IssuingAuthority(agency.superiorName(), agency.name(), agency.code()),
                number, agency.place(), today, signatory, verificationUrl));
    }
}
