package vn.motcua.web.dataaccess;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.AccessSearch;
import vn.motcua.web.support.Paging;

/** The administrators' view of the personal-data access log: search with filters, and a check of the hash chain. */
@Controller
class DataAccessAdminController {

    static final String VIEW = "admin/data-access";
    static final String PATH = "/admin/data-access";
    static final int PAGE_SIZE = 50;

    private final AccessLog log;
    private final AccessRows rows;
    private final Clock clock;

    DataAccessAdminController(AccessLog log, AccessRows rows, Clock clock) {
        this.log = log;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String search(@Valid @ModelAttribute("filters") AccessFilterForm filters, BindingResult errors,
            @RequestParam(required = false) String page, Model model) {
        Optional<AccessSearch> search = filters.toSearch(errors);
        model.addAttribute("services", AccessFilterForm.SERVICES);
        model.addAttribute("outcomes", AccessOutcome.values());
        if (search.isPresent()) {
            Page<AccessRow> entries = rows.of(log.search(search.get(),
                    PageRequest.of(Paging.requestedPage(page), PAGE_SIZE)));
            model.addAttribute("entries", entries);
            model.addAttribute("paging", Paging.of(entries, n -> filters.href(PATH, n)));
        }
        return VIEW;
    }

    /** Reads the whole chain (it can take a while on a long log, hence a deliberate, CSRF-protected POST). */
    @PostMapping(PATH + "/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verdict", ChainVerdict.of(log.verify(), clock.instant()));
        return "redirect:" + PATH;
    }
}
