package vn.motcua.workflow.issuance;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

/**
 * Stores a signed document and records it in the register of issued documents, both or neither, in one short
 * transaction; when called inside a transaction (a process engine job) it joins it, so a job that fails takes the
 * document back with it and its retry issues it again under the same id.
 */
@Component
class DocumentRegistrations {

    private static final String PDF = "application/pdf";

    private final StoredFiles files;
    private final IssuedDocuments register;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DocumentRegistrations(StoredFiles files, IssuedDocuments register, Clock clock,
            PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.files = files;
        this.register = register;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    Optional<StoredFile> find(UUID id) {
        return files.find(id);
    }

    /**
     * Stores and registers the signed bytes unless a document with this id exists, which is then returned instead.
     * Two callers racing with the same id (a delivery the outbox took for lost and its redelivery) take a lock on the
     * id first: only the first stores, so the later one never overwrites the stored bytes under the first one's
     * register row.
     */
    StoredFile register(Registration registration, byte[] signed) {
        UUID id = registration.id();
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", id.getMostSignificantBits() ^ id.getLeastSignificantBits())
                    .query((row, number) -> number).list();
            var stored = files.find(id);
            if (stored.isPresent()) {
                return stored.get();
            }
            DocumentKind kind = registration.kind();
            StoredFile file = files.store(id, registration.dossierId(), kind.fileKind(), kind.fileName(), PDF, signed);
            register.record(file, kind.title(), registration.agencyCode(), registration.signerName(), clock.instant());
            return file;
        });
    }
}
