package vn.motcua.sandbox.payment;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The hosted payment page: the citizen sees what is asked, picks a bank or QR and pays, or cancels; either way the
 * browser goes back to the merchant's return URL with signed parameters, and the merchant is notified in the
 * background. A payment already paid or cancelled shows its final state.
 */
@Controller
@RequestMapping(HostedPage.PATH)
class HostedPage {

    static final String PATH = "/paygov/pay";
    static final String PAY_VIEW = "payment/pay";
    static final String NOT_FOUND_VIEW = "payment/not-found";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy")
            .withZone(WireTime.VIETNAM);

    private final Payments payments;
    private final Notifications notifications;
    private final Checksums checksums;

    HostedPage(Payments payments, Notifications notifications, Checksums checksums) {
        this.payments = payments;
        this.notifications = notifications;
        this.checksums = checksums;
    }

    /** What the citizen sends: {@code action} is {@code pay} or {@code cancel}; {@code bank} is needed to pay. */
    record Decision(String action, String bank) {
    }

    /** No payment has the id in the address. */
    static final class UnknownPayment extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownPayment() {
            super(null, null, false, false);
        }
    }

    @GetMapping("/{paymentId}")
    ModelAndView show(@PathVariable String paymentId) {
        return page(find(paymentId), null, null, HttpStatus.OK);
    }

    @PostMapping("/{paymentId}")
    ModelAndView decide(@PathVariable String paymentId, Decision decision) {
        Payment.Snapshot payment = find(paymentId);
        if (payment.status() != PaymentStatus.PENDING) {
            return page(payment, null, null, HttpStatus.OK);
        }
        Optional<Payments.Settled> settled;
        if ("cancel".equals(decision.action())) {
            settled = payments.cancel(paymentId);
        }
        else if ("pay".equals(decision.action())) {
            Optional<Bank> bank = Bank.parse(decision.bank());
            if (bank.isEmpty()) {
                return page(payment, "payment.error.bank", null, HttpStatus.BAD_REQUEST);
            }
            settled = payments.pay(paymentId, bank.get().name());
        }
        else {
            return page(payment, "payment.error.action", decision.bank(), HttpStatus.BAD_REQUEST);
        }
        Payments.Settled outcome = settled.orElseThrow(UnknownPayment::new);
        if (!outcome.changed()) {
            return page(outcome.payment(), null, null, HttpStatus.OK);
        }
        notifications.announce(outcome.payment());
        RedirectView back = new RedirectView(returnUrl(outcome.payment()));
        back.setStatusCode(HttpStatus.SEE_OTHER);
        back.setExposeModelAttributes(false);
        return new ModelAndView(back);
    }

    @ExceptionHandler
    ModelAndView unknown(UnknownPayment ex) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    private Payment.Snapshot find(String paymentId) {
        return payments.byPaymentId(paymentId).orElseThrow(UnknownPayment::new);
    }

    private ModelAndView page(Payment.Snapshot payment, String error, String selected, HttpStatus status) {
        ModelAndView page = new ModelAndView(PAY_VIEW);
        page.setStatus(status);
        page.addObject("payment", payment);
        page.addObject("pending", payment.status() == PaymentStatus.PENDING);
        page.addObject("amount", NumberFormat.getIntegerInstance(VIETNAMESE).format(payment.amount()));
        page.addObject("banks", Bank.values());
        page.addObject("selected", selected);
        page.addObject("error", error);
        page.addObject("paidAt", shown(payment.paidAt()));
        page.addObject("cancelledAt", shown(payment.cancelledAt()));
        if (payment.status() != PaymentStatus.PENDING) {
            page.addObject("returnUrl", returnUrl(payment));
        }
        return page;
    }

    /** The merchant's return URL with the signed result; every value is URL-safe as it is. */
    private String returnUrl(Payment.Snapshot payment) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("orderId", payment.orderId());
        result.put("paymentId", payment.paymentId());
        result.put("status", payment.status().name());
        result.put("amount", payment.amount());
        result.put("transactionId", payment.transactionId() == null ? "" : payment.transactionId());
        result.put("paidAt", payment.paidAt() == null ? "" : WireTime.format(payment.paidAt()));
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(payment.returnUrl());
        checksums.signed(result).forEach(url::queryParam);
        return url.build().toUriString();
    }

    private static String shown(Instant at) {
        return at == null ? null : SHOWN_TIME.format(at);
    }
}
