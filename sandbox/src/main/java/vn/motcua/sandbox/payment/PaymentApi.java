package vn.motcua.sandbox.payment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.api.RequestChecks;
import vn.motcua.sandbox.fault.FaultInjector;

/**
 * The merchant's API: {@code POST /paygov/api/payments} creates a payment (201, or 200 for a repeated request) and
 * {@code GET /paygov/api/payments/{orderId}} tells where it stands, for reconciliation. Fields and checksums are
 * described in the package documentation.
 */
@RestController
@RequestMapping("/paygov/api/payments")
class PaymentApi {

    private final Payments payments;
    private final Merchant merchant;
    private final Checksums checksums;
    private final FaultInjector faults;

    PaymentApi(Payments payments, Merchant merchant, Checksums checksums, FaultInjector faults) {
        this.payments = payments;
        this.merchant = merchant;
        this.checksums = checksums;
        this.faults = faults;
    }

    record CreateRequest(String merchantCode, String orderId, BigDecimal amount, String feeType, String description,
            String returnUrl, String notifyUrl, String createdAt, String checksum) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest request) {
        faults.inject(FaultInjector.Api.PAYMENT);
        Order order = check(request);
        merchant.authenticate(order.merchantCode(), request.checksum(), order.merchantCode(), order.orderId(),
                order.amount(), order.feeType(), order.description(), order.returnUrl(), order.notifyUrl(),
                order.createdAt());
        Payments.Created created;
        try {
            created = payments.create(order, merchant.notifyUrl(order.notifyUrl()));
        }
        catch (Refusal refusal) {
            throw Fields.refused(refusal);
        }
        Payment.Snapshot payment = created.payment();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("paymentId", payment.paymentId());
        answer.put("payUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(HostedPage.PATH + "/{paymentId}").buildAndExpand(payment.paymentId()).toUriString());
        answer.put("status", payment.status().name());
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }

    @GetMapping("/{orderId}")
    Map<String, Object> query(@PathVariable String orderId, @RequestParam(required = false) String merchantCode,
            @RequestParam(required = false) String checksum) {
        faults.inject(FaultInjector.Api.PAYMENT);
        Fields.identifier(orderId, "orderId");
        Fields.text(merchantCode, "merchantCode");
        merchant.authenticate(merchantCode, Fields.checksum(checksum), merchantCode, orderId);
        Payment.Snapshot payment = payments.byOrder(merchantCode, orderId).orElseThrow(RequestChecks::notFound);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("merchantCode", payment.merchantCode());
        answer.put("orderId", payment.orderId());
        answer.put("paymentId", payment.paymentId());
        answer.put("status", payment.status().name());
        answer.put("amount", payment.amount());
        answer.put("feeType", payment.feeType().name());
        answer.put("refundedAmount", payment.refundedAmount());
        answer.put("transactionId", orEmpty(payment.transactionId()));
        answer.put("paidAt", orEmpty(WireTime.format(payment.paidAt())));
        answer.put("cancelledAt", orEmpty(WireTime.format(payment.cancelledAt())));
        return checksums.signed(answer);
    }

    private Order check(CreateRequest request) {
        String merchantCode = Fields.text(request.merchantCode(), "merchantCode");
        String orderId = Fields.identifier(request.orderId(), "orderId");
        long amount = Fields.amount(request.amount(), "amount");
        FeeType feeType = FeeType.parse(request.feeType()).orElseThrow(() -> RequestChecks.invalid("feeType"));
        String description = Fields.text(request.description(), "description");
        String returnUrl = Fields.url(request.returnUrl(), "returnUrl");
        String notifyUrl = request.notifyUrl() == null && !merchant.needsNotifyUrl() ? null
                : Fields.url(request.notifyUrl(), "notifyUrl");
        String createdAt = Fields.wireTime(request.createdAt(), "createdAt");
        Fields.checksum(request.checksum());
        return new Order(merchantCode, orderId, amount, feeType, description, returnUrl, notifyUrl, createdAt);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        ApiError error = Fields.unreadable(ex);
        return ResponseEntity.status(error.status()).body(error.body());
    }
}
