package vn.motcua.web.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.ProcessCatalog;

@Controller
class ProcedureController {

    static final String VIEW = "procedure";

    private final ProcedureCatalog catalog;
    private final CatalogSearch search;
    private final Agencies agencies;
    private final ProcessCatalog processes;

    ProcedureController(ProcedureCatalog catalog, CatalogSearch search, Agencies agencies, ProcessCatalog processes) {
        this.catalog = catalog;
        this.search = search;
        this.agencies = agencies;
        this.processes = processes;
    }

    @GetMapping("/procedures/{code}")
    String procedure(@PathVariable String code, Model model) {
        ProcedureVersion version = catalog.currentVersion(code).orElseThrow(NotFoundException::new);
        model.addAttribute("version", version);
        model.addAttribute("agency", agencies.findByCode(version.receivingAgencyCode()).orElseThrow());
        model.addAttribute("participants", search.participants(version));
        model.addAttribute("fileable", processes.isDeployed(version.processKey()));
        return VIEW;
    }
}
