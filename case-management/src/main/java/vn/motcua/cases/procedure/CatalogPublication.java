package vn.motcua.cases.procedure;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds versions to the catalogue: a procedure's next version, or the first one of a procedure new to the catalogue.
 * Versions already published never change.
 */
@Service
public class CatalogPublication {

    private final ProcedureRecords procedures;
    private final VersionRecords versions;
    private final Clock clock;

    CatalogPublication(ProcedureRecords procedures, VersionRecords versions, Clock clock) {
        this.procedures = procedures;
        this.versions = versions;
        this.clock = clock;
    }

    /** Whether the catalogue has a procedure with the code, with or without a version. */
    @Transactional(readOnly = true)
    public boolean hasProcedure(String code) {
        return procedures.existsByCode(code);
    }

    /**
     * Publishes the next version of the procedure, listed anew as given; runs in the caller's transaction. The
     * procedure's row stays locked until it ends, so that concurrent publications get consecutive versions.
     *
     * @param procedureId the catalogue's procedure, or {@code null} to create one with the code
     * @param code        the procedure's code (used only when it is created)
     * @return the number of the new version
     * @throws java.util.NoSuchElementException if there is no procedure with the id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int publish(Long procedureId, String code, ProcedureListing listing, VersionContent content) {
        Procedure procedure;
        if (procedureId == null) {
            procedure = procedures.save(new Procedure(code, listing));
        } else {
            procedure = procedures.lockById(procedureId).orElseThrow();
            procedure.list(listing);
        }
        int number = versions.lastVersion(procedure) + 1;
        versions.save(new ProcedureVersion(procedure, number, content, clock.instant()));
        return number;
    }
}
