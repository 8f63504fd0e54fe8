package vn.motcua.cases.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

interface StaffRecords extends Repository<StaffRecord, String> {

    Optional<StaffRecord> findById(String username);

    /** The record, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StaffRecord s where s.username = :username")
    Optional<StaffRecord> lockById(String username);

    StaffRecord save(StaffRecord record);

    /** Writes pending changes, so that the SQL reads of the same transaction ({@link StaffDirectory}) see them. */
    void flush();
}
