package vn.motcua.sandbox.payment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * Refunds: {@code POST /paygov/api/refunds} gives back part or all of a paid payment (201), once per refund id (a
 * repeated request answers the same refund, 200). Fields and checksums are described in the package documentation.
 */
@RestController
@RequestMapping("/paygov/api/refunds")
class RefundApi {

    private final Payments payments;
    private final Merchant merchant;
    private final Checksums checksums;
    private final FaultInjector faults;

    RefundApi(Payments payments, Merchant merchant, Checksums checksums, FaultInjector faults) {
        this.payments = payments;
        this.merchant = merchant;
        this.checksums = checksums;
        this.faults = faults;
    }

    record RefundRequest(String merchantCode, String orderId, String refundId, BigDecimal amount, String reason,
            String checksum) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> refund(@RequestBody RefundRequest request) {
        faults.inject(FaultInjector.Api.PAYMENT);
        String merchantCode = Fields.text(request.merchantCode(), "merchantCode");
        String orderId = Fields.identifier(request.orderId(), "orderId");
        String refundId = Fields.identifier(request.refundId(), "refundId");
        long amount = Fields.amount(request.amount(), "amount");
        String reason = Fields.text(request.reason(), "reason");
        merchant.authenticate(merchantCode, Fields.checksum(request.checksum()), merchantCode, orderId, refundId,
                amount, reason);
        Payments.Refunded refunded;
        try {
            refunded = payments.refund(merchantCode, orderId, refundId, amount, reason)
                    .orElseThrow(RequestChecks::notFound);
        }
        catch (Refusal refusal) {
            throw Fields.refused(refusal);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("merchantCode", merchantCode);
        answer.put("orderId", orderId);
        answer.put("refundId", refundId);
        answer.put("amount", refunded.refund().amount());
        answer.put("refundedAt", WireTime.format(refunded.refund().refundedAt()));
        answer.put("paymentStatus", refunded.payment().status().name());
        answer.put("refundedAmount", refunded.payment().refundedAmount());
        return ResponseEntity.status(refunded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(checksums.signed(answer));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        ApiError error = Fields.unreadable(ex);
        return ResponseEntity.status(error.status()).body(error.body());
    }
}
