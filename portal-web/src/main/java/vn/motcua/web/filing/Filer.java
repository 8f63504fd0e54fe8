package vn.motcua.web.filing;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.web.security.PortalUser;

/**
 * Who is filing on a draft's pages: a citizen for themself, or a clerk at the one-stop desk for a walk-in applicant.
 * Both fill the same pages; they differ in the address the pages live under, whose drafts they may open, where they
 * land afterwards and how a file is shown.
 *
 * @param base        the address the draft's pages live under
 * @param dossiers    the address of the filer's dossier pages ({@code <dossiers>/<id>})
 * @param home        where the filer lands when there is no draft or dossier to show
 * @param deletedFlag the flash attribute that says a draft was deleted
 * @param scope       whose drafts the filer may open
 * @param inline      whether files open in the browser (the clerk checks a scan) rather than download
 * @param describe    what the filer's pages add to the model (e.g. whose dossier the clerk enters)
 */
public record Filer(String base, String dossiers, String home, String deletedFlag, Scope scope,
        boolean inline, BiConsumer<Draft, Model> describe) {

    /** Whose drafts a filer may open. */
    public enum Scope {
        /** The drafts the signed-in person owns. */
        OWNER,
        /** The walk-in drafts entered at the signed-in clerk's agency. */
        AGENCY
    }

    /** A citizen filing for themself under {@code /my/drafts}. */
    public static final Filer CITIZEN = new Filer("/my/drafts", "/my/dossiers", "/my/dossiers", "draftDeleted",
            Scope.OWNER, false, (draft, model) -> {
            });

    /** A clerk at the one-stop desk entering a walk-in applicant's dossier on pages under {@code base}. */
    public static Filer clerk(String base, BiConsumer<Draft, Model> describe) {
        return new Filer(base, "/desk/dossiers", "/desk", "walkInDeleted", Scope.AGENCY, true, describe);
    }

    /** The draft this filer may open; empty for any other. */
    Optional<Draft> find(Drafts drafts, UUID id, OidcUser user) {
        return scope == Scope.OWNER ? drafts.find(id, user.getSubject())
                : drafts.findAtDesk(id, PortalUser.of(user).agencyCode());
    }

    /** The address of a page of the draft. */
    String page(UUID draftId, int step) {
        return "redirect:" + base + "/" + draftId + "?step=" + step;
    }

    /** The address of a filed dossier. */
    public String dossier(UUID dossierId) {
        return "redirect:" + dossiers + "/" + dossierId;
    }
}
