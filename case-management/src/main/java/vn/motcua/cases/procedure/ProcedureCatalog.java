package vn.motcua.cases.procedure;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The procedures citizens can look up, each with its newest published version. */
public interface ProcedureCatalog extends Repository<ProcedureVersion, Long> {

    @Query("""
            select v from ProcedureVersion v
            where v.procedure.code = :code
              and v.version = (select max(w.version) from ProcedureVersion w where w.procedure = v.procedure)""")
    Optional<ProcedureVersion> currentVersion(String code);

    Optional<ProcedureVersion> findById(Long id);
}
