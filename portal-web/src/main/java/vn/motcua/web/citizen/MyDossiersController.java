package vn.motcua.web.citizen;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.NotFoundException;

/** "Hồ sơ của tôi": the citizen's drafts, then their dossiers, each with its timeline, due date, next step and result. */
@Controller
class MyDossiersController {

    static final String LIST_VIEW = "citizen/my-dossiers";
    static final String DETAIL_VIEW = DossierPage.VIEW;

    private final Dossiers dossiers;
    private final StoredFiles files;
    private final DossierPage page;
    private final Drafts drafts;

    MyDossiersController(Dossiers dossiers, StoredFiles files, DossierPage page, Drafts drafts) {
        this.dossiers = dossiers;
        this.files = files;
        this.page = page;
        this.drafts = drafts;
    }

    @GetMapping("/my/dossiers")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("drafts", drafts.openDrafts(user.getSubject()));
        model.addAttribute("dossiers", dossiers.ownedBy(user.getSubject()));
        return LIST_VIEW;
    }

    @GetMapping("/my/dossiers/{id}")
    String detail(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        return page.show(dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new), model);
    }

    /** Downloads the signed result, as often as the owner likes; reading it changes nothing. */
    @GetMapping("/my/dossiers/{id}/result")
    ResponseEntity<byte[]> result(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user) {
        dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
        StoredFile result = files.latest(id, FileKind.RESULT).orElseThrow(NotFoundException::new);
        byte[] content = files.content(result);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(result.fileName()).build().toString())
                .header("X-Content-SHA256", result.sha256())
                .body(content);
    }

    /**
     * "Nhận kết quả": the owner says they received the signed result, which hands it over (status 10). Again is
     * harmless; before the result is signed there is nothing to receive (404), in another status the dossier refuses
     * (409).
     */
    @PostMapping("/my/dossiers/{id}/result/receipt")
    String receive(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        Dossier dossier = dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
        files.latest(id, FileKind.RESULT).orElseThrow(NotFoundException::new);
        dossiers.deliverResult(dossier.id(), user.getSubject());
        redirect.addFlashAttribute("resultReceived", dossier.code());
        return "redirect:/my/dossiers/" + dossier.id();
    }
}
