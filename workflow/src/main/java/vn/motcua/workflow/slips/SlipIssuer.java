package vn.motcua.workflow.slips;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.SignedPdf;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.workflow.result.ResultProperties;

/**
 * Issues one slip for one transition of a dossier: the slip's id (printed in its QR code) is derived from the dossier,
 * the form and the time of the transition, so a retried delivery finds the slip it issued before and issues nothing;
 * two deliveries racing each other collide on the stored file's primary key and one of them rolls back.
 */
@Component
class SlipIssuer {

    private static final Logger log = LoggerFactory.getLogger(SlipIssuer.class);

    private final Agencies agencies;
    private final StoredFiles files;
    private final IssuedDocuments register;
    private final DocumentIssuer issuer;
    private final ResultProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    SlipIssuer(Agencies agencies, StoredFiles files, IssuedDocuments register, DocumentIssuer issuer,
            ResultProperties properties, Clock clock, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.files = files;
        this.register = register;
        this.issuer = issuer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The id of the slip of this form for the dossier's transition at the given time, to the microsecond as the
     * database keeps it (an event carries nanoseconds, the dossier's history read back does not).
     */
    static UUID slipId(SlipForm form, UUID dossierId, Instant transitionAt) {
        return UUID.nameUUIDFromBytes(("slip:" + form.number() + ":" + dossierId + ":"
                + transitionAt.truncatedTo(ChronoUnit.MICROS))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders, signs with the agency's key, stores and registers the slip, unless it was issued already.
     *
     * @param agencyCode   the agency that issues the slip and whose key signs it
     * @param signatory    who signs
     * @param render       the slip's template given its header
     * @return the slip's stored file, new or issued before
     */
    StoredFile issue(SlipForm form, Dossier dossier, Instant transitionAt, String agencyCode, Signatory signatory,
            Function<DocumentHeader, OfficialDocument> render) {
        UUID id = slipId(form, dossier.id(), transitionAt);
        var existing = files.find(id);
        if (existing.isPresent()) {
            log.debug("Slip {} of {} for the transition at {} exists already", form.number(), dossier.code(), transitionAt);
            return existing.get();
        }
        Agency agency = agencies.findByCode(agencyCode).orElseThrow();
        LocalDate today = clock.instant().atZone(LegalClock.ZONE).toLocalDate();
        DocumentHeader header = new DocumentHeader(
                new IssuingAuthority(agency.superiorName(), agency.name(), agency.code()),
                dossier.code() + "/" + form.numberSuffix(), agency.place(), today, signatory,
                properties.publicBaseUrl() + "/verify/" + id);
        SignedPdf pdf = issuer.issue(render.apply(header), agency.code());
        // The file and its register row together, or neither: a retry finds the file and takes it as issued. A delivery
        // the outbox took for lost may race the one still signing: the lock on the slip's id lets only the first store
        // it, so the later one never overwrites the stored bytes under the first one's register row.
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                    .query((row, number) -> number).list();
            var stored = files.find(id);
            if (stored.isPresent()) {
                return stored.get();
            }
            StoredFile file = files.store(id, dossier.id(), FileKind.SLIP,
                    "phieu-" + form.number() + "-" + dossier.code() + ".pdf", "application/pdf", pdf.content());
            register.record(file, form.title(), agency.code(), signatory.fullName(), clock.instant());
            return file;
        });
    }
}
