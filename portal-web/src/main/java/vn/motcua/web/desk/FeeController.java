package vn.motcua.web.desk;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.cases.payment.Fees;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The clerk confirms that a dossier's fee (status 6) was paid at the desk, with the receipt's number. The page shows the
 * fee assessed for the dossier (per copy, exemptions), the amount the confirmation records, as online payment does. A dossier
 * whose fee was already recorded shows how, and a second confirmation is refused with 409.
 */
@Controller
class FeeController {

    static final String VIEW = "desk/fee";
    private static final String FORM = "form";

    private final Dossiers dossiers;
    private final DeskActions actions;
    private final Fees fees;

    FeeController(Dossiers dossiers, DeskActions actions, Fees fees) {
        this.dossiers = dossiers;
        this.actions = actions;
        this.fees = fees;
    }

    @GetMapping("/desk/dossiers/{id}/fee")
    String form(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute(FORM, new FeeForm(""));
        return show(payable(id, PortalUser.of(user)), model);
    }

    @PostMapping("/desk/dossiers/{id}/fee")
    String confirm(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, @Valid @ModelAttribute(FORM) FeeForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PortalUser clerk = PortalUser.of(user);
        Dossier dossier = payable(id, clerk);
        if (dossier.isFeePaid()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(dossier, model);
        }
        if (errors.hasErrors()) {
            return show(dossier, model);
        }
        Dossier paid = actions.confirmFeeAtDesk(id, clerk.staffMember(), form.receipt());
        redirect.addFlashAttribute("feeCode", paid.code());
        return "redirect:/desk";
    }

    /** Shows the page; the form, with its errors once posted, is in the model already. */
    private String show(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("fee", fees.assess(dossier));
        model.addAttribute("maxLength", RecordFeePayment.MAX_RECEIPT_LENGTH);
        return VIEW;
    }

    /**
     * The dossier, if the clerk's agency holds its open fee step or already recorded its fee; otherwise 404 like a
     * missing dossier (another agency's dossier, or one that never waited for a fee).
     */
    private Dossier payable(UUID id, PortalUser clerk) {
        Dossier dossier = dossiers.findForAgency(id, clerk.agencyCode()).orElseThrow(NotFoundException::new);
        if (!dossier.isFeePaid() && !actions.hasTask(id, DeskActions.FEE, clerk.staffMember())) {
            throw new NotFoundException();
        }
        return dossier;
    }
}
