package vn.motcua.cases.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

interface ProcedureDrafts extends Repository<ProcedureDraft, Long> {

    Optional<ProcedureDraft> findById(Long id);

    /**
     * The draft, its row locked until the transaction ends before it is read: two administrators' changes to one draft
     * run one after the other, and a draft published meanwhile is gone for the second.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ProcedureDraft d where d.id = :id")
    Optional<ProcedureDraft> lockById(Long id);

    Optional<ProcedureDraft> findByProcedureId(Long procedureId);

    boolean existsByProcedureCode(String procedureCode);

    List<ProcedureDraft> findAllByOrderByUpdatedAtDesc();

    ProcedureDraft save(ProcedureDraft draft);

    void delete(ProcedureDraft draft);
}
