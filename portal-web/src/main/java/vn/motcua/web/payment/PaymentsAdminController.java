package vn.motcua.web.payment;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.payment.PaymentStatus;
import vn.motcua.cases.payment.Payments;

/** Administrators see the totals of online payments by status and the latest payments, filtered by status. */
@Controller
class PaymentsAdminController {

    static final String VIEW = "admin/payments";
    static final int LIST_SIZE = 200;

    private final Payments payments;

    PaymentsAdminController(Payments payments) {
        this.payments = payments;
    }

    @GetMapping("/admin/payments")
    String list(@RequestParam(required = false) String status, Model model, HttpServletResponse response) {
        PaymentStatus filter = null;
        if (status != null && !status.isBlank()) {
            filter = Arrays.stream(PaymentStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElse(null);
            if (filter == null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("statusError", true);
            }
        }
        model.addAttribute("statuses", PaymentStatus.values());
        model.addAttribute("selected", filter);
        model.addAttribute("totals", payments.totals());
        model.addAttribute("payments", payments.latest(filter, LIST_SIZE));
        model.addAttribute("listSize", LIST_SIZE);
        return VIEW;
    }
}
