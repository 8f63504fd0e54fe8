package vn.motcua.cases.procedure;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VersionRecords extends Repository<ProcedureVersion, Long> {

    /** The highest version number of the procedure, 0 when it has none. */
    @Query("select coalesce(max(v.version), 0) from ProcedureVersion v where v.procedure = :procedure")
    int lastVersion(Procedure procedure);

    ProcedureVersion save(ProcedureVersion version);
}
