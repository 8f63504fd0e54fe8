package vn.motcua.web.dataaccess;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.web.support.Paging;

/**
 * "Ai đã truy cập dữ liệu của tôi": the logged-in citizen's entries of the access log (their identity number is the
 * e-ID subject), newest first. The subject comes from the login only, never from the request.
 */
@Controller
class MyDataAccessController {

    static final String VIEW = "citizen/my-data-access";
    static final String PATH = "/my/data-access";
    static final int PAGE_SIZE = 20;

    private final AccessLog log;
    private final AccessRows rows;

    MyDataAccessController(AccessLog log, AccessRows rows) {
        this.log = log;
        this.rows = rows;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal OidcUser user, @RequestParam(required = false) String page, Model model) {
        Page<AccessRow> entries = rows.of(log.forSubject(user.getSubject(),
                PageRequest.of(Paging.requestedPage(page), PAGE_SIZE)));
        model.addAttribute("entries", entries);
        model.addAttribute("paging", Paging.of(entries,
                n -> UriComponentsBuilder.fromPath(PATH).queryParam("page", n).toUriString()));
        return VIEW;
    }
}
