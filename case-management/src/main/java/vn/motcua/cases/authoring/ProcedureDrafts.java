package vn.motcua.cases.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProcedureDrafts extends Repository<ProcedureDraft, Long> {

    Optional<ProcedureDraft> findById(Long id);

    Optional<ProcedureDraft> findByProcedureId(Long procedureId);

    boolean existsByProcedureCode(String procedureCode);

    List<ProcedureDraft> findAllByOrderByUpdatedAtDesc();

    ProcedureDraft save(ProcedureDraft draft);

    void delete(ProcedureDraft draft);
}
