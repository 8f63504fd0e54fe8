package vn.motcua.web.diagram;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.desk.StaffScope;
import vn.motcua.workflow.diagram.ProcessPictures;

/**
 * The process picture of a dossier as PNG, for the desk and the agency inbox (the security rules name the roles of
 * each path). Staff of an agency that neither holds the dossier nor had a task of it get 404, as for a dossier that
 * does not exist. The picture changes as the
 * dossier moves, so it is cached privately and revalidated.
 */
@Controller
class DiagramController {

    private final StaffScope scope;
    private final ProcessPictures pictures;

    DiagramController(StaffScope scope, ProcessPictures pictures) {
        this.scope = scope;
        this.pictures = pictures;
    }

    @GetMapping({ "/desk/dossiers/{id}/diagram.png", "/inbox/dossiers/{id}/diagram.png" })
    ResponseEntity<byte[]> diagram(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user) {
        scope.find(id, PortalUser.of(user).staffMember()).orElseThrow(NotFoundException::new);
        byte[] png = pictures.png(id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache().cachePrivate())
                .body(png);
    }
}
