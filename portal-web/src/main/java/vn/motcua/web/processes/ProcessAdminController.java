package vn.motcua.web.processes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.deployment.DeployedProcess;
import vn.motcua.workflow.deployment.ProcessDeployments;
import vn.motcua.workflow.deployment.ProcessRejectedException;

/** The deployed processes with their versions, and the upload of a new BPMN file, checked before it is deployed. */
@Controller
class ProcessAdminController {

    static final String VIEW = "admin/processes";
    static final String PATH = "/admin/processes";

    private final ProcessDeployments deployments;
    private final MessageSource messages;

    ProcessAdminController(ProcessDeployments deployments, MessageSource messages) {
        this.deployments = deployments;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("processes", deployments.list());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return VIEW;
    }

    @PostMapping(PATH)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal OidcUser admin,
            Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            List<DeployedProcess> deployed = deployments.deploy(file == null ? null : file.getOriginalFilename(), content,
                    PortalUser.of(admin).subject());
            redirect.addFlashAttribute("deployed", deployed);
            return "redirect:" + PATH;
        } catch (ProcessRejectedException e) {
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> messages.getMessage(p.key(), p.arguments().toArray(), locale)).toList());
            model.addAttribute("rejectedFile", file == null ? "" : file.getOriginalFilename());
            return list(model);
        }
    }
}
