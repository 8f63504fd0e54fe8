package vn.motcua.web.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.cases.procedure.CatalogEntry;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.web.support.Paging;

/** The catalogue of procedures: search by words with or without accents, filter by agency and field. */
@Controller
class CatalogController {

    static final String VIEW = "catalog/procedures";
    static final String PATH = "/procedures";
    static final int PAGE_SIZE = 20;

    private final CatalogSearch catalog;

    CatalogController(CatalogSearch catalog) {
        this.catalog = catalog;
    }

    @GetMapping(PATH)
    String search(@ModelAttribute("search") SearchForm search, Model model) {
        Page<CatalogEntry> results = catalog.search(search.query(), PageRequest.of(Paging.requestedPage(search.page()),
                PAGE_SIZE));
        model.addAttribute("filters", catalog.filters());
        model.addAttribute("results", results);
        model.addAttribute("paging", Paging.of(results, n -> search.href(PATH, n)));
        model.addAttribute("narrowed", search.narrowed());
        return VIEW;
    }
}
