package vn.motcua.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.cases.procedure.ProcedureCatalog;

@Controller
class HomeController {

    static final String VIEW = "home";

    private final ProcedureCatalog catalog;

    HomeController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("procedures", catalog.currentVersions());
        return VIEW;
    }
}
