package vn.motcua.web.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.validation.Valid;
import vn.motcua.cases.audit.AuditLog;

/** The audit log, filtered by who, which trail and a range of days. */
@Controller
class AuditLogController {

    static final String VIEW = "admin/audit";

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String audit(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult errors, Model model) {
        model.addAttribute("sources", AuditLog.Source.values());
        model.addAttribute("limit", AuditLog.LIMIT);
        model.addAttribute("entries", filter.toSearch(errors).map(log::search).orElse(java.util.List.of()));
        return VIEW;
    }
}
