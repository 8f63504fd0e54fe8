package vn.motcua.web.payment;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.payment.Payment;
import vn.motcua.cases.payment.PaymentRefusedException;
import vn.motcua.web.security.SecurityAuditing;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.payment.OnlinePayments;
import vn.motcua.workflow.payment.PaymentReturn;
import vn.motcua.workflow.payment.ReturnCheck;

/**
 * The citizen pays a dossier's fee online: the pay button (status 6, own dossier) places the order at the platform
 * and sends the browser to its page; the return page checks the platform's signature, asks the platform where the
 * payment stands, and says the truth: paid, still pending, or cancelled. The return alone never records a payment.
 */
@Controller
class CitizenPaymentController {

    static final String RETURN_VIEW = "payment/return";
    static final String RETURN_PATH = "/my/dossiers/{id}/payment/return";

    private final Dossiers dossiers;
    private final OnlinePayments payments;
    private final SecurityAuditing auditing;
    private final String notifyBaseUrl;

    /**
     * @param notifyBaseUrl the portal's address as the platform reaches it, for notifications; empty to take the
     *                      address the citizen's browser used
     */
    CitizenPaymentController(Dossiers dossiers, OnlinePayments payments, SecurityAuditing auditing,
            @Value("${motcua.payment.notify-base-url:}") String notifyBaseUrl) {
        this.dossiers = dossiers;
        this.payments = payments;
        this.auditing = auditing;
        this.notifyBaseUrl = notifyBaseUrl;
    }

    @PostMapping("/my/dossiers/{id}/payment")
    String pay(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        Dossier dossier = owned(id, user);
        String returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(RETURN_PATH)
                .buildAndExpand(dossier.id()).toUriString();
        String notifyBase = StringUtils.hasText(notifyBaseUrl) ? notifyBaseUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        try {
            Payment payment = payments.checkout(dossier.id(), user.getSubject(), returnUrl,
                    notifyBase + PaymentNotificationController.PATH);
            return "redirect:" + payment.payUrl();
        }
        catch (PaymentRefusedException ex) {
            redirect.addFlashAttribute("paymentError", "payment.error." + ex.reason().name());
            return "redirect:/my/dossiers/" + dossier.id();
        }
    }

    @GetMapping(RETURN_PATH)
    String back(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, PaymentReturn answer, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Dossier dossier = owned(id, user);
        model.addAttribute("dossier", dossier);
        ReturnCheck check = payments.checkReturn(dossier.id(), answer);
        if (!check.verified()) {
            auditing.record(SecurityEvent.Kind.PAYMENT_REFUSED, request, check.refusal());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("outcome", "UNVERIFIED");
            return RETURN_VIEW;
        }
        Payment payment = check.payment();
        model.addAttribute("payment", payment);
        model.addAttribute("outcome", payment.status().name());
        return RETURN_VIEW;
    }

    private Dossier owned(UUID id, OidcUser user) {
        return dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
    }
}
