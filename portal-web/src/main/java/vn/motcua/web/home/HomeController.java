package vn.motcua.web.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.cases.procedure.CatalogQuery;
import vn.motcua.cases.procedure.CatalogSearch;

@Controller
class HomeController {

    static final String VIEW = "home";
    /** How many procedures the home page lists; the catalogue page has them all. */
    static final int LISTED = 20;

    private final CatalogSearch catalog;

    HomeController(CatalogSearch catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "session", required = false) String session, Model model) {
        model.addAttribute("filters", catalog.filters());
        model.addAttribute("procedures", catalog.search(CatalogQuery.all(), PageRequest.of(0, LISTED)));
        model.addAttribute("sessionExpired", "expired".equals(session));
        model.addAttribute("sessionRevoked", "revoked".equals(session));
        return VIEW;
    }
}
