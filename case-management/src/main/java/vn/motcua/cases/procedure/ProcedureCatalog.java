package vn.motcua.cases.procedure;

import java.util.List;
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

    /** Every procedure whose current version the agency receives, by name: the choices of the desk's filters. */
    @Query("""
            select p from Procedure p where exists (select v from ProcedureVersion v where v.procedure = p
              and v.terms.receivingAgencyCode = :agencyCode
              and v.version = (select max(w.version) from ProcedureVersion w where w.procedure = p))
            order by p.name""")
    List<Procedure> receivedBy(String agencyCode);
}
