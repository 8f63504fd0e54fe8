package vn.motcua.cases.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    /** The payment of an order, locked until the transaction ends, so that racing reports settle it one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.orderId = :orderId")
    Optional<Payment> lockByOrderId(String orderId);

    Optional<Payment> findByOrderId(String orderId);

    List<Payment> findByDossierIdOrderByCreatedAt(UUID dossierId);

    Optional<Payment> findByDossierIdAndStatus(UUID dossierId, PaymentStatus status);

    List<Payment> findByStatusAndCreatedAtBeforeOrderByCreatedAt(PaymentStatus status, Instant before, Limit limit);

    @Query("select p from Payment p where p.status in (vn.motcua.cases.payment.PaymentStatus.PAID, "
            + "vn.motcua.cases.payment.PaymentStatus.REFUNDED) and p.receiptId is null order by p.paidAt")
    List<Payment> findPaidWithoutReceipt(Limit limit);

    List<Payment> findByStatusOrderByCreatedAtDesc(PaymentStatus status, Limit limit);

    List<Payment> findAllByOrderByCreatedAtDesc(Limit limit);

    @Query("select p.status, count(p), coalesce(sum(p.amountVnd), 0) from Payment p group by p.status")
    List<Object[]> totalsByStatus();
}
