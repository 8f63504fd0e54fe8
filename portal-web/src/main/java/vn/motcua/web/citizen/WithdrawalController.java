package vn.motcua.web.citizen;

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
import vn.motcua.web.support.NotFoundException;

/** The citizen withdraws a dossier before a decision: a page that asks to confirm, then the withdrawal. */
@Controller
class WithdrawalController {

    static final String VIEW = "citizen/withdraw";
    static final int MAX_REASON = 500;
    private static final String FORM = "form";

    private final Dossiers dossiers;

    WithdrawalController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/my/dossiers/{id}/withdrawal")
    String confirm(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model,
            HttpServletResponse response) {
        model.addAttribute(FORM, new WithdrawalForm("", ""));
        return show(owned(id, user), model, response);
    }

    @PostMapping("/my/dossiers/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @Valid @ModelAttribute(FORM) WithdrawalForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Dossier dossier = owned(id, user);
        if (errors.hasErrors() || !dossier.status().allowsWithdrawal()) {
            return show(dossier, model, response);
        }
        dossiers.withdraw(id, user.getSubject(), form.reason());
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/my/dossiers/" + id;
    }

    /** Shows the page; the form, with its errors once posted, is in the model already. */
    private String show(Dossier dossier, Model model, HttpServletResponse response) {
        if (!dossier.status().allowsWithdrawal()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("maxReason", MAX_REASON);
        return VIEW;
    }

    private Dossier owned(UUID id, OidcUser user) {
        return dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
    }
}
