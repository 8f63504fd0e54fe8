package vn.motcua.web.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.deadletter.DeadLetterNotFoundException;
import vn.motcua.workflow.deadletter.DeadLetters;

/** Jobs that exhausted their retries, with their error; the administrator retries one once its cause is fixed. */
@Controller
class DeadLetterController {

    static final String VIEW = "admin/dead-letters";
    static final String PATH = "/admin/dead-letters";

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("letters", deadLetters.list());
        model.addAttribute("limit", DeadLetters.LIMIT);
        model.addAttribute("retries", DeadLetters.RETRIES);
        return VIEW;
    }

    @PostMapping(PATH + "/{jobId}/retry")
    String retry(@PathVariable String jobId, @AuthenticationPrincipal OidcUser admin, RedirectAttributes redirect) {
        try {
            deadLetters.retry(jobId, PortalUser.of(admin).subject());
        } catch (DeadLetterNotFoundException e) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("retriedJob", jobId);
        return "redirect:" + PATH;
    }
}
