package vn.motcua.web.admin;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.issuance.AlreadyRevokedException;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.web.support.NotFoundException;

/** The administrator's register of issued documents, where a document can be revoked with a reason. */
@Controller
class IssuedDocumentsAdminController {

    static final String VIEW = "admin/documents";
    private static final int SHOWN = 100;

    private final IssuedDocuments register;

    IssuedDocumentsAdminController(IssuedDocuments register) {
        this.register = register;
    }

    @GetMapping("/admin/documents")
    String documents(Model model) {
        model.addAttribute("documents", register.latest(SHOWN));
        return VIEW;
    }

    @PostMapping("/admin/documents/{id}/revoke")
    String revoke(@PathVariable UUID id, @ModelAttribute RevocationForm form, @AuthenticationPrincipal OidcUser admin,
            RedirectAttributes redirect) {
        IssuedDocument document = register.find(id).orElseThrow(NotFoundException::new);
        String reason = form.reason() == null ? "" : form.reason().replace("\u0000", "").trim();
        if (reason.isEmpty() || reason.length() > RevocationForm.MAX_REASON) {
            redirect.addFlashAttribute("revokeError", reason.isEmpty() ? "admin.revoke.reasonRequired" : "admin.revoke.reasonTooLong");
            redirect.addFlashAttribute("revokeErrorId", id);
            return "redirect:/admin/documents";
        }
        try {
            register.revoke(document.id(), admin.getSubject(), reason);
            redirect.addFlashAttribute("revokedTitle", document.title());
        } catch (AlreadyRevokedException e) {
            redirect.addFlashAttribute("revokeError", "admin.revoke.already");
            redirect.addFlashAttribute("revokeErrorId", id);
        }
        return "redirect:/admin/documents";
    }
}
