package vn.motcua.web.citizen;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.web.filing.Filer;
import vn.motcua.web.filing.Filing;

/** The pages of a citizen's own draft under {@code /my/drafts}; the pages themselves are {@link Filing}'s. */
@Controller
class DraftController {

    private final Filing filing;

    DraftController(Filing filing) {
        this.filing = filing;
    }

    @GetMapping("/my/drafts/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) String upload, @AuthenticationPrincipal OidcUser user, Model model,
            Locale locale) {
        return filing.show(Filer.CITIZEN, id, step, upload, user, model, locale);
    }

    @PostMapping("/my/drafts/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal OidcUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        return filing.save(Filer.CITIZEN, id, params, user, model, locale, redirect);
    }

    @PostMapping("/my/drafts/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        return filing.delete(Filer.CITIZEN, id, user, redirect);
    }

    /** A submitted draft no longer changes; its dossier is where the citizen follows it. */
    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return Filing.closed(Filer.CITIZEN, closed);
    }
}
