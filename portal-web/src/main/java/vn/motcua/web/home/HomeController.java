package vn.motcua.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.cases.procedure.ProcedureCatalog;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final ProcedureCatalog catalog;

    HomeController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "session", required = false) String session, Model model) {
        model.addAttribute("procedures", catalog.currentVersions());
        model.addAttribute("sessionExpired", "expired".equals(session));
        return VIEW;
    }
}
