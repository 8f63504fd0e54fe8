package vn.motcua.web.verify;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.NotFoundException;

/**
 * Anyone holding a result can check it: the page names the issuing agency, the issue time, the dossier
 * code and the SHA-256 the portal recorded, and nothing about the applicant.
 */
@Controller
class VerificationController {

    static final String VIEW = "verify";

    private final StoredFiles files;
    private final Dossiers dossiers;
    private final Agencies agencies;

    VerificationController(StoredFiles files, Dossiers dossiers, Agencies agencies) {
        this.files = files;
        this.dossiers = dossiers;
        this.agencies = agencies;
    }

    @GetMapping("/verify/{id}")
    String verify(@PathVariable UUID id, Model model) {
        StoredFile file = files.find(id).filter(f -> f.kind() == FileKind.RESULT).orElseThrow(NotFoundException::new);
        Dossier dossier = dossiers.get(file.dossierId());
        model.addAttribute("file", file);
        model.addAttribute("dossierCode", dossier.code());
        model.addAttribute("agency", agencies.findByCode(dossier.handlerAgencyCode()).orElseThrow());
        return VIEW;
    }
}
