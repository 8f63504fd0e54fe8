package vn.motcua.cases.procedure;

import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

interface ProcedureRecords extends Repository<Procedure, Long> {

    /** The procedure, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Procedure p where p.id = :id")
    Optional<Procedure> lockById(Long id);

    boolean existsByCode(String code);

    Procedure save(Procedure procedure);
}
