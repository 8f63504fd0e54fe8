package vn.motcua.web.admin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.web.support.Paging;
import vn.motcua.workflow.sync.PendingSync;
import vn.motcua.workflow.sync.SyncBacklog;

/** The status changes the national public-service portal has not accepted yet, oldest first. */
@Controller
class SyncBacklogController {

    static final String VIEW = "admin/sync";
    static final String PATH = "/admin/sync";
    static final int PAGE_SIZE = 50;

    private final SyncBacklog backlog;

    SyncBacklogController(SyncBacklog backlog) {
        this.backlog = backlog;
    }

    @GetMapping(PATH)
    String backlog(@RequestParam(required = false) String page, Model model) {
        Page<PendingSync> pending = backlog.pending(PageRequest.of(Paging.requestedPage(page), PAGE_SIZE));
        model.addAttribute("pending", pending);
        model.addAttribute("oldest", backlog.oldest().orElse(null));
        model.addAttribute("paging", Paging.of(pending,
                n -> UriComponentsBuilder.fromPath(PATH).queryParam("page", n).toUriString()));
        return VIEW;
    }
}
